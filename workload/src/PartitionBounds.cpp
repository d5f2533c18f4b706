#include "PartitionBounds.h"

#include "PgParseTree.h"

#include <pg_query.pb-c.h>

namespace strata::workload {

namespace {

const PgQuery__CreateStmt *createStatement(const PgParseTree &tree)
{
    const PgQuery__Node *s = tree.statement(0);
    return s && s->node_case == PG_QUERY__NODE__NODE_CREATE_STMT ? s->create_stmt : nullptr;
}

// The bound of a range datum; none for MINVALUE and MAXVALUE.
std::optional<QString> datum(const PgQuery__Node *n)
{
    if (n && n->node_case == PG_QUERY__NODE__NODE_PARTITION_RANGE_DATUM)
        return PgParseTree::constant(n->partition_range_datum->value);
    return PgParseTree::constant(n);
}

} // namespace

std::optional<ColumnRule> PartitionBounds::ruleFor(const modeler::Model &model, const modeler::Table &parent, QString *column)
{
    const PgParseTree key(QStringLiteral("CREATE TABLE p (x int) PARTITION BY %1").arg(parent.partitionKey));
    const PgQuery__CreateStmt *keyStatement = createStatement(key);
    if (!keyStatement || !keyStatement->partspec || keyStatement->partspec->n_part_params != 1 ||
        keyStatement->partspec->part_params[0]->node_case != PG_QUERY__NODE__NODE_PARTITION_ELEM ||
        !*keyStatement->partspec->part_params[0]->partition_elem->name)
        return std::nullopt;
    const QString name = QString::fromUtf8(keyStatement->partspec->part_params[0]->partition_elem->name);
    const modeler::Column *keyColumn = nullptr;
    for (const modeler::Column &c : parent.columns)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            keyColumn = &c;
    if (!keyColumn)
        return std::nullopt;
    *column = keyColumn->name;
    ColumnRule rule;
    bool first = true;
    QStringList values;
    for (const modeler::Table &t : model.tables) {
        if (t.partitionOfTableId != parent.id)
            continue;
        const PgParseTree bound(QStringLiteral("CREATE TABLE c PARTITION OF p %1").arg(t.partitionBound));
        const PgQuery__CreateStmt *s = createStatement(bound);
        if (!s || !s->partbound || s->partbound->is_default)
            return std::nullopt; // a DEFAULT partition (or one Strata cannot read): no rule
        const PgQuery__PartitionBoundSpec *b = s->partbound;
        for (size_t i = 0; i < b->n_listdatums; ++i)
            if (const auto v = PgParseTree::constant(b->listdatums[i]))
                values << *v;
        if (b->n_lowerdatums != 1 || b->n_upperdatums != 1)
            continue;
        const std::optional<QString> low = datum(b->lowerdatums[0]), high = datum(b->upperdatums[0]);
        bool ok = true;
        if (low) {
            const double v = low->toDouble(&ok);
            if (first || (ok && rule.low && v < *rule.low) || (!ok && *low < rule.lowText))
                ok ? (void)(rule.low = v) : (void)(rule.lowText = *low);
        }
        if (high) {
            const double v = high->toDouble(&ok);
            if (first || (ok && rule.high && v > *rule.high) || (!ok && *high > rule.highText))
                ok ? (void)(rule.high = v) : (void)(rule.highText = *high);
            rule.highStrict = rule.highTextStrict = true; // TO is exclusive
        }
        first = false;
    }
    if (!values.isEmpty())
        rule.allowed = values;
    if (rule.isEmpty())
        return std::nullopt;
    return rule;
}

} // namespace strata::workload

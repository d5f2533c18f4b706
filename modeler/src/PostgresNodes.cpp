#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

QString PostgresNodes::text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

QString PostgresNodes::string(const PgQuery__Node *node)
{
    if (!node || node->node_case != PG_QUERY__NODE__NODE_STRING)
        return {};
    return text(node->string->sval);
}

QStringList PostgresNodes::strings(PgQuery__Node *const *items, size_t count)
{
    QStringList out;
    out.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        out << string(items[i]);
    return out;
}

QStringList PostgresNodes::listStrings(const PgQuery__Node *node)
{
    if (!node || node->node_case != PG_QUERY__NODE__NODE_LIST)
        return {};
    return strings(node->list->items, node->list->n_items);
}

std::optional<qint64> PostgresNodes::number(const PgQuery__Node *node)
{
    if (!node)
        return std::nullopt;
    const auto fromFloat = [](const char *value) -> std::optional<qint64> {
        bool ok = false;
        const qint64 n = QByteArray(value).toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    };
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER: return node->integer->ival;
    case PG_QUERY__NODE__NODE_FLOAT: return fromFloat(node->float_->fval);
    case PG_QUERY__NODE__NODE_A_CONST:
        if (node->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
            return node->a_const->ival->ival;
        if (node->a_const->val_case == PG_QUERY__A__CONST__VAL_FVAL)
            return fromFloat(node->a_const->fval->fval);
        return std::nullopt;
    default: return std::nullopt;
    }
}

bool PostgresNodes::isTrue(const PgQuery__Node *node)
{
    if (!node)
        return true; // a bare option (CYCLE) means yes
    if (node->node_case == PG_QUERY__NODE__NODE_BOOLEAN)
        return node->boolean->boolval;
    return number(node).value_or(1) != 0;
}

} // namespace strata::modeler

#include "CheckAnalysis.h"

#include "PgParseTree.h"

#include <pg_query.pb-c.h>

namespace strata::workload {

namespace {

using Node = PgQuery__Node;

enum class Op { Less, LessEq, Greater, GreaterEq, Equal, NotEqual, Other };

Op opOf(const PgQuery__AExpr *e)
{
    const QStringList name = PgParseTree::names(e->name, e->n_name);
    const QString op = name.value(name.size() - 1);
    if (op == u"<") return Op::Less;
    if (op == u"<=") return Op::LessEq;
    if (op == u">") return Op::Greater;
    if (op == u">=") return Op::GreaterEq;
    if (op == u"=") return Op::Equal;
    if (op == u"<>" || op == u"!=") return Op::NotEqual;
    return Op::Other;
}

Op flipped(Op op)
{
    switch (op) {
    case Op::Less: return Op::Greater;
    case Op::LessEq: return Op::GreaterEq;
    case Op::Greater: return Op::Less;
    case Op::GreaterEq: return Op::LessEq;
    default: return op;
    }
}

// Reads one check into rules and orderings; each function returns whether it captured all of it.
class Reader
{
public:
    Reader(std::function<QString(const QString &)> resolve, std::function<bool(const QString &)> isNumeric)
        : m_resolve(std::move(resolve)), m_isNumeric(std::move(isNumeric))
    {}

    QHash<QString, ColumnRule> rules;
    QList<ColumnOrdering> orderings;

    bool read(const Node *n)
    {
        if (!n)
            return false;
        switch (n->node_case) {
        case PG_QUERY__NODE__NODE_BOOL_EXPR: return boolean(n->bool_expr);
        case PG_QUERY__NODE__NODE_A_EXPR: return expression(n->a_expr);
        case PG_QUERY__NODE__NODE_NULL_TEST: {
            const QString column = columnOf(n->null_test->arg);
            if (column.isEmpty() || n->null_test->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL)
                return false;
            rules[column].notNull = true;
            return true;
        }
        default: return false;
        }
    }

private:
    QString columnOf(const Node *n) const { return m_resolve(PgParseTree::columnName(n)); }

    bool boolean(const PgQuery__BoolExpr *b)
    {
        if (b->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
            bool all = true;
            for (size_t i = 0; i < b->n_args; ++i)
                all = read(b->args[i]) && all; // read every arm: what is captured helps even if not all is
            return all;
        }
        if (b->boolop != PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR)
            return false;
        // "x IS NULL OR rule": rules and orderings only ever judge values that are not NULL.
        const Node *other = nullptr;
        for (size_t i = 0; i < b->n_args; ++i) {
            const Node *arm = b->args[i];
            const bool nullTest = arm->node_case == PG_QUERY__NODE__NODE_NULL_TEST &&
                                  arm->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL && !columnOf(arm->null_test->arg).isEmpty();
            if (!nullTest) {
                if (other)
                    return false;
                other = arm;
            }
        }
        Reader inner(m_resolve, m_isNumeric);
        if (!other || !inner.read(other) || inner.rules.size() + inner.orderings.size() != 1 || !nullsOnly(b, inner))
            return false;
        for (auto it = inner.rules.begin(); it != inner.rules.end(); ++it) {
            if (it->notNull)
                return false;
            rules[it.key()].merge(*it);
        }
        orderings += inner.orderings;
        return true;
    }

    // The IS NULL arms test columns of the other arm: "x IS NULL OR x > 0" and not "y IS NULL OR x > 0".
    bool nullsOnly(const PgQuery__BoolExpr *b, const Reader &inner) const
    {
        QStringList columns = inner.rules.keys();
        for (const ColumnOrdering &o : inner.orderings)
            columns << o.greater << o.lesser;
        for (size_t i = 0; i < b->n_args; ++i) {
            if (b->args[i]->node_case == PG_QUERY__NODE__NODE_NULL_TEST && !columns.contains(columnOf(b->args[i]->null_test->arg)))
                return false;
        }
        return true;
    }

    bool expression(const PgQuery__AExpr *e)
    {
        switch (e->kind) {
        case PG_QUERY__A__EXPR__KIND__AEXPR_OP: return comparison(e);
        case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN: {
            const QString column = columnOf(e->lexpr);
            if (column.isEmpty() || !e->rexpr || e->rexpr->node_case != PG_QUERY__NODE__NODE_LIST || e->rexpr->list->n_items != 2)
                return false;
            return bound(column, Op::GreaterEq, e->rexpr->list->items[0]) && bound(column, Op::LessEq, e->rexpr->list->items[1]);
        }
        case PG_QUERY__A__EXPR__KIND__AEXPR_IN: {
            const QString column = columnOf(e->lexpr);
            if (column.isEmpty() || !e->rexpr || e->rexpr->node_case != PG_QUERY__NODE__NODE_LIST)
                return false;
            return valueList(column, e->rexpr->list->items, e->rexpr->list->n_items, opOf(e) == Op::NotEqual);
        }
        case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY: {
            const QString column = columnOf(e->lexpr);
            if (column.isEmpty() || opOf(e) != Op::Equal || !e->rexpr || e->rexpr->node_case != PG_QUERY__NODE__NODE_A_ARRAY_EXPR)
                return false;
            return valueList(column, e->rexpr->a_array_expr->elements, e->rexpr->a_array_expr->n_elements, false);
        }
        default: return false;
        }
    }

    bool comparison(const PgQuery__AExpr *e)
    {
        const Op op = opOf(e);
        if (op == Op::Other || !e->lexpr || !e->rexpr)
            return false;
        const QString left = columnOf(e->lexpr), right = columnOf(e->rexpr);
        if (!left.isEmpty() && !right.isEmpty())
            return ordering(left, op, right);
        if (!left.isEmpty())
            return bound(left, op, e->rexpr);
        if (!right.isEmpty())
            return bound(right, flipped(op), e->lexpr);
        if (e->lexpr->node_case == PG_QUERY__NODE__NODE_FUNC_CALL)
            return length(e->lexpr->func_call, op, e->rexpr);
        if (e->rexpr->node_case == PG_QUERY__NODE__NODE_FUNC_CALL)
            return length(e->rexpr->func_call, flipped(op), e->lexpr);
        return false;
    }

    bool ordering(const QString &left, Op op, const QString &right)
    {
        switch (op) {
        case Op::Greater: orderings << ColumnOrdering{left, right, true}; return true;
        case Op::GreaterEq: orderings << ColumnOrdering{left, right, false}; return true;
        case Op::Less: orderings << ColumnOrdering{right, left, true}; return true;
        case Op::LessEq: orderings << ColumnOrdering{right, left, false}; return true;
        default: return false;
        }
    }

    bool bound(const QString &column, Op op, const Node *value)
    {
        bool numericConstant = false;
        const std::optional<QString> text = PgParseTree::constant(value, &numericConstant);
        if (!text)
            return false;
        ColumnRule &rule = rules[column];
        bool isNumber = false;
        const double number = text->toDouble(&isNumber);
        if (op == Op::Equal || op == Op::NotEqual) {
            ColumnRule r;
            (op == Op::Equal ? r.allowed.emplace() : r.excluded) << *text;
            rule.merge(r);
            return true;
        }
        ColumnRule r;
        const bool asNumber = isNumber && m_isNumeric(column);
        if (!asNumber && m_isNumeric(column))
            return false;
        const bool strict = op == Op::Less || op == Op::Greater;
        if (op == Op::Greater || op == Op::GreaterEq) {
            if (asNumber) { r.low = number; r.lowStrict = strict; }
            else { r.lowText = *text; r.lowTextStrict = strict; }
        } else {
            if (asNumber) { r.high = number; r.highStrict = strict; }
            else { r.highText = *text; r.highTextStrict = strict; }
        }
        rule.merge(r);
        return true;
    }

    bool valueList(const QString &column, PgQuery__Node *const *items, size_t count, bool excluded)
    {
        ColumnRule r;
        QStringList values;
        for (size_t i = 0; i < count; ++i) {
            const std::optional<QString> v = PgParseTree::constant(items[i]);
            if (!v)
                return false;
            values << *v;
        }
        if (excluded)
            r.excluded = values;
        else
            r.allowed = values;
        rules[column].merge(r);
        return true;
    }

    bool length(const PgQuery__FuncCall *f, Op op, const Node *value)
    {
        const QStringList name = PgParseTree::names(f->funcname, f->n_funcname);
        static const QStringList lengthFunctions{QStringLiteral("length"), QStringLiteral("char_length"),
                                                 QStringLiteral("character_length")};
        bool numeric = false;
        const std::optional<QString> text = PgParseTree::constant(value, &numeric);
        if (!lengthFunctions.contains(name.value(name.size() - 1)) || f->n_args != 1 || !text || !numeric)
            return false;
        const QString column = columnOf(f->args[0]);
        const int n = text->toInt();
        if (column.isEmpty())
            return false;
        ColumnRule r;
        switch (op) {
        case Op::Greater: r.minLength = n + 1; break;
        case Op::GreaterEq: r.minLength = n; break;
        case Op::Less: r.maxLength = n - 1; break;
        case Op::LessEq: r.maxLength = n; break;
        case Op::Equal: r.minLength = r.maxLength = n; break;
        default: return false;
        }
        rules[column].merge(r);
        return true;
    }

    std::function<QString(const QString &)> m_resolve;
    std::function<bool(const QString &)> m_isNumeric;
};

// The one expression of "SELECT (<expression>)".
const Node *onlyExpression(const PgParseTree &tree)
{
    const Node *s = tree.statement(0);
    if (tree.statementCount() != 1 || !s || s->node_case != PG_QUERY__NODE__NODE_SELECT_STMT ||
        s->select_stmt->n_target_list != 1 || s->select_stmt->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
        return nullptr;
    return s->select_stmt->target_list[0]->res_target->val;
}

// Unquoted names come folded to lower case from the parser: match exactly, else ignoring case.
std::function<QString(const QString &)> resolverOf(const modeler::Table &table)
{
    return [&table](const QString &name) -> QString {
        if (name.isEmpty())
            return {};
        if (table.columnByName(name))
            return name;
        for (const modeler::Column &c : table.columns)
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return c.name;
        return {};
    };
}

} // namespace

QStringList CheckAnalysis::columnsRead(const modeler::Table &table, const QString &expression)
{
    // By the scanner's words rather than the parse tree: an expression written for SQLite may use a
    // column named like a PostgreSQL keyword (lower(user)) that PostgreSQL's grammar reads otherwise.
    const auto resolve = resolverOf(table);
    QStringList out;
    for (const PgParseTree::Token &t : PgParseTree::scan(expression))
        if (const QString c = t.kind == PgParseTree::Token::Kind::Word ? resolve(t.text) : QString(); !c.isEmpty() && !out.contains(c))
            out << c;
    return out;
}

CheckAnalysis CheckAnalysis::of(const modeler::Table &table, const std::function<bool(const QString &)> &isNumeric)
{
    const auto resolve = resolverOf(table);
    CheckAnalysis out;
    for (int i = 0; i < table.checks.size(); ++i) {
        const PgParseTree tree(QStringLiteral("SELECT (%1)").arg(table.checks[i].expression));
        const Node *expression = tree.ok() ? onlyExpression(tree) : nullptr;
        out.columnsOfCheck << columnsRead(table, table.checks[i].expression);
        if (!expression) {
            out.unreadable << QStringLiteral("%1: %2").arg(table.checks[i].name, tree.ok() ? QStringLiteral("not one expression") : tree.error());
            out.evaluatedChecks << i;
            continue;
        }
        Reader reader(resolve, isNumeric);
        const bool complete = reader.read(expression);
        for (auto it = reader.rules.begin(); it != reader.rules.end(); ++it)
            out.rules[it.key()].merge(*it);
        out.orderings += reader.orderings;
        if (!complete)
            out.evaluatedChecks << i;
    }
    return out;
}

ColumnRule CheckAnalysis::ofDomain(const modeler::Domain &domain, bool numeric, bool *complete)
{
    const QString value = QStringLiteral("value");
    const auto resolve = [&](const QString &name) { return name.compare(value, Qt::CaseInsensitive) == 0 ? value : QString(); };
    ColumnRule rule;
    rule.notNull = domain.notNull;
    *complete = true;
    for (const modeler::CheckConstraint &check : domain.checks) {
        const PgParseTree tree(QStringLiteral("SELECT (%1)").arg(check.expression));
        const Node *expression = tree.ok() ? onlyExpression(tree) : nullptr;
        Reader reader(resolve, [&](const QString &) { return numeric; });
        if (!expression || !reader.read(expression) || !reader.orderings.isEmpty())
            *complete = false;
        rule.merge(reader.rules.value(value));
    }
    return rule;
}

} // namespace strata::workload

// Hand-written because no library translates between SQL dialects in C++: a printer of the
// expression subset that defaults, checks and index keys use, over libpg_query's protobuf tree.
#include "SqliteExpression.h"

#include "PostgresExpression.h"

#include "modeler/SqlQuoting.h"
#include "modeler/TypeMapping.h"

#include <pg_query.pb-c.h>

#include <algorithm>

namespace strata::modeler {

namespace {

// Thrown inside the printer when a node has no SQLite counterpart; caught by fromPostgres.
struct Untranslatable
{
    QString what;
};

QString text(const char *s) { return QString::fromUtf8(s); }

QString stringOf(const PgQuery__Node *node)
{
    return node && node->node_case == PG_QUERY__NODE__NODE_STRING ? text(node->string->sval) : QString();
}

QStringList names(PgQuery__Node **nodes, size_t count)
{
    QStringList out;
    for (size_t i = 0; i < count; ++i)
        out << stringOf(nodes[i]);
    return out;
}

class Printer
{
public:
    explicit Printer(const Model &model) : m_model(model) {}

    QString node(const PgQuery__Node *n) const
    {
        if (!n)
            throw Untranslatable{QStringLiteral("an empty expression")};
        switch (n->node_case) {
        case PG_QUERY__NODE__NODE_A_CONST: return constant(n->a_const);
        case PG_QUERY__NODE__NODE_COLUMN_REF: return columnRef(n->column_ref);
        case PG_QUERY__NODE__NODE_TYPE_CAST: return typeCast(n->type_cast);
        case PG_QUERY__NODE__NODE_FUNC_CALL: return funcCall(n->func_call);
        case PG_QUERY__NODE__NODE_A_EXPR: return aExpr(n->a_expr);
        case PG_QUERY__NODE__NODE_BOOL_EXPR: return boolExpr(n->bool_expr);
        case PG_QUERY__NODE__NODE_NULL_TEST:
            return QStringLiteral("(%1 %2)").arg(node(n->null_test->arg),
                n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL ? QStringLiteral("IS NULL") : QStringLiteral("IS NOT NULL"));
        case PG_QUERY__NODE__NODE_BOOLEAN_TEST: return booleanTest(n->boolean_test);
        case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: return valueFunction(n->sqlvalue_function);
        case PG_QUERY__NODE__NODE_COALESCE_EXPR:
            return QStringLiteral("coalesce(%1)").arg(list(n->coalesce_expr->args, n->coalesce_expr->n_args));
        case PG_QUERY__NODE__NODE_MIN_MAX_EXPR: // SQLite's max() and min() of several arguments
            return QStringLiteral("%1(%2)").arg(n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? QStringLiteral("max") : QStringLiteral("min"),
                                                list(n->min_max_expr->args, n->min_max_expr->n_args));
        case PG_QUERY__NODE__NODE_CASE_EXPR: return caseExpr(n->case_expr);
        default: throw Untranslatable{QStringLiteral("this kind of expression")};
        }
    }

private:
    QString list(PgQuery__Node **nodes, size_t count) const
    {
        QStringList out;
        for (size_t i = 0; i < count; ++i)
            out << node(nodes[i]);
        return out.join(QStringLiteral(", "));
    }

    static QString constant(const PgQuery__AConst *c)
    {
        if (c->isnull)
            return QStringLiteral("NULL");
        switch (c->val_case) {
        case PG_QUERY__A__CONST__VAL_IVAL: return QString::number(c->ival->ival);
        case PG_QUERY__A__CONST__VAL_FVAL: return text(c->fval->fval);
        case PG_QUERY__A__CONST__VAL_BOOLVAL: return c->boolval->boolval ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        case PG_QUERY__A__CONST__VAL_SVAL: return quoteLiteral(text(c->sval->sval));
        default: throw Untranslatable{QStringLiteral("bit string constants")};
        }
    }

    static QString columnRef(const PgQuery__ColumnRef *ref)
    {
        QStringList parts;
        for (size_t i = 0; i < ref->n_fields; ++i) {
            if (ref->fields[i]->node_case != PG_QUERY__NODE__NODE_STRING)
                throw Untranslatable{QStringLiteral("a column reference with *")};
            parts << quoteIdentifier(text(ref->fields[i]->string->sval), Dialect::Sqlite);
        }
        return parts.join(u'.');
    }

    // Casts to text-like, date and time, enum and domain types fall away: SQLite keeps the value as
    // written. Numeric casts change the value and stay, in SQLite's spelling.
    QString typeCast(const PgQuery__TypeCast *cast) const
    {
        const QString arg = node(cast->arg);
        const QStringList typeNames = names(cast->type_name->names, cast->type_name->n_names);
        if (cast->type_name->n_array_bounds > 0)
            throw Untranslatable{QStringLiteral("casts to arrays")};
        const QString last = typeNames.value(typeNames.size() - 1);
        const bool userType = std::any_of(m_model.enums.begin(), m_model.enums.end(), [&](const EnumType &e) { return e.name == last; }) ||
                              std::any_of(m_model.domains.begin(), m_model.domains.end(), [&](const Domain &d) { return d.name == last; });
        if (userType || last == u"bpchar")
            return arg;
        const DataType type = TypeMapping::fromPostgres(typeNames, {}, 0);
        using K = DataType::Kind;
        if (type.isInteger())
            return QStringLiteral("CAST(%1 AS INTEGER)").arg(arg);
        if (type.kind == K::Real || type.kind == K::Double)
            return QStringLiteral("CAST(%1 AS REAL)").arg(arg);
        if (type.kind == K::Numeric || type.kind == K::Money)
            return QStringLiteral("CAST(%1 AS NUMERIC)").arg(arg);
        if (type.kind == K::Named)
            throw Untranslatable{QStringLiteral("casts to %1").arg(type.name)};
        if (type.isTemporal())
            return temporal(arg, type.kind);
        return arg;
    }

    // PostgreSQL reads some words as dates and times when cast: 'now'::timestamp is the current time.
    static QString temporal(const QString &arg, DataType::Kind kind)
    {
        using K = DataType::Kind;
        static const QStringList special = {QStringLiteral("'now'"), QStringLiteral("'today'"), QStringLiteral("'tomorrow'"),
                                            QStringLiteral("'yesterday'"), QStringLiteral("'infinity'"),
                                            QStringLiteral("'-infinity'"), QStringLiteral("'epoch'"), QStringLiteral("'allballs'")};
        const QString word = arg.toLower();
        if (!special.contains(word))
            return arg;
        if (word == u"'now'" && (kind == K::Timestamp || kind == K::TimestampTz))
            return QStringLiteral("CURRENT_TIMESTAMP");
        if (word == u"'now'" && (kind == K::Time || kind == K::TimeTz))
            return QStringLiteral("CURRENT_TIME");
        if ((word == u"'now'" || word == u"'today'") && kind == K::Date)
            return QStringLiteral("CURRENT_DATE");
        throw Untranslatable{QStringLiteral("the special date and time value %1").arg(arg)};
    }

    QString funcCall(const PgQuery__FuncCall *call) const
    {
        QStringList name = names(call->funcname, call->n_funcname);
        if (name.size() == 2 && name.first() == u"pg_catalog")
            name.removeFirst();
        if (name.size() != 1 || call->agg_star || call->agg_distinct || call->over || call->n_agg_order > 0 || call->agg_filter)
            throw Untranslatable{QStringLiteral("the function call %1").arg(name.join(u'.'))};
        const QString f = name.first().toLower();
        if (f == u"nextval")
            throw Untranslatable{QStringLiteral("sequences (nextval)")};
        if (call->n_args == 0 && (f == u"now" || f == u"transaction_timestamp" || f == u"statement_timestamp" || f == u"clock_timestamp"))
            return QStringLiteral("CURRENT_TIMESTAMP");
        const QString sqliteName = f == u"char_length" || f == u"character_length" ? QStringLiteral("length")
                                 : f == u"strpos" ? QStringLiteral("instr")
                                 : f == u"substring" ? QStringLiteral("substr") : quoteIdentifier(name.first(), Dialect::Sqlite);
        return QStringLiteral("%1(%2)").arg(sqliteName, list(call->args, call->n_args));
    }

    QString aExpr(const PgQuery__AExpr *e) const
    {
        const QString op = names(e->name, e->n_name).join(u'.');
        switch (e->kind) {
        case PG_QUERY__A__EXPR__KIND__AEXPR_OP: return binary(e, op);
        case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
        case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE: return binary(e, op);
        case PG_QUERY__A__EXPR__KIND__AEXPR_IN:
            return QStringLiteral("(%1 %2 (%3))").arg(node(e->lexpr), op == u"=" ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                                                      inList(e->rexpr));
        case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
        case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN: {
            const PgQuery__Node *bounds = e->rexpr;
            if (!bounds || bounds->node_case != PG_QUERY__NODE__NODE_LIST || bounds->list->n_items != 2)
                throw Untranslatable{QStringLiteral("this BETWEEN")};
            return QStringLiteral("(%1 %2 %3 AND %4)").arg(node(e->lexpr),
                e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN ? QStringLiteral("BETWEEN") : QStringLiteral("NOT BETWEEN"),
                node(bounds->list->items[0]), node(bounds->list->items[1]));
        }
        case PG_QUERY__A__EXPR__KIND__AEXPR_DISTINCT: return QStringLiteral("(%1 IS NOT %2)").arg(node(e->lexpr), node(e->rexpr));
        case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_DISTINCT: return QStringLiteral("(%1 IS %2)").arg(node(e->lexpr), node(e->rexpr));
        case PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF: return QStringLiteral("nullif(%1, %2)").arg(node(e->lexpr), node(e->rexpr));
        case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY: throw Untranslatable{QStringLiteral("%1 ANY (...)").arg(op)};
        case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL: throw Untranslatable{QStringLiteral("%1 ALL (...)").arg(op)};
        default: throw Untranslatable{QStringLiteral("the operator %1").arg(op)};
        }
    }

    QString inList(const PgQuery__Node *n) const
    {
        if (!n || n->node_case != PG_QUERY__NODE__NODE_LIST)
            throw Untranslatable{QStringLiteral("IN over a subquery")};
        return list(n->list->items, n->list->n_items);
    }

    // Operators SQLite spells the same, and PostgreSQL's LIKE operators. SQLite's LIKE ignores ASCII
    // case unless PRAGMA case_sensitive_like is on: close, and said in the info the writer prints.
    QString binary(const PgQuery__AExpr *e, const QString &op) const
    {
        static const char *const same[] = {"=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||"};
        QString sqlite;
        if (std::any_of(std::begin(same), std::end(same), [&](const char *s) { return op == QLatin1String(s); }))
            sqlite = op;
        else if (op == u"~~" || op == u"~~*")
            sqlite = QStringLiteral("LIKE");
        else if (op == u"!~~" || op == u"!~~*")
            sqlite = QStringLiteral("NOT LIKE");
        else
            throw Untranslatable{QStringLiteral("the operator %1").arg(op)};
        if (!e->lexpr)
            return QStringLiteral("(%1%2)").arg(sqlite, node(e->rexpr)); // unary minus or plus
        return QStringLiteral("(%1 %2 %3)").arg(node(e->lexpr), sqlite, node(e->rexpr));
    }

    QString boolExpr(const PgQuery__BoolExpr *e) const
    {
        if (e->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR)
            return QStringLiteral("(NOT %1)").arg(list(e->args, e->n_args));
        QStringList parts;
        for (size_t i = 0; i < e->n_args; ++i)
            parts << node(e->args[i]);
        return u'(' + parts.join(e->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + u')';
    }

    QString booleanTest(const PgQuery__BooleanTest *t) const
    {
        static const char *tests[] = {"", "IS TRUE", "IS NOT TRUE", "IS FALSE", "IS NOT FALSE", "IS NULL", "IS NOT NULL"};
        const int i = int(t->booltesttype);
        if (i < 1 || i > 6)
            throw Untranslatable{QStringLiteral("this boolean test")};
        return QStringLiteral("(%1 %2)").arg(node(t->arg), QLatin1String(tests[i]));
    }

    static QString valueFunction(const PgQuery__SQLValueFunction *f)
    {
        switch (f->op) {
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: return QStringLiteral("CURRENT_DATE");
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME: return QStringLiteral("CURRENT_TIME");
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP: return QStringLiteral("CURRENT_TIMESTAMP");
        default: throw Untranslatable{QStringLiteral("this SQL value function")};
        }
    }

    QString caseExpr(const PgQuery__CaseExpr *c) const
    {
        QString out = QStringLiteral("CASE");
        if (c->arg)
            out += u' ' + node(c->arg);
        for (size_t i = 0; i < c->n_args; ++i) {
            const PgQuery__Node *w = c->args[i];
            if (w->node_case != PG_QUERY__NODE__NODE_CASE_WHEN)
                throw Untranslatable{QStringLiteral("this CASE")};
            out += QStringLiteral(" WHEN %1 THEN %2").arg(node(w->case_when->expr), node(w->case_when->result));
        }
        if (c->defresult)
            out += QStringLiteral(" ELSE ") + node(c->defresult);
        return out + QStringLiteral(" END");
    }

    const Model &m_model;
};

} // namespace

Result<QString> SqliteExpression::fromPostgres(const QString &expression, const Model &model)
{
    const PostgresExpression parsed(expression);
    if (!parsed.node())
        return Error(QStringLiteral("PostgreSQL cannot read it either: %1").arg(parsed.error()));
    try {
        return Printer(model).node(parsed.node());
    } catch (const Untranslatable &u) {
        return Error(QStringLiteral("SQLite has no counterpart for %1").arg(u.what));
    }
}

} // namespace strata::modeler

// Hand-written because no library translates between SQL dialects in C++: a printer over
// libpg_query's protobuf tree. Every operator is put in parentheses, so that the two dialects'
// precedences never matter.
#include "SqliteExpressionPrinter.h"

#include "PostgresNodes.h"
#include "SqliteDateTime.h"
#include "SqliteFunctionCall.h"

#include "modeler/SqlQuoting.h"
#include "modeler/TypeMapping.h"

#include <pg_query.pb-c.h>

#include <algorithm>

namespace strata::modeler {

namespace {

using Untranslatable = SqliteExpressionPrinter::Untranslatable;

QString text(const char *s) { return PostgresNodes::text(s); }

QStringList names(PgQuery__Node *const *nodes, size_t count) { return PostgresNodes::strings(nodes, count); }

// The parse tree's own name of a node kind ("xml_expr"), for what has no counterpart.
QString kindName(const PgQuery__Node *n)
{
    const ProtobufCFieldDescriptor *field = protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, unsigned(n->node_case));
    return field ? text(field->name) : QStringLiteral("this kind of expression");
}

QString constant(const PgQuery__AConst *c)
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

// PostgreSQL reads some words as dates and times when cast: 'now'::timestamp is the current time.
QString temporalConstant(const QString &arg, DataType::Kind kind)
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

QString valueFunction(const PgQuery__SQLValueFunction *f)
{
    switch (f->op) {
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: return QStringLiteral("CURRENT_DATE");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME: return QStringLiteral("CURRENT_TIME");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP: return QStringLiteral("CURRENT_TIMESTAMP");
    default: throw Untranslatable{QStringLiteral("this SQL value function (current_user, current_schema, ...)")};
    }
}

// The frame options of PostgreSQL 15's nodes/parsenodes.h (a bit mask; libpg_query passes it as is).
enum Frame : int {
    NonDefault = 0x1, Range = 0x2, Rows = 0x4, Groups = 0x8, Between = 0x10,
    StartUnboundedPreceding = 0x20, EndUnboundedFollowing = 0x100, StartCurrentRow = 0x200, EndCurrentRow = 0x400,
    StartOffsetPreceding = 0x800, EndOffsetPreceding = 0x1000, StartOffsetFollowing = 0x2000, EndOffsetFollowing = 0x4000,
    ExcludeCurrentRow = 0x8000, ExcludeGroup = 0x10000, ExcludeTies = 0x20000,
};

} // namespace

QString SqliteExpressionPrinter::identifier(const QString &name)
{
    return quoteIdentifier(name, Dialect::Sqlite);
}

QString SqliteExpressionPrinter::stringConstant(const PgQuery__Node *n)
{
    if (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
        n = n->type_cast->arg;
    if (!n || n->node_case != PG_QUERY__NODE__NODE_A_CONST || n->a_const->isnull || n->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
        return {};
    return text(n->a_const->sval->sval);
}

QString SqliteExpressionPrinter::node(const PgQuery__Node *n) const
{
    if (!n)
        throw Untranslatable{QStringLiteral("an empty expression")};
    switch (n->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST: return constant(n->a_const);
    case PG_QUERY__NODE__NODE_COLUMN_REF: return columnRef(n);
    case PG_QUERY__NODE__NODE_TYPE_CAST: return typeCast(n->type_cast);
    case PG_QUERY__NODE__NODE_FUNC_CALL: return SqliteFunctionCall(*this).print(n->func_call);
    case PG_QUERY__NODE__NODE_A_EXPR: return aExpr(n->a_expr);
    case PG_QUERY__NODE__NODE_BOOL_EXPR: {
        const PgQuery__BoolExpr *e = n->bool_expr;
        if (e->boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR)
            return QStringLiteral("(NOT %1)").arg(list(e->args, e->n_args));
        QStringList parts;
        for (size_t i = 0; i < e->n_args; ++i)
            parts << node(e->args[i]);
        return u'(' + parts.join(e->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + u')';
    }
    case PG_QUERY__NODE__NODE_NULL_TEST:
        return QStringLiteral("(%1 %2)").arg(node(n->null_test->arg), n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL
                                                                           ? QStringLiteral("IS NULL") : QStringLiteral("IS NOT NULL"));
    case PG_QUERY__NODE__NODE_BOOLEAN_TEST: {
        static const char *const tests[] = {"", "IS TRUE", "IS NOT TRUE", "IS FALSE", "IS NOT FALSE", "IS NULL", "IS NOT NULL"};
        const int i = int(n->boolean_test->booltesttype);
        if (i < 1 || i > 6)
            throw Untranslatable{QStringLiteral("this boolean test")};
        return QStringLiteral("(%1 %2)").arg(node(n->boolean_test->arg), QLatin1String(tests[i]));
    }
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: return valueFunction(n->sqlvalue_function);
    case PG_QUERY__NODE__NODE_COALESCE_EXPR:
        return QStringLiteral("coalesce(%1)").arg(list(n->coalesce_expr->args, n->coalesce_expr->n_args));
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR: // SQLite's max() and min() of several arguments
        return QStringLiteral("%1(%2)").arg(n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? QStringLiteral("max") : QStringLiteral("min"),
                                            list(n->min_max_expr->args, n->min_max_expr->n_args));
    case PG_QUERY__NODE__NODE_CASE_EXPR: return caseExpr(n);
    case PG_QUERY__NODE__NODE_SUB_LINK: return subLink(n->sub_link);
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return collate(n);
    case PG_QUERY__NODE__NODE_ROW_EXPR: return u'(' + list(n->row_expr->args, n->row_expr->n_args) + u')'; // a row value
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: throw Untranslatable{QStringLiteral("arrays (ARRAY[...])")};
    case PG_QUERY__NODE__NODE_A_INDIRECTION: throw Untranslatable{QStringLiteral("subscripts and field selection")};
    case PG_QUERY__NODE__NODE_PARAM_REF: throw Untranslatable{QStringLiteral("parameters ($n)")};
    case PG_QUERY__NODE__NODE_GROUPING_FUNC: throw Untranslatable{QStringLiteral("GROUPING()")};
    default: throw Untranslatable{kindName(n)};
    }
}

QString SqliteExpressionPrinter::list(PgQuery__Node *const *nodes, size_t count) const
{
    QStringList out;
    for (size_t i = 0; i < count; ++i)
        out << node(nodes[i]);
    return out.join(QStringLiteral(", "));
}

QString SqliteExpressionPrinter::subquery(const PgQuery__SelectStmt *) const
{
    throw Untranslatable{QStringLiteral("subqueries")};
}

// Schemas and catalogs fall away: SQLite's tables are written unqualified.
QString SqliteExpressionPrinter::columnRef(const PgQuery__Node *n) const
{
    const PgQuery__ColumnRef *ref = n->column_ref;
    QStringList parts;
    for (size_t i = ref->n_fields > 2 ? ref->n_fields - 2 : 0; i < ref->n_fields; ++i) {
        const PgQuery__Node *field = ref->fields[i];
        if (field->node_case == PG_QUERY__NODE__NODE_A_STAR)
            parts << QStringLiteral("*");
        else
            parts << identifier(PostgresNodes::string(field));
    }
    return parts.join(u'.');
}

bool SqliteExpressionPrinter::isUserType(const QString &name) const
{
    return std::any_of(m_model.enums.begin(), m_model.enums.end(), [&](const EnumType &e) { return e.name == name; }) ||
           std::any_of(m_model.domains.begin(), m_model.domains.end(), [&](const Domain &d) { return d.name == name; });
}

// Casts to text-like, enum and domain types fall away: SQLite keeps the value as written. Numeric
// casts change the value and stay, in SQLite's spelling: PostgreSQL rounds to an integer or to a
// numeric's scale where SQLite's CAST would cut off; a cast to date keeps only the date.
QString SqliteExpressionPrinter::typeCast(const PgQuery__TypeCast *cast, bool divided) const
{
    const QStringList typeNames = names(cast->type_name->names, cast->type_name->n_names);
    if (cast->type_name->n_array_bounds > 0)
        throw Untranslatable{QStringLiteral("casts to arrays")};
    const QString last = typeNames.value(typeNames.size() - 1);
    const QString arg = node(cast->arg);
    if (isUserType(last) || last == u"bpchar")
        return arg;
    QList<int> typmods;
    for (size_t i = 0; i < cast->type_name->n_typmods; ++i)
        typmods << int(PostgresNodes::number(cast->type_name->typmods[i]).value_or(-1));
    const DataType type = TypeMapping::fromPostgres(typeNames, typmods, 0);
    using K = DataType::Kind;
    const bool constant = cast->arg && cast->arg->node_case == PG_QUERY__NODE__NODE_A_CONST;
    const bool integerConstant = constant && cast->arg->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL;
    if (type.isInteger())
        return (integerConstant ? QStringLiteral("CAST(%1 AS INTEGER)") : QStringLiteral("CAST(round(%1) AS INTEGER)")).arg(arg);
    if (type.kind == K::Real || type.kind == K::Double)
        return QStringLiteral("CAST(%1 AS REAL)").arg(arg);
    if (type.kind == K::Numeric && type.scale >= 0)
        return QStringLiteral("round(%1, %2)").arg(arg).arg(type.scale);
    if (type.kind == K::Numeric && type.precision >= 0)
        return QStringLiteral("round(%1)").arg(arg);
    if (type.kind == K::Numeric || type.kind == K::Money)
        return (divided ? QStringLiteral("CAST(%1 AS REAL)") : QStringLiteral("CAST(%1 AS NUMERIC)")).arg(arg);
    if (type.kind == K::Named)
        throw Untranslatable{QStringLiteral("casts to %1").arg(type.name)};
    if (type.kind == K::Interval)
        throw Untranslatable{QStringLiteral("intervals (%1::interval)").arg(arg)};
    if (type.kind == K::Date && !constant)
        return SqliteDateTime::date(arg);
    if (type.isTemporal())
        return temporalConstant(arg, type.kind);
    return arg;
}

// An operand of a division: SQLite divides integers as integers, and CAST(7 AS NUMERIC) is the
// integer 7, where PostgreSQL's 7::numeric / 2 is 3.5.
QString SqliteExpressionPrinter::dividend(const PgQuery__Node *n) const
{
    return n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST ? typeCast(n->type_cast, true) : node(n);
}

QString SqliteExpressionPrinter::aExpr(const PgQuery__AExpr *e) const
{
    const QString op = names(e->name, e->n_name).join(u'.');
    switch (e->kind) {
    case PG_QUERY__A__EXPR__KIND__AEXPR_OP:
    case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
    case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE: return binary(e, op);
    case PG_QUERY__A__EXPR__KIND__AEXPR_IN: {
        if (!e->rexpr || e->rexpr->node_case != PG_QUERY__NODE__NODE_LIST)
            throw Untranslatable{QStringLiteral("this IN")};
        return QStringLiteral("(%1 %2 (%3))").arg(node(e->lexpr), op == u"=" ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                                                  list(e->rexpr->list->items, e->rexpr->list->n_items));
    }
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
    case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY:
    case PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL: return arrayComparison(e, op);
    case PG_QUERY__A__EXPR__KIND__AEXPR_SIMILAR: throw Untranslatable{QStringLiteral("SIMILAR TO")};
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN_SYM:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN_SYM: throw Untranslatable{QStringLiteral("BETWEEN SYMMETRIC")};
    default: throw Untranslatable{QStringLiteral("the operator %1").arg(op)};
    }
}

// Operators SQLite spells the same, and PostgreSQL's LIKE operators. SQLite's LIKE ignores ASCII
// case unless PRAGMA case_sensitive_like is on: close, and said in the info the writer prints.
QString SqliteExpressionPrinter::binary(const PgQuery__AExpr *e, const QString &op) const
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
    // A time plus or minus an interval: SQLite's date and time modifiers.
    const auto interval = [](const PgQuery__Node *n) {
        const bool cast = n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && n->type_cast->type_name->n_typmods == 0 &&
                          PostgresNodes::strings(n->type_cast->type_name->names, n->type_cast->type_name->n_names).endsWith(QStringLiteral("interval"));
        return cast ? stringConstant(n) : QString();
    };
    if ((op == u"+" || op == u"-") && !interval(e->rexpr).isEmpty())
        return SqliteDateTime::shift(node(e->lexpr), interval(e->rexpr), op == u"-");
    if (op == u"+" && !interval(e->lexpr).isEmpty())
        return SqliteDateTime::shift(node(e->rexpr), interval(e->lexpr), false);
    if (op == u"/")
        return QStringLiteral("(%1 / %2)").arg(dividend(e->lexpr), dividend(e->rexpr));
    return QStringLiteral("(%1 %2 %3)").arg(node(e->lexpr), sqlite, node(e->rexpr));
}

QString SqliteExpressionPrinter::arrayComparison(const PgQuery__AExpr *e, const QString &op) const
{
    const bool any = e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY;
    const PgQuery__Node *array = e->rexpr;
    if (array && array->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) // ARRAY[...]::text[]
        array = array->type_cast->arg;
    const bool literal = array && array->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR && array->a_array_expr->n_elements > 0;
    if (!literal || op != (any ? u"=" : u"<>"))
        throw Untranslatable{QStringLiteral("%1 %2 (...)").arg(op, any ? QStringLiteral("ANY") : QStringLiteral("ALL"))};
    return QStringLiteral("(%1 %2 (%3))").arg(node(e->lexpr), any ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                                              list(array->a_array_expr->elements, array->a_array_expr->n_elements));
}

// `x IN (SELECT ...)` is `x = ANY (SELECT ...)` to PostgreSQL, and `x NOT IN` is `x <> ALL`.
QString SqliteExpressionPrinter::subLink(const PgQuery__SubLink *link) const
{
    const QString op = names(link->oper_name, link->n_oper_name).join(u'.');
    const PgQuery__Node *select = link->subselect;
    if (!select || select->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
        throw Untranslatable{QStringLiteral("this subquery")};
    switch (link->sub_link_type) {
    case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK: return QStringLiteral("EXISTS (%1)").arg(subquery(select->select_stmt));
    case PG_QUERY__SUB_LINK_TYPE__EXPR_SUBLINK: return QStringLiteral("(%1)").arg(subquery(select->select_stmt));
    case PG_QUERY__SUB_LINK_TYPE__ANY_SUBLINK:
        if (op.isEmpty() || op == u"=")
            return QStringLiteral("(%1 IN (%2))").arg(node(link->testexpr), subquery(select->select_stmt));
        throw Untranslatable{QStringLiteral("%1 ANY (SELECT ...)").arg(op)};
    case PG_QUERY__SUB_LINK_TYPE__ALL_SUBLINK:
        if (op == u"<>")
            return QStringLiteral("(%1 NOT IN (%2))").arg(node(link->testexpr), subquery(select->select_stmt));
        throw Untranslatable{QStringLiteral("%1 ALL (SELECT ...)").arg(op)};
    case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK: throw Untranslatable{QStringLiteral("ARRAY(SELECT ...)")};
    default: throw Untranslatable{QStringLiteral("row comparisons with a subquery")};
    }
}

// SQLite's collations are BINARY, NOCASE and RTRIM; PostgreSQL's "C" and "POSIX" are byte order.
QString SqliteExpressionPrinter::collate(const PgQuery__Node *n) const
{
    const QStringList name = names(n->collate_clause->collname, n->collate_clause->n_collname);
    const QString upper = name.value(name.size() - 1).toUpper();
    QString sqlite;
    if (upper == u"C" || upper == u"POSIX" || upper == u"BINARY")
        sqlite = QStringLiteral("BINARY");
    else if (upper == u"NOCASE" || upper == u"RTRIM")
        sqlite = upper;
    else
        throw Untranslatable{QStringLiteral("the collation %1").arg(name.join(u'.'))};
    return QStringLiteral("(%1 COLLATE %2)").arg(node(n->collate_clause->arg), sqlite);
}

QString SqliteExpressionPrinter::caseExpr(const PgQuery__Node *n) const
{
    const PgQuery__CaseExpr *c = n->case_expr;
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

QString SqliteExpressionPrinter::sortList(PgQuery__Node *const *items, size_t count) const
{
    QStringList out;
    for (size_t i = 0; i < count; ++i) {
        if (items[i]->node_case != PG_QUERY__NODE__NODE_SORT_BY)
            throw Untranslatable{QStringLiteral("this ORDER BY")};
        const PgQuery__SortBy *s = items[i]->sort_by;
        if (s->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_USING)
            throw Untranslatable{QStringLiteral("ORDER BY ... USING")};
        const bool descending = s->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
        const bool nullsFirst = s->sortby_nulls == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST ||
                                (s->sortby_nulls != PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST && descending);
        out << node(s->node) + (descending ? QStringLiteral(" DESC") : QString()) +
                   (nullsFirst ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST"));
    }
    return out.join(QStringLiteral(", "));
}

QString SqliteExpressionPrinter::windowBody(const PgQuery__WindowDef *w) const
{
    QStringList parts;
    if (w->refname && *w->refname)
        parts << identifier(text(w->refname));
    if (w->n_partition_clause > 0)
        parts << QStringLiteral("PARTITION BY ") + list(w->partition_clause, w->n_partition_clause);
    if (w->n_order_clause > 0)
        parts << QStringLiteral("ORDER BY ") + sortList(w->order_clause, w->n_order_clause);
    const int f = w->frame_options;
    if (!(f & NonDefault))
        return parts.join(u' ');
    const auto bound = [&](int unbounded, const char *unboundedText, int current, int preceding, int following, const PgQuery__Node *offset) {
        if (f & unbounded)
            return QString::fromLatin1(unboundedText);
        if (f & current)
            return QStringLiteral("CURRENT ROW");
        if (f & (preceding | following))
            return node(offset) + ((f & preceding) ? QStringLiteral(" PRECEDING") : QStringLiteral(" FOLLOWING"));
        throw Untranslatable{QStringLiteral("this window frame")};
    };
    QString frame = (f & Rows) ? QStringLiteral("ROWS ") : (f & Groups) ? QStringLiteral("GROUPS ") : QStringLiteral("RANGE ");
    const QString start = bound(StartUnboundedPreceding, "UNBOUNDED PRECEDING", StartCurrentRow, StartOffsetPreceding, StartOffsetFollowing, w->start_offset);
    if (f & Between)
        frame += QStringLiteral("BETWEEN %1 AND %2").arg(start, bound(EndUnboundedFollowing, "UNBOUNDED FOLLOWING", EndCurrentRow,
                                                                       EndOffsetPreceding, EndOffsetFollowing, w->end_offset));
    else
        frame += start;
    if (f & ExcludeCurrentRow)
        frame += QStringLiteral(" EXCLUDE CURRENT ROW");
    else if (f & ExcludeGroup)
        frame += QStringLiteral(" EXCLUDE GROUP");
    else if (f & ExcludeTies)
        frame += QStringLiteral(" EXCLUDE TIES");
    return (parts << frame).join(u' ');
}

} // namespace strata::modeler

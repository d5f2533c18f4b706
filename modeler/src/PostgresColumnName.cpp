// After PostgreSQL 15's FigureColnameInternal (src/backend/parser/parse_target.c), for the nodes a
// raw parse tree holds.
#include "PostgresColumnName.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

QString lastString(PgQuery__Node *const *items, size_t count)
{
    return count > 0 ? PostgresNodes::string(items[count - 1]) : QString();
}

QString valueFunctionName(PgQuery__SQLValueFunctionOp op)
{
    switch (op) {
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: return QStringLiteral("current_date");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N: return QStringLiteral("current_time");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N: return QStringLiteral("current_timestamp");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N: return QStringLiteral("localtime");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N: return QStringLiteral("localtimestamp");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE: return QStringLiteral("current_role");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER: return QStringLiteral("current_user");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER: return QStringLiteral("user");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER: return QStringLiteral("session_user");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG: return QStringLiteral("current_catalog");
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA: return QStringLiteral("current_schema");
    default: return {};
    }
}

// The name of a subquery's first result column.
int firstTarget(const PgQuery__Node *select, QString *name)
{
    if (!select || select->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
        return 0;
    const PgQuery__SelectStmt *s = select->select_stmt;
    while (s->larg) // a UNION is named by its first arm
        s = s->larg;
    if (s->n_target_list == 0 || s->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
        return 0;
    const PgQuery__ResTarget *target = s->target_list[0]->res_target;
    if (target->name && *target->name) {
        *name = PostgresNodes::text(target->name);
        return 2;
    }
    *name = PostgresColumnName::of(target->val);
    return *name == u"?column?" ? 0 : 2;
}

} // namespace

QString PostgresColumnName::of(const PgQuery__Node *expression)
{
    QString name;
    return figure(expression, &name) > 0 ? name : QStringLiteral("?column?");
}

int PostgresColumnName::figure(const PgQuery__Node *n, QString *name)
{
    if (!n)
        return 0;
    const auto named = [&](const QString &value) {
        *name = value;
        return value.isEmpty() ? 0 : 2;
    };
    switch (n->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: return named(lastString(n->column_ref->fields, n->column_ref->n_fields));
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
        const QString field = lastString(n->a_indirection->indirection, n->a_indirection->n_indirection);
        return field.isEmpty() ? figure(n->a_indirection->arg, name) : named(field);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: return named(lastString(n->func_call->funcname, n->func_call->n_funcname));
    case PG_QUERY__NODE__NODE_A_EXPR:
        return n->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF ? named(QStringLiteral("nullif")) : 0;
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
        const int strength = figure(n->type_cast->arg, name);
        if (strength > 1)
            return strength;
        *name = lastString(n->type_cast->type_name->names, n->type_cast->type_name->n_names);
        return 1;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return figure(n->collate_clause->arg, name);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC: return named(QStringLiteral("grouping"));
    case PG_QUERY__NODE__NODE_SUB_LINK:
        switch (n->sub_link->sub_link_type) {
        case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK: return named(QStringLiteral("exists"));
        case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK: return named(QStringLiteral("array"));
        case PG_QUERY__SUB_LINK_TYPE__EXPR_SUBLINK:
        case PG_QUERY__SUB_LINK_TYPE__MULTIEXPR_SUBLINK: return firstTarget(n->sub_link->subselect, name);
        default: return 0;
        }
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
        const int strength = figure(n->case_expr->defresult, name);
        if (strength > 1)
            return strength;
        *name = QStringLiteral("case");
        return 1;
    }
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: return named(QStringLiteral("array"));
    case PG_QUERY__NODE__NODE_ROW_EXPR: return named(QStringLiteral("row"));
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: return named(QStringLiteral("coalesce"));
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
        return named(n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? QStringLiteral("greatest") : QStringLiteral("least"));
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: return named(valueFunctionName(n->sqlvalue_function->op));
    default: return 0;
    }
}

} // namespace strata::modeler

#include "PgWriteCheck.h"

#include <cstring>
#include <pg_query.h>
#include <pg_query.pb-c.h>

namespace strata::connectors {

namespace {

bool nodeWrites(const PgQuery__Node *node);

bool selectWrites(const PgQuery__SelectStmt *select)
{
    if (!select)
        return false;
    if (select->into_clause) // SELECT ... INTO creates a table
        return true;
    if (select->with_clause)
        for (size_t i = 0; i < select->with_clause->n_ctes; ++i) {
            const PgQuery__Node *cte = select->with_clause->ctes[i];
            if (cte->node_case == PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR &&
                nodeWrites(cte->common_table_expr->ctequery))
                return true;
        }
    return selectWrites(select->larg) || selectWrites(select->rarg);
}

// EXPLAIN ANALYZE runs its statement; "EXPLAIN (ANALYZE off)" does not.
bool explainRuns(const PgQuery__ExplainStmt *explain)
{
    for (size_t i = 0; i < explain->n_options; ++i) {
        const PgQuery__Node *option = explain->options[i];
        if (option->node_case != PG_QUERY__NODE__NODE_DEF_ELEM ||
            std::strcmp(option->def_elem->defname, "analyze") != 0)
            continue;
        const PgQuery__Node *arg = option->def_elem->arg;
        if (!arg)
            return true;
        if (arg->node_case == PG_QUERY__NODE__NODE_STRING) {
            const QByteArray value = QByteArray(arg->string->sval).toLower();
            return value != "false" && value != "off" && value != "no" && value != "0";
        }
        return !(arg->node_case == PG_QUERY__NODE__NODE_INTEGER && arg->integer->ival == 0);
    }
    return false;
}

bool nodeWrites(const PgQuery__Node *node)
{
    if (!node)
        return false;
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_SELECT_STMT:
        return selectWrites(node->select_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
        return false;
    case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
        return explainRuns(node->explain_stmt) && nodeWrites(node->explain_stmt->query);
    default:
        return true;
    }
}

} // namespace

bool pgStatementWrites(const QByteArray &statementUtf8)
{
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(statementUtf8.constData());
    bool writes = true; // what cannot be read is treated as a write, so that production asks first
    if (!parsed.error) {
        PgQuery__ParseResult *tree = pg_query__parse_result__unpack(
            nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
        if (tree) {
            writes = false;
            for (size_t i = 0; i < tree->n_stmts && !writes; ++i)
                writes = nodeWrites(tree->stmts[i]->stmt);
            pg_query__parse_result__free_unpacked(tree, nullptr);
        }
    }
    pg_query_free_protobuf_parse_result(parsed);
    return writes;
}

} // namespace strata::connectors

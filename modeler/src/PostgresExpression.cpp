#include "PostgresExpression.h"

#include <pg_query.h>
#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

// The one expression of "SELECT (<expression>)", or null.
const PgQuery__Node *onlyTarget(const PgQuery__ParseResult *tree)
{
    if (!tree || tree->n_stmts != 1 || !tree->stmts[0]->stmt || tree->stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
        return nullptr;
    const PgQuery__SelectStmt *s = tree->stmts[0]->stmt->select_stmt;
    const bool plain = s->n_target_list == 1 && s->n_from_clause == 0 && !s->where_clause && s->n_group_clause == 0 &&
                       !s->having_clause && s->n_window_clause == 0 && s->n_sort_clause == 0 && !s->limit_count &&
                       !s->limit_offset && s->n_locking_clause == 0 && !s->with_clause && s->n_distinct_clause == 0 &&
                       s->op == PG_QUERY__SET_OPERATION__SETOP_NONE && !s->into_clause;
    if (!plain || s->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
        return nullptr;
    const PgQuery__Node *value = s->target_list[0]->res_target->val;
    return value && value->node_case != PG_QUERY__NODE__NODE_ROW_EXPR ? value : nullptr;
}

// Walks every message under `m` through protobuf-c's descriptors, looking for a node of `kind`.
bool containsNode(const ProtobufCMessage *m, PgQuery__Node__NodeCase kind)
{
    if (!m)
        return false;
    if (m->descriptor == &pg_query__node__descriptor && reinterpret_cast<const PgQuery__Node *>(m)->node_case == kind)
        return true;
    const char *base = reinterpret_cast<const char *>(m);
    for (unsigned i = 0; i < m->descriptor->n_fields; ++i) {
        const ProtobufCFieldDescriptor &f = m->descriptor->fields[i];
        if (f.type != PROTOBUF_C_TYPE_MESSAGE)
            continue;
        if (f.label == PROTOBUF_C_LABEL_REPEATED) {
            const size_t count = *reinterpret_cast<const size_t *>(base + f.quantifier_offset);
            ProtobufCMessage *const *items = *reinterpret_cast<ProtobufCMessage *const *const *>(base + f.offset);
            for (size_t j = 0; j < count; ++j) {
                if (containsNode(items[j], kind))
                    return true;
            }
            continue;
        }
        if ((f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *reinterpret_cast<const uint32_t *>(base + f.quantifier_offset) != f.id)
            continue; // another member of the oneof is set
        if (containsNode(*reinterpret_cast<ProtobufCMessage *const *>(base + f.offset), kind))
            return true;
    }
    return false;
}

PgQuery__ParseResult *parse(const QString &sql, QString *error)
{
    const QByteArray utf8 = sql.toUtf8();
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(utf8.constData());
    PgQuery__ParseResult *tree = nullptr;
    if (parsed.error)
        *error = QString::fromUtf8(parsed.error->message);
    else
        tree = pg_query__parse_result__unpack(nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
    pg_query_free_protobuf_parse_result(parsed);
    return tree;
}

void release(PgQuery__ParseResult *tree)
{
    if (tree)
        pg_query__parse_result__free_unpacked(tree, nullptr);
}

} // namespace

PostgresExpression::PostgresExpression(const QString &expression)
{
    if (expression.trimmed().isEmpty()) {
        m_error = QStringLiteral("an empty expression");
        return;
    }
    // Alone, the expression must be one target: its own parentheses balance. In parentheses, it
    // must be one too: a trailing "--" comment would swallow what follows it in a statement.
    m_tree = parse(QStringLiteral("SELECT ") + expression, &m_error);
    if (!m_error.isEmpty())
        return;
    m_node = onlyTarget(m_tree);
    PgQuery__ParseResult *enclosed = m_node ? parse(QStringLiteral("SELECT (%1)").arg(expression), &m_error) : nullptr;
    if (m_error.isEmpty() && !onlyTarget(enclosed))
        m_error = QStringLiteral("not a single expression");
    release(enclosed);
    if (!m_error.isEmpty())
        m_node = nullptr;
}

PostgresExpression::~PostgresExpression()
{
    release(m_tree);
}

bool PostgresExpression::hasSubquery() const
{
    return containsNode(reinterpret_cast<const ProtobufCMessage *>(m_node), PG_QUERY__NODE__NODE_SUB_LINK);
}

} // namespace strata::modeler

#include "PgParseTree.h"

#include <pg_query.h>
#include <pg_query.pb-c.h>

namespace strata::workload {

PgParseTree::PgParseTree(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(utf8.constData());
    if (parsed.error) {
        m_error = QString::fromUtf8(parsed.error->message);
        if (parsed.error->cursorpos > 0) // 1-based, in bytes
            m_errorOffset = int(QString::fromUtf8(utf8.left(parsed.error->cursorpos - 1)).size());
    } else {
        m_tree = pg_query__parse_result__unpack(nullptr, parsed.parse_tree.len,
                                                reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
        if (!m_tree)
            m_error = QStringLiteral("the parse tree could not be read");
    }
    pg_query_free_protobuf_parse_result(parsed);
}

PgParseTree::~PgParseTree()
{
    if (m_tree)
        pg_query__parse_result__free_unpacked(m_tree, nullptr);
}

int PgParseTree::statementCount() const
{
    return m_tree ? int(m_tree->n_stmts) : 0;
}

const PgQuery__Node *PgParseTree::statement(int i) const
{
    return m_tree && i >= 0 && size_t(i) < m_tree->n_stmts ? m_tree->stmts[i]->stmt : nullptr;
}

std::optional<QString> PgParseTree::constant(const PgQuery__Node *node, bool *numeric)
{
    if (!node)
        return std::nullopt;
    if (node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
        return constant(node->type_cast->arg, numeric);
    if (node->node_case == PG_QUERY__NODE__NODE_A_EXPR && node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP &&
        !node->a_expr->lexpr && names(node->a_expr->name, node->a_expr->n_name) == QStringList{QStringLiteral("-")}) {
        bool isNumber = false;
        const std::optional<QString> inner = constant(node->a_expr->rexpr, &isNumber);
        if (!inner || !isNumber)
            return std::nullopt;
        if (numeric)
            *numeric = true;
        return inner->startsWith(u'-') ? inner->mid(1) : u'-' + *inner;
    }
    if (node->node_case != PG_QUERY__NODE__NODE_A_CONST || node->a_const->isnull)
        return std::nullopt;
    const PgQuery__AConst *c = node->a_const;
    if (numeric)
        *numeric = c->val_case == PG_QUERY__A__CONST__VAL_IVAL || c->val_case == PG_QUERY__A__CONST__VAL_FVAL;
    switch (c->val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL: return QString::number(c->ival->ival);
    case PG_QUERY__A__CONST__VAL_FVAL: return QString::fromUtf8(c->fval->fval);
    case PG_QUERY__A__CONST__VAL_SVAL: return QString::fromUtf8(c->sval->sval);
    case PG_QUERY__A__CONST__VAL_BOOLVAL: return c->boolval->boolval ? QStringLiteral("true") : QStringLiteral("false");
    default: return std::nullopt;
    }
}

QString PgParseTree::columnName(const PgQuery__Node *node)
{
    if (node && node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
        return columnName(node->type_cast->arg);
    if (!node || node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || node->column_ref->n_fields == 0)
        return {};
    return stringOf(node->column_ref->fields[node->column_ref->n_fields - 1]);
}

QString PgParseTree::columnQualifier(const PgQuery__Node *node)
{
    if (node && node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
        return columnQualifier(node->type_cast->arg);
    if (!node || node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || node->column_ref->n_fields < 2)
        return {};
    return stringOf(node->column_ref->fields[node->column_ref->n_fields - 2]);
}

QString PgParseTree::stringOf(const PgQuery__Node *node)
{
    return node && node->node_case == PG_QUERY__NODE__NODE_STRING ? QString::fromUtf8(node->string->sval) : QString();
}

QStringList PgParseTree::names(PgQuery__Node *const *nodes, size_t count)
{
    QStringList out;
    for (size_t i = 0; i < count; ++i)
        out << stringOf(nodes[i]);
    return out;
}

namespace {

void walkMessage(const ProtobufCMessage *m, const std::function<bool(const PgQuery__Node *)> &visit)
{
    if (!m)
        return;
    if (m->descriptor == &pg_query__node__descriptor && !visit(reinterpret_cast<const PgQuery__Node *>(m)))
        return;
    const char *base = reinterpret_cast<const char *>(m);
    for (unsigned i = 0; i < m->descriptor->n_fields; ++i) {
        const ProtobufCFieldDescriptor &f = m->descriptor->fields[i];
        if (f.type != PROTOBUF_C_TYPE_MESSAGE)
            continue;
        if (f.label == PROTOBUF_C_LABEL_REPEATED) {
            const size_t count = *reinterpret_cast<const size_t *>(base + f.quantifier_offset);
            auto *const *items = *reinterpret_cast<ProtobufCMessage *const *const *>(base + f.offset);
            for (size_t j = 0; j < count; ++j)
                walkMessage(items[j], visit);
        } else if (!(f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) || *reinterpret_cast<const uint32_t *>(base + f.quantifier_offset) == f.id) {
            walkMessage(*reinterpret_cast<ProtobufCMessage *const *>(base + f.offset), visit);
        }
    }
}

} // namespace

QString PgParseTree::fingerprint(const QString &sql)
{
    PgQueryFingerprintResult result = pg_query_fingerprint(sql.toUtf8().constData());
    const QString out = result.error || !result.fingerprint_str ? QString() : QString::fromLatin1(result.fingerprint_str);
    pg_query_free_fingerprint_result(result);
    return out;
}

QList<PgParseTree::Token> PgParseTree::scan(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    QList<Token> out;
    PgQueryScanResult scanned = pg_query_scan(utf8.constData());
    if (!scanned.error) {
        PgQuery__ScanResult *tokens =
            pg_query__scan_result__unpack(nullptr, scanned.pbuf.len, reinterpret_cast<const uint8_t *>(scanned.pbuf.data));
        for (size_t i = 0; tokens && i < tokens->n_tokens; ++i) {
            const PgQuery__ScanToken *t = tokens->tokens[i];
            Token token;
            token.offset = QString::fromUtf8(utf8.left(t->start)).size(); // byte offsets to characters
            token.text = QString::fromUtf8(utf8.mid(t->start, t->end - t->start));
            token.length = token.text.size();
            if (t->token == PG_QUERY__TOKEN__PARAM) {
                token.kind = Token::Kind::Parameter;
            } else if (t->token == PG_QUERY__TOKEN__SQL_COMMENT || t->token == PG_QUERY__TOKEN__C_COMMENT) {
                token.kind = Token::Kind::Comment;
            } else if (t->token == PG_QUERY__TOKEN__IDENT || t->keyword_kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD) {
                token.kind = Token::Kind::Word;
                if (token.text.startsWith(u'"') && token.text.endsWith(u'"') && token.text.size() >= 2)
                    token.text = token.text.mid(1, token.text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            }
            out << token;
        }
        pg_query__scan_result__free_unpacked(tokens, nullptr);
    }
    pg_query_free_scan_result(scanned);
    return out;
}

void PgParseTree::walk(const PgQuery__Node *node, const std::function<bool(const PgQuery__Node *)> &visit)
{
    walkMessage(reinterpret_cast<const ProtobufCMessage *>(node), visit);
}

} // namespace strata::workload

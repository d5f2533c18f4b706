// Statement dispatch of the PostgreSQL import: each statement of the parse tree goes to the reader
// of its kind; what the model does not hold is reported as skipped, with its line.
#include "modeler/PostgresScriptImporter.h"

#include "PostgresAlterTable.h"
#include "PostgresCommentReader.h"
#include "PostgresContext.h"
#include "PostgresIndexReader.h"
#include "PostgresNodes.h"
#include "PostgresSequenceReader.h"
#include "PostgresSerials.h"
#include "PostgresTableReader.h"
#include "PostgresTypeReader.h"
#include "PostgresViewReader.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

// SET search_path, SET anything else, and pg_dump's SELECT pg_catalog.set_config('search_path', ...).
void setting(PostgresContext &context, const PostgresStatement &s, const PgQuery__VariableSetStmt &set)
{
    const QString name = N::text(set.name);
    if (name == u"search_path" && set.kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
        QStringList values;
        for (size_t i = 0; i < set.n_args; ++i) {
            const PgQuery__Node *a = set.args[i];
            if (a->node_case == PG_QUERY__NODE__NODE_A_CONST && a->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
                values << u'"' + N::text(a->a_const->sval->sval).replace(u'"', QStringLiteral("\"\"")) + u'"';
        }
        context.setSearchPath(values.join(u','));
    }
    context.skipped(s, Severity::Info, QStringLiteral("a session setting"));
}

bool isSetConfig(PostgresContext &context, const PgQuery__SelectStmt &select)
{
    if (select.n_target_list != 1 || select.n_from_clause != 0 ||
        select.target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
        return false;
    const PgQuery__Node *value = select.target_list[0]->res_target->val;
    if (!value || value->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
        return false;
    const PgQuery__FuncCall &call = *value->func_call;
    const QStringList function = N::strings(call.funcname, call.n_funcname);
    if (function.isEmpty() || function.last() != u"set_config" || call.n_args < 2)
        return false;
    const auto constant = [](const PgQuery__Node *n) {
        return n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL
                   ? N::text(n->a_const->sval->sval)
                   : QString();
    };
    if (constant(call.args[0]) == u"search_path")
        context.setSearchPath(constant(call.args[1]));
    return true;
}

void createSchema(PostgresContext &context, const PostgresStatement &s, const PgQuery__CreateSchemaStmt &create)
{
    QString name = N::text(create.schemaname);
    if (name.isEmpty() && create.authrole)
        name = N::text(create.authrole->rolename); // CREATE SCHEMA AUTHORIZATION joe creates joe
    if (name == u"public") {
        context.skipped(s, Severity::Info, QStringLiteral("public is the model's default schema"));
        return;
    }
    if (create.if_not_exists && context.model().findSchema(name))
        return;
    context.model().addSchema(name, s.place());
    if (create.n_schema_elts > 0)
        context.unsupported(s.place(), QStringLiteral("statements inside CREATE SCHEMA %1 are not imported").arg(name),
                            QStringLiteral("write them as statements of their own"));
}

void dispatch(PostgresContext &c, const PostgresStatement &s, const PgQuery__Node &node)
{
    switch (node.node_case) {
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: return createSchema(c, s, *node.create_schema_stmt);
    case PG_QUERY__NODE__NODE_CREATE_STMT: return PostgresTableReader::createTable(c, s, *node.create_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return PostgresAlterTable::alter(c, s, *node.alter_table_stmt);
    case PG_QUERY__NODE__NODE_INDEX_STMT: return PostgresIndexReader::createIndex(c, s, *node.index_stmt);
    case PG_QUERY__NODE__NODE_VIEW_STMT: return PostgresViewReader::createView(c, s, *node.view_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: return PostgresViewReader::createTableAs(c, s, *node.create_table_as_stmt);
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return PostgresCommentReader::comment(c, s, *node.comment_stmt);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: return PostgresTypeReader::createEnum(c, s, *node.create_enum_stmt);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: return PostgresTypeReader::alterEnum(c, s, *node.alter_enum_stmt);
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: return PostgresTypeReader::createDomain(c, s, *node.create_domain_stmt);
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT: return PostgresTypeReader::alterDomain(c, s, *node.alter_domain_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: return PostgresSequenceReader::createSequence(c, s, *node.create_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return PostgresSequenceReader::alterSequence(c, s, *node.alter_seq_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return setting(c, s, *node.variable_set_stmt);
    case PG_QUERY__NODE__NODE_SELECT_STMT:
        if (isSetConfig(c, *node.select_stmt))
            return c.skipped(s, Severity::Info, QStringLiteral("a session setting"));
        return c.skipped(s, Severity::Info, QStringLiteral("data and queries are not part of the model"));
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_MERGE_STMT:
    case PG_QUERY__NODE__NODE_COPY_STMT:
        return c.skipped(s, Severity::Info, QStringLiteral("data and queries are not part of the model"));
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
    case PG_QUERY__NODE__NODE_GRANT_STMT:
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
        return c.skipped(s, Severity::Info, QStringLiteral("owners and privileges are not modelled"));
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT: return c.skipped(s, Severity::Info, QStringLiteral("transaction control"));
    default: return c.skipped(s, Severity::Warning, QStringLiteral("not modelled"));
    }
}

} // namespace

Result<ImportedScript> PostgresScriptImporter::import(const QByteArray &script, const QString &sourceName, TaskControl *control)
{
    Diagnostics notes;
    auto parsed = PostgresScript::parse(script, sourceName, &notes);
    if (!parsed)
        return parsed.error();
    const PostgresScript &text = *parsed.value();
    ModelBuilder builder(Dialect::Postgres, sourceName);
    builder.diagnostics() = notes;
    PostgresContext context(text, builder);

    const PgQuery__ParseResult &tree = text.tree();
    const SqlLexer lexer(text.text(), 0, text.size(), Dialect::Postgres);
    for (size_t i = 0; i < tree.n_stmts; ++i) {
        if ((i & 255) == 0) {
            if (TaskControl::cancelled(control))
                return Error(QStringLiteral("import cancelled"), SourcePlace::ofSource(sourceName), QString::fromLatin1(cancelledCode));
            TaskControl::report(control, qint64(i), qint64(tree.n_stmts), QStringLiteral("Reading statements"));
        }
        const PgQuery__RawStmt &raw = *tree.stmts[i];
        const int end = raw.stmt_len > 0 ? raw.stmt_location + raw.stmt_len : text.size();
        const PostgresStatement statement{&text, std::min(lexer.skipBlank(raw.stmt_location), end), end};
        if (raw.stmt)
            dispatch(context, statement, *raw.stmt);
    }
    builder.resolve();
    PostgresSerials::detect(builder);
    builder.sortDiagnostics();
    TaskControl::report(control, qint64(tree.n_stmts), qint64(tree.n_stmts), QStringLiteral("Done"));
    return ImportedScript{std::move(builder.model()), std::move(builder.diagnostics())};
}

} // namespace strata::modeler

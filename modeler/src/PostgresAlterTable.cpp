#include "PostgresAlterTable.h"

#include "PostgresConstraintReader.h"
#include "PostgresNodes.h"
#include "PostgresSequenceReader.h"
#include "PostgresTableReader.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

// The text of each command: the statement after the table's name, split at top-level commas.
QList<SqlLexer::Span> commandSpans(const PostgresStatement &s, const PgQuery__AlterTableStmt &alter)
{
    // The name: parts joined by dots, perhaps followed by * (inheritors too).
    const char *text = s.script->text();
    SqlLexer lexer(text, alter.relation->location, s.end, Dialect::Postgres);
    SqlLexer::Token t = lexer.next();
    int afterName = t.end;
    for (t = lexer.next(); t.kind == SqlLexer::Kind::Symbol && text[t.begin] == '.'; t = lexer.next())
        afterName = lexer.next().end;
    if (t.kind == SqlLexer::Kind::Symbol && text[t.begin] == '*')
        afterName = t.end;
    QList<SqlLexer::Span> spans = s.lexer().splitList(afterName, s.end);
    if (spans.size() != qsizetype(alter.n_cmds)) // not as expected: each command gets the whole text
        spans = QList<SqlLexer::Span>(qsizetype(alter.n_cmds), {afterName, s.end});
    return spans;
}

bool onlyOwnership(const PgQuery__AlterTableStmt &alter)
{
    for (size_t i = 0; i < alter.n_cmds; ++i) {
        if (alter.cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD ||
            alter.cmds[i]->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner)
            return false;
    }
    return true;
}

class AlterTable
{
public:
    AlterTable(PostgresContext &c, const PostgresStatement &s, int tableIndex) : m_c(c), m_s(s), m_tableIndex(tableIndex) {}

    void command(const PgQuery__AlterTableCmd &cmd, SqlLexer::Span span)
    {
        using T = PgQuery__AlterTableType;
        const QString name = N::text(cmd.name);
        switch (cmd.subtype) {
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumnRecurse:
            if (cmd.def && cmd.def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
                PostgresTableReader::addColumn(m_c, m_s, m_tableIndex, *cmd.def->column_def, span.second);
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraintRecurse:
            if (cmd.def && cmd.def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
                PostgresConstraintReader::add(m_c, m_s, m_tableIndex, *cmd.def->constraint, {});
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
            if (Column *c = column(name)) {
                const int at = m_s.lexer().findWord(span.first, span.second, "DEFAULT");
                c->defaultExpr = cmd.def && at >= 0 ? m_c.expressionAfter(m_s, at, span.second, "DEFAULT") : QString();
            }
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
            if (Column *c = column(name))
                c->nullable = cmd.subtype == T::PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull;
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
            if (Column *c = column(name); c && cmd.def && cmd.def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                const PgQuery__Constraint &con = *cmd.def->constraint;
                PostgresSequenceReader::readIdentity(m_c, m_s, table(), *c, con.generated_when, con.options, con.n_options);
            }
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
            if (cmd.def && cmd.def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD)
                attachPartition(*cmd.def->partition_cmd);
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
            table().unlogged = cmd.subtype == T::PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged;
            return;
        case T::PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner: return;
        default:
            m_c.model().report(Severity::Warning, QStringLiteral("import.skipped"),
                               QStringLiteral("not modelled: ALTER TABLE %1 %2")
                                   .arg(table().name, m_c.trimmed(m_s, span.first, span.second).simplified().left(60)),
                               m_s.placeAt(span.first));
            return;
        }
    }

private:
    Table &table() { return m_c.model().table(m_tableIndex); }

    Column *column(const QString &name)
    {
        Column *c = nullptr;
        for (Column &candidate : table().columns) {
            if (candidate.name == name)
                c = &candidate;
        }
        if (!c) {
            SourcePlace place = m_s.place();
            place.path = m_c.model().path(table().schemaId, table().name);
            m_c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                               QStringLiteral("%1 has no column %2: the command is skipped").arg(place.path, name), place);
        }
        return c;
    }

    void attachPartition(const PgQuery__PartitionCmd &cmd)
    {
        const QualifiedName name = m_c.referenced(cmd.name);
        const int partition = m_c.model().findTable(name.schemaId, name.name);
        if (partition < 0 || !cmd.bound) {
            m_c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                               QStringLiteral("partition %1 is not created by the script: not attached").arg(m_c.model().path(name.schemaId, name.name)),
                               m_s.place());
            return;
        }
        Table &p = m_c.model().table(partition);
        p.partitionOfTableId = table().id;
        p.partitionBound = PostgresTableReader::partitionBound(m_c, m_s, *cmd.bound);
    }

    PostgresContext &m_c;
    const PostgresStatement &m_s;
    int m_tableIndex;
};

} // namespace

void PostgresAlterTable::alter(PostgresContext &c, const PostgresStatement &s, const PgQuery__AlterTableStmt &alter)
{
    if (onlyOwnership(alter))
        return c.skipped(s, Severity::Info, QStringLiteral("owners and privileges are not modelled"));
    if (alter.objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX)
        return c.skipped(s, Severity::Info, QStringLiteral("the model attaches the indexes of partitions by itself"));
    if (alter.objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || !alter.relation)
        return c.skipped(s, Severity::Warning, QStringLiteral("not modelled"));
    const QualifiedName name = c.referenced(alter.relation);
    const int index = c.model().findTable(name.schemaId, name.name);
    if (index < 0) {
        c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                         QStringLiteral("table %1 is not created by the script: %2 skipped").arg(c.model().path(name.schemaId, name.name), s.head()),
                         s.place());
        return;
    }
    AlterTable table(c, s, index);
    const QList<SqlLexer::Span> spans = commandSpans(s, alter);
    for (size_t i = 0; i < alter.n_cmds; ++i) {
        if (alter.cmds[i]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
            table.command(*alter.cmds[i]->alter_table_cmd, spans[qsizetype(i)]);
    }
}

} // namespace strata::modeler

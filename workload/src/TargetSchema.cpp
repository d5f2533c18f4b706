#include "TargetSchema.h"

#include <modeler/Sequence.h>

namespace strata::workload {

using namespace strata::connectors;
using modeler::Dialect;

TargetSchema::TargetSchema(const modeler::Model &model, Session &session)
    : m_model(model), m_session(session),
      m_dialect(session.dialect() == connectors::Dialect::Sqlite ? Dialect::Sqlite : Dialect::Postgres)
{}

QString TargetSchema::qualified(const QString &schema, const QString &name) const
{
    return (schema.isEmpty() ? QString() : m_session.quoteIdentifier(schema) + u'.') + m_session.quoteIdentifier(name);
}

QString TargetSchema::placeholder(int n) const
{
    return (m_dialect == Dialect::Sqlite ? QStringLiteral("?") : QStringLiteral("$")) + QString::number(n);
}

Result<void> TargetSchema::execute(const QString &sql, const Row &params)
{
    auto done = m_session.query(sql, params);
    if (!done)
        return done.error();
    return Result<void>::success();
}

Result<void> TargetSchema::dropExisting(bool replace)
{
    QStringList present;
    for (const modeler::Table &t : m_model.tables) {
        const QString schema = m_dialect == Dialect::Postgres ? m_model.schemaName(t.schemaId) : QString();
        auto found = m_dialect == Dialect::Sqlite
                         ? m_session.query(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1"), {t.name})
                         : m_session.query(QStringLiteral("SELECT 1 WHERE to_regclass($1) IS NOT NULL"), {qualified(schema, t.name)});
        if (!found)
            return found.error();
        if (!found->rows.isEmpty())
            present << m_model.qualifiedName(t);
    }
    if (present.isEmpty())
        return Result<void>::success();
    if (!replace) {
        Error e(QStringLiteral("the database already has the table %1 of the model").arg(present.first()), {},
                QStringLiteral("synth.exists"));
        e.hint = QStringLiteral("fill an empty database, or replace the model's tables (--replace drops them first)");
        return e;
    }
    const QString cascade = m_dialect == Dialect::Postgres ? QStringLiteral(" CASCADE") : QString();
    for (const modeler::View &v : m_model.views) {
        const QString schema = m_dialect == Dialect::Postgres ? m_model.schemaName(v.schemaId) : QString();
        const QString kind = v.materialized && m_dialect == Dialect::Postgres ? QStringLiteral("MATERIALIZED VIEW") : QStringLiteral("VIEW");
        if (auto dropped = execute(QStringLiteral("DROP %1 IF EXISTS %2%3").arg(kind, qualified(schema, v.name), cascade)); !dropped)
            return dropped;
    }
    for (const modeler::Table &t : m_model.tables) {
        const QString schema = m_dialect == Dialect::Postgres ? m_model.schemaName(t.schemaId) : QString();
        if (auto dropped = execute(QStringLiteral("DROP TABLE IF EXISTS %1%2").arg(qualified(schema, t.name), cascade)); !dropped)
            return dropped;
    }
    if (m_dialect == Dialect::Sqlite)
        return Result<void>::success();
    for (const modeler::Sequence &s : m_model.sequences)
        if (auto dropped = execute(QStringLiteral("DROP SEQUENCE IF EXISTS %1 CASCADE").arg(qualified(m_model.schemaName(s.schemaId), s.name))); !dropped)
            return dropped;
    for (const modeler::Domain &d : m_model.domains)
        if (auto dropped = execute(QStringLiteral("DROP DOMAIN IF EXISTS %1 CASCADE").arg(qualified(m_model.schemaName(d.schemaId), d.name))); !dropped)
            return dropped;
    for (const modeler::EnumType &e : m_model.enums)
        if (auto dropped = execute(QStringLiteral("DROP TYPE IF EXISTS %1 CASCADE").arg(qualified(m_model.schemaName(e.schemaId), e.name))); !dropped)
            return dropped;
    return Result<void>::success();
}

Result<void> TargetSchema::create(bool replace, Diagnostics &diagnostics)
{
    const modeler::DdlScript script = modeler::DdlWriter::write(m_model, m_dialect);
    // What the dialect leaves out of the schema matters here only where it is a whole statement;
    // lossy types and unsupported clauses are the DDL export's to tell (strata-cli ddl).
    for (const Diagnostic &d : script.diagnostics)
        if (d.severity == Severity::Error || d.code == u"ddl.rejected")
            diagnostics << d;
    if (hasErrors(script.diagnostics))
        return Error(QStringLiteral("the model's DDL has errors: %1").arg(script.diagnostics.first().toString()), {},
                     QStringLiteral("synth.model"));
    m_statements = script.statements;
    if (auto dropped = dropExisting(replace); !dropped)
        return dropped;
    for (const modeler::DdlStatement &s : std::as_const(m_statements)) {
        if (s.afterData)
            continue;
        QString sql = s.sql;
        if (sql.startsWith(u"CREATE SCHEMA ")) // a schema the database has already is fine
            sql.insert(14, QStringLiteral("IF NOT EXISTS "));
        if (auto done = execute(sql); !done)
            return done;
    }
    return Result<void>::success();
}

Result<void> TargetSchema::update(const TablePlan &t, const std::vector<KeptValues> &kept,
                                  const QList<TableGenerator::PendingUpdate> &pending)
{
    QHash<int, PreparedStatement> statements; // per link
    for (const TableGenerator::PendingUpdate &u : pending) {
        const ForeignKeyLink &link = t.links[u.link];
        if (!statements.contains(u.link)) {
            QStringList sets, where;
            int n = 0;
            for (const int c : link.columns)
                sets << QStringLiteral("%1 = %2").arg(m_session.quoteIdentifier(t.columnNames[c]), placeholder(++n));
            for (const int c : t.identifyingColumns)
                where << QStringLiteral("%1 = %2").arg(m_session.quoteIdentifier(t.columnNames[c]), placeholder(++n));
            if (t.identifyingColumns.isEmpty())
                where << QStringLiteral("rowid = %1").arg(placeholder(++n));
            auto prepared = m_session.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                                  .arg(qualified(t.schema, t.table->name), sets.join(QStringLiteral(", ")),
                                                       where.join(QStringLiteral(" AND "))));
            if (!prepared)
                return prepared.error();
            statements.insert(u.link, *prepared);
        }
        Row params;
        for (const int c : link.parentColumns)
            params << kept[size_t(link.parent)].value(c, u.parentRow);
        params += u.identity;
        if (auto done = m_session.query(statements.value(u.link), params); !done)
            return done.error();
    }
    for (const PreparedStatement &s : std::as_const(statements))
        m_session.release(s);
    return Result<void>::success();
}

Result<void> TargetSchema::moveSequences(const std::vector<TablePlan> &tables)
{
    if (m_dialect != Dialect::Postgres)
        return Result<void>::success(); // SQLite's AUTOINCREMENT follows the largest rowid by itself
    for (const TablePlan &t : tables) {
        for (const modeler::Column *c : t.columns) {
            const bool counted = c->identity != modeler::Identity::None || c->serial;
            if (!counted || t.rows == 0 || (c->identityOptions && c->identityOptions->increment < 0))
                continue;
            const QString table = qualified(t.schema, t.table->name);
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence($1, $2), (SELECT max(%1) FROM %2))")
                                    .arg(m_session.quoteIdentifier(c->name), table);
            if (auto done = execute(sql, {table, c->name}); !done)
                return done;
        }
    }
    return Result<void>::success();
}

Result<void> TargetSchema::checkForeignKeys()
{
    auto broken = m_session.query(QStringLiteral("PRAGMA foreign_key_check"));
    if (!broken)
        return broken.error();
    if (!broken->rows.isEmpty())
        return Error(QStringLiteral("a generated row of %1 breaks a foreign key to %2 (rowid %3)")
                         .arg(broken->rows[0].value(0).toString(), broken->rows[0].value(2).toString(), broken->rows[0].value(1).toString()),
                     {}, QStringLiteral("synth.internal"));
    return Result<void>::success();
}

Result<void> TargetSchema::finish(const std::vector<TablePlan> &tables, const std::vector<KeptValues> &kept,
                                  const std::vector<QList<TableGenerator::PendingUpdate>> &pending, bool analyze)
{
    for (size_t i = 0; i < tables.size(); ++i)
        if (auto updated = update(tables[i], kept, pending[i]); !updated)
            return updated;
    if (auto moved = moveSequences(tables); !moved)
        return moved;
    for (const modeler::DdlStatement &s : std::as_const(m_statements)) {
        if (!s.afterData)
            continue;
        if (auto done = execute(s.sql); !done) {
            Error e = done.error();
            e.message = QStringLiteral("%1: %2").arg(s.sql.section(u'\n', 0, 0).left(80), e.message);
            e.place = {};
            return e;
        }
    }
    if (m_dialect == Dialect::Sqlite)
        if (auto checked = checkForeignKeys(); !checked)
            return checked;
    if (analyze)
        return execute(QStringLiteral("ANALYZE"));
    return Result<void>::success();
}

} // namespace strata::workload

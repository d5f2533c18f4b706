#include "SqliteLoader.h"

#include "connectors/ErrorCodes.h"

#include <sqlite3.h>

#include <algorithm>

namespace strata::connectors {

SqliteLoader::~SqliteLoader()
{
    sqlite3_finalize(m_full);
    sqlite3_finalize(m_last);
}

Result<qint64> SqliteLoader::run(const QString &schema, const QString &table, const QStringList &columns,
                                 const RowSource &next)
{
    if (columns.isEmpty())
        return Error(QStringLiteral("a load needs at least one column"), {}, QLatin1String(usageCode));
    const bool own = sqlite3_get_autocommit(m_session.db());
    if (auto begun = m_session.execute(own ? "BEGIN" : "SAVEPOINT strata_load"); !begun)
        return begun.error();
    const QString target = (schema.isEmpty() ? QString() : m_session.quoteIdentifier(schema) + u'.') +
                           m_session.quoteIdentifier(table);
    auto inserted = insertRows(target, columns, next);
    if (inserted)
        inserted = flush();
    if (!inserted) {
        (void)m_session.execute(own ? "ROLLBACK" : "ROLLBACK TO strata_load; RELEASE strata_load");
        Error error = inserted.error();
        error.place = SourcePlace::ofSource(target);
        return error;
    }
    if (auto committed = m_session.execute(own ? "COMMIT" : "RELEASE strata_load"); !committed)
        return committed.error();
    return m_loaded;
}

Result<void> SqliteLoader::insertRows(const QString &target, const QStringList &columns, const RowSource &next)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << m_session.quoteIdentifier(c);
    m_insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(target, quoted.join(QStringLiteral(", ")));
    m_rowPlaceholders = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    // As many rows per statement as SQLite's limit on bound variables allows, up to 500.
    const int variables = sqlite3_limit(m_session.db(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    m_rowsPerInsert = std::clamp<qsizetype>(variables / columns.size(), 1, 500);
    Row row;
    while (next(row)) {
        if (row.size() != columns.size())
            return Error(QStringLiteral("row %1 has %2 values for %3 columns")
                             .arg(m_loaded + m_buffer.size() + 1)
                             .arg(row.size())
                             .arg(columns.size()),
                         {}, QLatin1String(usageCode));
        m_buffer.append(std::move(row));
        row = Row();
        if (m_buffer.size() == m_rowsPerInsert)
            if (auto flushed = flush(); !flushed)
                return flushed;
    }
    return Result<void>::success();
}

Result<sqlite3_stmt *> SqliteLoader::statementFor(qsizetype rows)
{
    const bool full = rows == m_rowsPerInsert;
    sqlite3_stmt *&statement = full ? m_full : m_last;
    ScriptText &text = full ? m_fullText : m_lastText;
    if (statement && (full || m_lastRows == rows))
        return statement;
    if (!full)
        m_lastRows = rows;
    sqlite3_finalize(statement);
    statement = nullptr;
    text = ScriptText(m_insertHead + QStringList(rows, m_rowPlaceholders).join(u','), {});
    auto compiled = m_session.compile(text, text.spanOfBytes(0, text.utf8().size()), SQLITE_PREPARE_PERSISTENT);
    if (!compiled)
        return compiled.error();
    statement = *compiled;
    return statement;
}

Result<void> SqliteLoader::flush()
{
    if (m_buffer.isEmpty())
        return Result<void>::success();
    if (m_session.stopRequested() || TaskControl::cancelled(m_options.control))
        return Error(QStringLiteral("the load was cancelled"), {}, QLatin1String(cancelledCode));
    auto statement = statementFor(m_buffer.size());
    if (!statement)
        return statement.error();
    m_flat.clear();
    for (const Row &r : std::as_const(m_buffer))
        m_flat += r;
    const ScriptText &text = m_buffer.size() == m_rowsPerInsert ? m_fullText : m_lastText;
    const StatementSpan whole = text.spanOfBytes(0, text.utf8().size());
    if (auto bound = m_session.bind(*statement, m_flat, text, whole); !bound)
        return bound;
    const int rc = sqlite3_step(*statement);
    std::optional<Error> error;
    if (rc != SQLITE_DONE)
        error = m_session.error(rc, text, whole);
    sqlite3_reset(*statement);
    if (error)
        return *error;
    m_loaded += m_buffer.size();
    m_buffer.clear();
    TaskControl::report(m_options.control, m_loaded, 0, QStringLiteral("loading"));
    return Result<void>::success();
}

} // namespace strata::connectors

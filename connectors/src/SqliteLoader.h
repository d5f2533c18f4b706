// Session::load for SQLite: multi-row INSERTs prepared once and run as often as the rows need, in a
// transaction of its own or a savepoint of the caller's, so that a failed load leaves no rows behind.
#pragma once

#include "SqliteSession.h"

namespace strata::connectors {

class SqliteLoader
{
public:
    SqliteLoader(SqliteSession &session, const ExecOptions &options) : m_session(session), m_options(options) {}
    ~SqliteLoader();

    Result<qint64> run(const QString &schema, const QString &table, const QStringList &columns, const RowSource &next);

private:
    Result<void> insertRows(const QString &target, const QStringList &columns, const RowSource &next);
    /// Inserts the buffered rows with the statement for that many rows.
    Result<void> flush();
    Result<sqlite3_stmt *> statementFor(qsizetype rows);

    SqliteSession &m_session;
    const ExecOptions &m_options;
    QString m_insertHead; // INSERT INTO "t" ("a", "b") VALUES
    QString m_rowPlaceholders;
    qsizetype m_rowsPerInsert = 1;
    QList<Row> m_buffer;
    Row m_flat;
    sqlite3_stmt *m_full = nullptr, *m_last = nullptr; // for a full buffer, and for the rest
    ScriptText m_fullText, m_lastText;
    qsizetype m_lastRows = 0;
    qint64 m_loaded = 0;
};

} // namespace strata::connectors

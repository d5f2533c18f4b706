// Session::load for SQLite: multi-row INSERTs prepared once and run as often as the rows need, in a
// transaction of its own or a savepoint of the caller's, so that a failed load leaves no rows behind.
// Rows are bound from RowBatches (text without a copy); loads of Rows are put into batches first.
#pragma once

#include "SqliteSession.h"

#include "connectors/RowBatch.h"

namespace strata::connectors {

class SqliteLoader
{
public:
    SqliteLoader(SqliteSession &session, const ExecOptions &options) : m_session(session), m_options(options) {}
    ~SqliteLoader();

    Result<qint64> run(const QString &schema, const QString &table, const QStringList &columns, const BatchSource &next);
    /// Rows, read into batches of a few thousand.
    Result<qint64> run(const QString &schema, const QString &table, const QStringList &columns, const RowSource &next);

private:
    /// `sourceError`: set by a source that found a bad row; the load stops there and is undone.
    Result<qint64> load(const QString &schema, const QString &table, const QStringList &columns, const BatchSource &next,
                        const std::optional<Error> *sourceError);
    Result<void> insertBatches(const QString &target, const QStringList &columns, const BatchSource &next,
                               const std::optional<Error> *sourceError);
    /// Inserts `count` rows of the batch from row `first` with the statement for that many rows.
    Result<void> insert(const RowBatch &batch, qsizetype first, qsizetype count);
    Result<sqlite3_stmt *> statementFor(qsizetype rows);

    SqliteSession &m_session;
    const ExecOptions &m_options;
    QString m_insertHead; // INSERT INTO "t" ("a", "b") VALUES
    QString m_rowPlaceholders;
    qsizetype m_rowsPerInsert = 1;
    sqlite3_stmt *m_full = nullptr, *m_last = nullptr; // for a full statement, and for the rest
    ScriptText m_fullText, m_lastText;
    qsizetype m_lastRows = 0;
    qint64 m_loaded = 0;
};

} // namespace strata::connectors

// What one statement of a script did: where it is in the script, its rows, its time.
#pragma once

#include <QMap>
#include <QString>

namespace strata::connectors {

struct ResultSummary
{
    int statementIndex = -1;  ///< 0-based position of the statement in the script
    qsizetype offset = 0;     ///< where the statement starts in the script (QString index)
    qsizetype length = 0;     ///< its length in the script
    QString commandTag;       ///< PostgreSQL's tag ("SELECT 3", "INSERT 0 1"); empty for SQLite
    qint64 rowsAffected = -1; ///< rows inserted, updated or deleted; -1 when the statement is not one that changes rows
    qint64 rowsRead = 0;      ///< rows fetched so far
    bool finished = false;    ///< the statement has completed and every row was read
    /// The rows are the lines of a COPY ... TO STDOUT, in one text column, formatted by the server.
    bool copyLines = false;
    qint64 elapsedUs = 0;     ///< time spent waiting on the server for this statement, in microseconds
    /// SQLite's per-statement counters (sqlite3_stmt_status): "fullscan_steps", "sorts",
    /// "autoindexes", "vm_steps", "reprepares", "runs", "filter_misses", "filter_hits", "memory_bytes";
    /// and "rows_visited" (sqlite3_stmt_scanstatus) when the linked SQLite was built with
    /// SQLITE_ENABLE_STMT_SCANSTATUS. Counters of a prepared statement add up over its runs.
    QMap<QString, qint64> counters;
};

} // namespace strata::connectors

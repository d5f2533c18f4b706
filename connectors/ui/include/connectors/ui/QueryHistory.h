// The query history: every run of an editor tab (its SQL, connection, time, rows, error) in a small
// SQLite file in the app's data folder, written through the connectors' SQLite session with bound
// parameters. Searching matches the SQL and the connection name. Thread-safe: the history view
// searches on a pool thread while tabs add entries from the GUI thread.
#pragma once

#include <connectors/Session.h>
#include <QDateTime>
#include <QMutex>

namespace strata::connectors::ui {

struct HistoryEntry
{
    qint64 id = 0;
    QDateTime ranAt;
    QString connection;
    QString sql;
    qint64 elapsedMs = 0;
    qint64 rows = -1; ///< rows returned or changed by the last statement; -1 when none
    QString error;    ///< empty when it succeeded

    bool operator==(const HistoryEntry &) const = default;
};

class QueryHistory
{
public:
    /// Entries beyond this many are dropped, oldest first.
    static constexpr int maxEntries = 10000;

    /// Opens (creating when needed) the history file.
    static Result<std::unique_ptr<QueryHistory>> open(const QString &path);

    Result<void> add(const HistoryEntry &entry);
    /// The newest entries whose SQL or connection contains `text` (any case; all when empty).
    Result<QList<HistoryEntry>> search(const QString &text, int limit = 500) const;
    Result<void> clear();

private:
    explicit QueryHistory(std::unique_ptr<Session> session) : m_session(std::move(session)) {}

    mutable QMutex m_mutex; // a Session is used by one thread at a time
    std::unique_ptr<Session> m_session;
};

} // namespace strata::connectors::ui

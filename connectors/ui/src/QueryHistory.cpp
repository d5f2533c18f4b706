#include "connectors/ui/QueryHistory.h"

#include <QDir>
#include <QFileInfo>

namespace strata::connectors::ui {

namespace {

// WAL with synchronous=NORMAL: an entry costs no fsync, so adding one never stalls the GUI thread.
const char *const schema = R"(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS history (
  id INTEGER PRIMARY KEY,
  ran_at TEXT NOT NULL,
  connection TEXT NOT NULL,
  sql TEXT NOT NULL,
  elapsed_ms INTEGER NOT NULL,
  row_count INTEGER NOT NULL,
  error TEXT NOT NULL
);
)";

// LIKE's wildcards in the user's text match themselves.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

Result<std::unique_ptr<QueryHistory>> QueryHistory::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    ConnectionSpec spec;
    spec.dialect = Dialect::Sqlite;
    spec.target = path;
    spec.createIfMissing = true;
    auto session = Session::open(spec);
    if (!session)
        return session.error();
    auto created = (*session)->query(QString::fromLatin1(schema));
    if (!created)
        return created.error();
    return std::unique_ptr<QueryHistory>(new QueryHistory(std::move(*session)));
}

Result<void> QueryHistory::add(const HistoryEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    const Row values{entry.ranAt.toUTC().toString(Qt::ISODateWithMs),
                     entry.connection,
                     entry.sql,
                     entry.elapsedMs,
                     entry.rows,
                     entry.error};
    auto inserted = m_session->query(
        QStringLiteral("INSERT INTO history (ran_at, connection, sql, elapsed_ms, row_count, "
                       "error) VALUES (?, ?, ?, ?, ?, ?)"),
        values);
    if (!inserted)
        return inserted.error();
    auto trimmed =
        m_session->query(QStringLiteral("DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - ?"),
                         {qint64(maxEntries)});
    return trimmed ? Result<void>() : Result<void>(trimmed.error());
}

Result<QList<HistoryEntry>> QueryHistory::search(const QString &text, int limit) const
{
    QMutexLocker lock(&m_mutex);
    const QString pattern = likePattern(text);
    auto found = m_session->query(
        QStringLiteral("SELECT id, ran_at, connection, sql, elapsed_ms, row_count, error FROM history "
                       "WHERE sql LIKE ?1 ESCAPE '\\' OR connection LIKE ?1 ESCAPE '\\' "
                       "ORDER BY id DESC LIMIT ?2"),
        {pattern, qint64(limit)});
    if (!found)
        return found.error();
    QList<HistoryEntry> entries;
    for (const Row &row : found->rows) {
        QDateTime when = QDateTime::fromString(row[1].toString(), Qt::ISODateWithMs);
        entries.append({row[0].toLongLong(), when.toLocalTime(), row[2].toString(), row[3].toString(),
                        row[4].toLongLong(), row[5].toLongLong(), row[6].toString()});
    }
    return entries;
}

Result<void> QueryHistory::clear()
{
    QMutexLocker lock(&m_mutex);
    auto cleared = m_session->query(QStringLiteral("DELETE FROM history"));
    return cleared ? Result<void>() : Result<void>(cleared.error());
}

} // namespace strata::connectors::ui

#include "IndexTrial.h"

#include <modeler/SqlQuoting.h>

#include <QElapsedTimer>

namespace strata::workload {

using namespace strata::connectors;

IndexTrial::IndexTrial(Session &session, const IndexCandidate &candidate, const QStringList &taken)
    : m_session(session), m_candidate(candidate), m_sqlite(session.dialect() == connectors::Dialect::Sqlite)
{
    QString base = (candidate.table + u'_' + candidate.columns.join(u'_')).toLower();
    base.truncate(59); // PostgreSQL keeps 63 bytes of a name
    m_name = base + QStringLiteral("_idx");
    for (int n = 2; taken.contains(m_name, Qt::CaseInsensitive); ++n)
        m_name = base + QStringLiteral("_idx%1").arg(n);
}

QString IndexTrial::quoted(const QString &name) const
{
    return modeler::quoteIdentifier(name, m_sqlite ? modeler::Dialect::Sqlite : modeler::Dialect::Postgres);
}

QString IndexTrial::table() const
{
    return m_candidate.schema.isEmpty() || m_sqlite ? quoted(m_candidate.table) : quoted(m_candidate.schema) + u'.' + quoted(m_candidate.table);
}

QString IndexTrial::keyList() const
{
    QStringList keys;
    for (const QString &c : m_candidate.columns)
        keys << quoted(c) + (m_candidate.descending.contains(c) ? QStringLiteral(" DESC") : QString());
    return keys.join(QStringLiteral(", "));
}

QString IndexTrial::createSql() const
{
    QString sql = QStringLiteral("CREATE INDEX %1 ON %2 (%3)").arg(quoted(m_name), table(), keyList());
    if (!m_candidate.include.isEmpty()) {
        QStringList include;
        for (const QString &c : m_candidate.include)
            include << quoted(c);
        sql += QStringLiteral(" INCLUDE (%1)").arg(include.join(QStringLiteral(", ")));
    }
    return sql + u';';
}

Result<double> IndexTrial::create()
{
    // In PostgreSQL a refused statement spoils the transaction: a savepoint takes the refusal back.
    if (!m_sqlite)
        if (auto saved = m_session.query(QStringLiteral("SAVEPOINT strata_trial")); !saved)
            return saved.error();
    QElapsedTimer clock;
    clock.start();
    auto done = m_session.query(createSql());
    if (!done) {
        if (!m_sqlite)
            (void)m_session.query(QStringLiteral("ROLLBACK TO SAVEPOINT strata_trial"));
        return done.error();
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (m_sqlite) // the planner weighs an index by its statistics, as it does the others'
        if (auto analysed = m_session.query(QStringLiteral("ANALYZE %1").arg(quoted(m_name))); !analysed)
            return analysed.error();
    return ms;
}

Result<void> IndexTrial::drop()
{
    const QString name = m_candidate.schema.isEmpty() || m_sqlite ? quoted(m_name) : quoted(m_candidate.schema) + u'.' + quoted(m_name);
    auto done = m_session.query(QStringLiteral("DROP INDEX %1").arg(name));
    return done ? Result<void>() : Result<void>(done.error());
}

Result<qint64> IndexTrial::sizeBytes()
{
    auto size = m_sqlite ? m_session.query(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name = ?1"), {m_name})
                         : m_session.query(QStringLiteral("SELECT pg_relation_size($1::regclass)"),
                                           {m_candidate.schema.isEmpty() ? quoted(m_name) : quoted(m_candidate.schema) + u'.' + quoted(m_name)});
    if (!size)
        return size.error();
    return size->rows.value(0).value(0).toLongLong();
}

Result<double> IndexTrial::timedInsert(const QString &scratch, qint64 rows)
{
    QElapsedTimer clock;
    clock.start();
    auto copied = m_session.query(QStringLiteral("INSERT INTO %1 SELECT * FROM %2 LIMIT %3").arg(scratch, table()).arg(rows));
    if (!copied)
        return copied.error();
    const double us = double(clock.nsecsElapsed()) / 1e3 / double(std::max<qint64>(rows, 1));
    if (auto emptied = m_session.query(QStringLiteral("DELETE FROM %1").arg(scratch)); !emptied)
        return emptied.error();
    return us;
}

Result<std::pair<double, double>> IndexTrial::writeCost(qint64 rows)
{
    const QString scratch = m_sqlite ? QStringLiteral("temp.strata_write_cost") : QStringLiteral("pg_temp.strata_write_cost");
    const QString make = m_sqlite ? QStringLiteral("CREATE TABLE %1 AS SELECT * FROM %2 LIMIT 0").arg(scratch, table())
                                  : QStringLiteral("CREATE TEMP TABLE strata_write_cost (LIKE %1)").arg(table());
    if (auto made = m_session.query(make); !made)
        return made.error();
    double without = 1e300, with = 1e300;
    std::optional<Error> error;
    for (int round = 0; round < 3 && !error; ++round) { // the fastest of three: the others met a busy machine
        auto t = timedInsert(scratch, rows);
        t ? (void)(without = std::min(without, *t)) : (void)(error = t.error());
    }
    const QString index = m_sqlite ? QStringLiteral("CREATE INDEX temp.strata_write_cost_idx ON strata_write_cost (%1)").arg(keyList())
                                   : QStringLiteral("CREATE INDEX strata_write_cost_idx ON pg_temp.strata_write_cost (%1)").arg(keyList());
    if (!error)
        if (auto made = m_session.query(index); !made)
            error = made.error();
    for (int round = 0; round < 3 && !error; ++round) {
        auto t = timedInsert(scratch, rows);
        t ? (void)(with = std::min(with, *t)) : (void)(error = t.error());
    }
    (void)m_session.query(QStringLiteral("DROP TABLE %1").arg(scratch));
    if (error)
        return *error;
    return std::pair{without, std::max(0.0, with - without)};
}

} // namespace strata::workload

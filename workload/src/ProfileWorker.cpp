#include "ProfileWorker.h"

#include <QElapsedTimer>

namespace strata::workload {

namespace {

// The counters of sqlite3_stmt_status that grow with every run of a prepared statement.
const QStringList growingCounters{QStringLiteral("fullscan_steps"), QStringLiteral("sorts"), QStringLiteral("autoindexes"),
                                  QStringLiteral("vm_steps"), QStringLiteral("rows_visited")};

} // namespace

ProfileWorker::ProfileWorker(const Workload &workload, connectors::Session &session, ParameterDraw draw, quint64 seed, bool measure)
    : m_workload(workload), m_session(session), m_draw(std::move(draw)), m_random(seed), m_measure(measure),
      m_sqlite(session.dialect() == connectors::Dialect::Sqlite), m_tallies(size_t(workload.statements.size())),
      m_lastCounters(size_t(workload.statements.size()))
{}

void ProfileWorker::prepare()
{
    double sum = 0;
    for (int i = 0; i < m_workload.statements.size(); ++i) {
        auto prepared = m_session.prepare(m_workload.statements[i].sqlFor(m_sqlite));
        if (prepared) {
            m_prepared.push_back(*prepared);
            sum += m_workload.statements[i].weight;
        } else {
            m_prepared.emplace_back();
            m_tallies[size_t(i)].errors = 1;
            m_tallies[size_t(i)].firstError = prepared.error().toString();
        }
        m_cumulative.push_back(sum);
    }
}

int ProfileWorker::pick()
{
    const double target = m_random.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return int(std::min<qsizetype>(it - m_cumulative.begin(), qsizetype(m_cumulative.size()) - 1));
}

void ProfileWorker::execute(int statement, const connectors::Row &params, bool record)
{
    Tally &tally = m_tallies[size_t(statement)];
    QElapsedTimer clock;
    if (m_measure)
        clock.start();
    qint64 rows = 0;
    auto cursor = m_session.run(m_prepared[size_t(statement)], params);
    auto more = cursor ? (*cursor)->nextResult() : Result<bool>(cursor.error());
    std::optional<Error> error = more ? std::nullopt : std::optional<Error>(more.error());
    while (!error && *more) {
        auto batch = (*cursor)->fetch(1000);
        if (!batch)
            error = batch.error();
        else if (batch->isEmpty())
            break;
        else
            rows += batch->size();
    }
    const double milliseconds = m_measure ? double(clock.nsecsElapsed()) / 1e6 : 0;
    if (error) {
        if (record && tally.errors++ == 0)
            tally.firstError = error->toString();
        return;
    }
    if (!m_measure)
        return;
    const QMap<QString, qint64> &now = (*cursor)->summary().counters;
    QMap<QString, qint64> &last = m_lastCounters[size_t(statement)];
    for (const QString &name : growingCounters) {
        if (!now.contains(name))
            continue;
        if (record)
            tally.counters[name] += double(now.value(name) - last.value(name));
        last[name] = now.value(name);
    }
    if (!record)
        return;
    tally.latencies << milliseconds;
    ++tally.executions;
    tally.rows += rows;
}

Result<void> ProfileWorker::run(qint64 count, const QDeadlineTimer &deadline, TaskControl *control, std::atomic<qint64> *done,
                                bool reports, qint64 reportsOf)
{
    if (m_cumulative.empty() || m_cumulative.back() <= 0)
        return Result<void>::success(); // nothing prepared: the tallies say why
    for (int i = 0; i < m_workload.statements.size(); ++i) // warm-up: caches, plans; not counted
        if (m_prepared[size_t(i)].isValid())
            execute(i, m_draw.draw(i, m_random), false);
    for (qint64 n = 0; n < count && !deadline.hasExpired(); ++n) {
        if (TaskControl::cancelled(control))
            return Error(QStringLiteral("the profile was cancelled"), {}, QLatin1String(cancelledCode));
        const int statement = pick();
        const connectors::Row params = m_draw.draw(statement, m_random);
        execute(statement, params, true);
        const qint64 all = done->fetch_add(1, std::memory_order_relaxed) + 1;
        if (reports && n % 256 == 0)
            TaskControl::report(control, all, reportsOf, QStringLiteral("profiling"));
    }
    return Result<void>::success();
}

} // namespace strata::workload

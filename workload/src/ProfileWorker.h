// One session's share of a profiling run: the workload's statements prepared once, then executed in
// the order the worker's seeded stream picks them by weight, with parameters from their sources;
// each execution timed from the call to the last row read, with its rows and (SQLite) the
// statement's counters. Parameters are drawn before the clock starts.
#pragma once

#include "ParameterDraw.h"

#include <connectors/Session.h>

#include <strata/TaskControl.h>

#include <QDeadlineTimer>

namespace strata::workload {

class ProfileWorker
{
public:
    /// What one statement did on this worker.
    struct Tally
    {
        QList<double> latencies; ///< ms
        qint64 executions = 0;
        qint64 rows = 0;
        qint64 errors = 0;
        QString firstError;
        QMap<QString, double> counters; ///< summed over executions
    };

    ProfileWorker(const Workload &workload, connectors::Session &session, ParameterDraw draw, quint64 seed, bool measure);

    /// Prepares every statement; one that does not prepare is counted as an error and never picked.
    void prepare();
    /// Runs `count` executions (all of them when the deadline never expires), or until the deadline.
    /// `done` counts the executions of every worker; `reportsOf` (0: unknown) is what progress
    /// reports tell them against, from this worker when `reports`.
    Result<void> run(qint64 count, const QDeadlineTimer &deadline, TaskControl *control, std::atomic<qint64> *done, bool reports,
                     qint64 reportsOf);
    const std::vector<Tally> &tallies() const { return m_tallies; }

private:
    int pick();
    void execute(int statement, const connectors::Row &params, bool record);

    const Workload &m_workload;
    connectors::Session &m_session;
    ParameterDraw m_draw;
    SeededRandom m_random;
    bool m_measure;
    bool m_sqlite;
    std::vector<connectors::PreparedStatement> m_prepared;
    std::vector<double> m_cumulative; // running sums of the weights of the statements that prepared
    std::vector<Tally> m_tallies;
    std::vector<QMap<QString, qint64>> m_lastCounters; // SQLite's counters only grow: each run is the difference
};

} // namespace strata::workload

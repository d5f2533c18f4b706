// Times the reading statements of a workload for index advice: each with the same parameter sets
// every time (drawn once from a seeded stream), in rounds, each round running a statement until it
// has had its share of time; the median of the rounds' medians, and the fastest and slowest round.
#pragma once

#include "ParameterDraw.h"

#include <connectors/Session.h>

#include <strata/TaskControl.h>

namespace strata::workload {

class StatementTimer
{
public:
    struct Measurement
    {
        double medianMs = 0;              ///< the median of the rounds' medians
        double fastestMs = 0, slowestMs = 0; ///< the fastest and the slowest round's median
    };

    StatementTimer(const Workload &workload, connectors::Session &session, ParameterDraw &draw, quint64 seed, int rounds,
                   double roundMs);
    ~StatementTimer();

    /// Measures the statements `which` (indexes into the workload); an Error when one fails.
    Result<QList<Measurement>> measure(const QList<int> &which, TaskControl *control);
    /// The parameters the statement is timed with first (for its plan).
    const connectors::Row &firstParameters(int statement) const { return m_params[size_t(statement)].front(); }

private:
    Result<double> roundMedian(int statement);

    const Workload &m_workload;
    connectors::Session &m_session;
    int m_rounds;
    double m_roundMs;
    std::vector<connectors::PreparedStatement> m_prepared;
    std::vector<std::vector<connectors::Row>> m_params;
};

} // namespace strata::workload

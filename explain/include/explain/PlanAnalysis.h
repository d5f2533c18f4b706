// The analysis of a plan: metrics per node, totals, and the findings most costly first.
#pragma once

#include "explain/Finding.h"
#include "explain/NodeMetrics.h"
#include "explain/Plan.h"

#include <QList>

namespace strata {
class TaskControl;
}

namespace strata::explain {

/// Which number the views colour and rank nodes by.
enum class Metric { Time, Rows, Cost, Buffers, Misestimate };

class PlanAnalysis
{
public:
    QList<NodeMetrics> nodes; ///< one per Plan::nodes, same index
    double totalTime = 0;     ///< the root's inclusive time (ms)
    double totalCost = 0;     ///< the root's total cost
    BufferCounts totalBuffers;
    bool hasTimes = false;
    QList<Finding> findings;  ///< most costly first

    /// Runs the whole analysis. Long plans check `control` for cancel.
    static PlanAnalysis of(const Plan &plan, TaskControl *control = nullptr);

    /// The node's value for a metric (ms, rows, cost, blocks, factor).
    double value(int node, Metric metric) const;
    /// The largest value over all nodes, for colour scales.
    double maximum(Metric metric) const;
    /// The metric to show when the plan has no timing: cost.
    Metric defaultMetric() const { return hasTimes ? Metric::Time : Metric::Cost; }
};

QString metricName(Metric metric); // "time", "rows", ...
bool metricFromName(const QString &name, Metric *metric);

} // namespace strata::explain

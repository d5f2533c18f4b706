// The most expensive operations of a plan, grouped: every Seq Scan on orders together, every Sort
// together, so that a tuner sees where the time goes when a plan has thousands of nodes.
#pragma once

#include "explain/PlanAnalysis.h"

namespace strata::explain {

struct OperationStat
{
    QString operation;   ///< "Seq Scan", "Hash Join", "Sort"
    QString relation;    ///< the table (or index, CTE, function) it works on; empty for none
    int count = 0;       ///< nodes in the group
    double time = 0;     ///< exclusive ms summed
    double share = 0;    ///< of the plan's total time
    double rows = 0;     ///< actual rows summed
    double cost = 0;     ///< exclusive cost summed
    qint64 blocks = 0;   ///< exclusive buffers summed
    QList<int> nodes;    ///< the nodes, in plan order
};

class OperationStats
{
public:
    /// One entry per (operation, relation), most expensive first (by time; by cost without timing).
    static QList<OperationStat> of(const Plan &plan, const PlanAnalysis &analysis);
};

} // namespace strata::explain

// Two plans of the same query side by side (before and after an index, a rewrite, a setting):
// their nodes matched, and the change in time, rows and buffers per node and in total.
#pragma once

#include "explain/PlanAnalysis.h"

#include <QList>

#include <vector>

namespace strata::explain {

struct NodePair
{
    int before = -1; ///< -1: the node exists only after
    int after = -1;  ///< -1: the node exists only before
};

struct PlanTotals
{
    double executionTime = 0; ///< ms ("Execution Time", else the root's time)
    double planningTime = 0;
    double totalCost = 0;
    double rows = 0; ///< rows the root returned
    BufferCounts buffers;
};

/// What both plans measured, so that a comparison shows no change of what neither had (SQLite's plans
/// and plain EXPLAIN have no times, rows or buffers).
struct PlanMeasures
{
    bool executionTime = false; ///< the summary's, or the root's time
    bool planningTime = false;
    bool times = false;   ///< per node (ANALYZE with TIMING)
    bool actuals = false; ///< rows and loops (ANALYZE)
    bool costs = false;
    bool buffers = false;
};

class PlanComparison
{
public:
    /// Matches the nodes: scans of the same table and alias first (so a Seq Scan that became an
    /// Index Scan is one pair), then the operations above them by the scans they combine, then
    /// what is left by position under matched parents.
    static PlanComparison compare(const Plan &before, const PlanAnalysis &beforeAnalysis, const Plan &after,
                                  const PlanAnalysis &afterAnalysis);

    /// Every node of both plans in exactly one pair: the after plan's order, then nodes only before.
    QList<NodePair> pairs;
    std::vector<int> afterOfBefore; ///< for each before node, its match in after or -1
    std::vector<int> beforeOfAfter; ///< for each after node, its match in before or -1
    PlanTotals beforeTotals, afterTotals;
    PlanMeasures measured;

    /// Change of the pair's exclusive time, rows and buffers (after minus before; a missing side counts 0).
    double timeDelta(const NodePair &pair) const;
    double rowsDelta(const NodePair &pair) const;
    double buffersDelta(const NodePair &pair) const;
    const PlanAnalysis &beforeAnalysis() const { return m_before; }
    const PlanAnalysis &afterAnalysis() const { return m_after; }

private:
    PlanComparison(const PlanAnalysis &before, const PlanAnalysis &after) : m_before(before), m_after(after) {}
    PlanAnalysis m_before, m_after;
};

} // namespace strata::explain

// Splits a cumulative measure (time, buffers, I/O time) that every node reports for its whole
// subtree into what each node did itself. Children are subtracted from their parent, except
// InitPlans and CTEs: their work is counted where it was done, in the node that used their result
// (the CTE Scan reading the CTE, the scan whose condition uses "$0"). What rounding and parallel
// averaging leave below zero moves to the parent, so every share is at least zero and the shares
// add up to the root's value.
#pragma once

#include "explain/Plan.h"

#include <vector>

namespace strata::explain {

class Attribution
{
public:
    explicit Attribution(const Plan &plan);
    /// `inclusive[i]` is node i's value for its subtree; returns each node's own part.
    std::vector<double> exclusive(const std::vector<double> &inclusive) const;
    /// The nodes that use an InitPlan's or CTE's result, in plan order.
    const std::vector<int> &consumers(int initPlan) const { return m_consumers[initPlan]; }

private:
    void findConsumers();
    double charge(std::vector<double> &exclusive, int node, double amount) const;

    const Plan &m_plan;
    std::vector<int> m_subtreeEnd;
    std::vector<std::vector<int>> m_consumers;
};

} // namespace strata::explain

// The annotated plan as text for a terminal: one line per node with its exclusive time and share,
// rows against the estimate, loops and buffers, drawn as a tree, then the findings; and the same
// for a comparison of two plans.
#pragma once

#include "explain/PlanAnalysis.h"
#include "explain/PlanComparison.h"

namespace strata::explain {

class PlanTextReport
{
public:
    static QString render(const Plan &plan, const PlanAnalysis &analysis);
    static QString renderComparison(const Plan &before, const Plan &after, const PlanComparison &comparison);
    /// The tree-drawing prefix of each node ("│  ├─ ") in preorder.
    static QStringList treePrefixes(const Plan &plan);
    /// "[InitPlan 1 (returns $0)] Seq Scan on t x": the title with the subplan it belongs to.
    static QString nodeLine(const PlanNode &node);
};

} // namespace strata::explain

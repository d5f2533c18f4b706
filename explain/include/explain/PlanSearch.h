// Finding nodes by what a user types: a node type, a table, an index, an alias, a CTE, or words
// of a condition ("orders", "pkey", "Hash Join", "status = ").
#pragma once

#include "explain/Plan.h"

namespace strata::explain {

class PlanSearch
{
public:
    /// Nodes whose title or conditions contain every word of `query` (case-insensitive), in plan
    /// order; names (type, relation, index, alias) rank before matches inside conditions.
    static QList<int> find(const Plan &plan, const QString &query);
};

} // namespace strata::explain

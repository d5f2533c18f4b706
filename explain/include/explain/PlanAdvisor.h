// Turns a plan's metrics into findings a tuner acts on: a sequential scan that throws most rows
// away, a misestimate, a sort or hash that spilled to disk, a nested loop over a big inner side,
// heap fetches, lossy bitmaps, missing workers, JIT or trigger time; for SQLite, full scans inside
// loops, temp B-trees and automatic indexes. Each finding names its node and says what to do.
#pragma once

#include "explain/Finding.h"

#include <QList>

namespace strata::explain {

class Plan;
class PlanAnalysis;

class PlanAdvisor
{
public:
    /// Most costly first (Finding::impact: ms, or cost units for a plan without timing).
    static QList<Finding> findings(const Plan &plan, const PlanAnalysis &analysis);
    /// Columns a filter compares ("(status = 'x') AND (created_at > now())" -> status, created_at),
    /// equality comparisons first: the order an index on them should have.
    static QStringList filterColumns(const QString &condition);
};

} // namespace strata::explain

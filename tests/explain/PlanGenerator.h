// Test and benchmark helper: EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) text of made-up plans of any
// size, shaped like real ones (joins, aggregates, sorts, nested UNION ALL, partitioned scans), with
// times and buffers that add up as PostgreSQL's do. Seeded: the same arguments give the same plan.
#pragma once

#include <QString>

namespace strata::test {

enum class PlanShape {
    Mixed,      ///< nested joins, aggregates, sorts and UNION ALL branches: deep and wide
    Partitions, ///< one Append over a partitioned table's scans: flat and very wide
};

QString generatedPlanJson(int nodes, PlanShape shape, quint32 seed = 1);

} // namespace strata::test

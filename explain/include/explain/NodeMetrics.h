// What the analysis computes for one plan node: the numbers a tuner reads first.
#pragma once

#include "explain/BufferCounts.h"

#include <QString>

namespace strata::explain {

struct NodeMetrics
{
    /// Wall-clock ms spent in the node and its subtree: per-loop time × loops, divided by the
    /// parallel processes that shared the work.
    double inclusiveTime = 0;
    /// ms spent in the node itself. Never below zero; over all nodes they add up to the root's
    /// inclusive time (InitPlan, SubPlan and CTE time is counted once, where it was spent).
    double exclusiveTime = 0;
    double timeShare = 0; ///< exclusiveTime / the root's inclusive time, 0..1
    int processes = 1;    ///< leader and workers that ran this node (1 outside Gather)

    double totalRows = 0;     ///< actual rows over all loops
    double estimatedRows = 0; ///< planned rows over all loops
    /// Actual rows / estimated rows per loop (each at least 1): above 1 the planner expected too
    /// few rows (under-estimate), below 1 too many. 1 when there is nothing to compare.
    double misestimate = 1;
    double rowsRemoved = 0;   ///< by Filter, Join Filter and Index Recheck, over all loops
    double heapFetches = 0;   ///< Index Only Scan rows that had to visit the table

    double exclusiveCost = 0; ///< Total Cost minus the children's (never below zero)

    BufferCounts buffers;          ///< as reported: the node and its subtree
    BufferCounts exclusiveBuffers; ///< the node itself, same attribution as the time
    double ioTime = 0;             ///< ms reading and writing blocks (track_io_timing), subtree
    double exclusiveIoTime = 0;

    double spilledKb = 0; ///< written to disk by a sort, hash or aggregate that ran out of work_mem
    QString spill;        ///< what spilled, for a reader: "sort: external merge, 11 MB on disk"

    /// Misestimate as a factor of at least 1, and whether the planner expected fewer rows.
    double misestimateFactor() const { return misestimate >= 1 ? misestimate : 1 / misestimate; }
    bool isUnderEstimate() const { return misestimate > 1; }
};

} // namespace strata::explain

#include "explain/FieldOrder.h"

#include <QHash>

#include <algorithm>

namespace strata::explain {

namespace {

// As ExplainNode() and ExplainOnePlan() in PostgreSQL's explain.c write them (12 to 18).
const char *const order[] = {
    "Plan", "Node Type", "Strategy", "Partial Mode", "Operation", "Parent Relationship", "Subplan Name",
    "Custom Plan Provider", "Parallel Aware", "Async Capable", "Scan Direction", "Index Name",
    "Relation Name", "Function Name", "Table Function Name", "CTE Name", "Tuplestore Name", "Schema",
    "Alias", "Join Type", "Command", "Detail", "Startup Cost", "Total Cost", "Plan Rows", "Plan Width",
    "Actual Startup Time", "Actual Total Time", "Actual Rows", "Actual Loops", "Disabled", "Output",
    "Inner Unique", "Sampling Method", "Sampling Parameters", "Repeatable Seed", "Group Key",
    "Grouping Sets", "Sort Key", "Presorted Key", "Window", "Hash Cond", "Merge Cond", "Index Cond",
    "Recheck Cond", "TID Cond", "Join Filter", "Rows Removed by Index Recheck", "Order By",
    "Rows Removed by Join Filter", "Filter", "Rows Removed by Filter", "One-Time Filter",
    "Run Condition", "Heap Fetches", "Index Searches", "Exact Heap Blocks", "Lossy Heap Blocks",
    "Workers Planned", "Workers Launched", "Single Copy", "Function Call", "Table Function Call",
    "Cache Key", "Cache Mode", "Cache Hits", "Cache Misses", "Cache Evictions", "Cache Overflows",
    "Sort Method", "Sort Space Used", "Sort Space Type", "Full-sort Groups", "Pre-sorted Groups",
    "Hash Buckets", "Original Hash Buckets", "Hash Batches", "Original Hash Batches",
    "Peak Memory Usage", "Planned Partitions", "HashAgg Batches", "Disk Usage", "Storage",
    "Maximum Storage", "Target Tables", "Conflict Resolution", "Conflict Arbiter Indexes",
    "Conflict Filter", "Rows Removed by Conflict Filter", "Tuples Inserted", "Conflicting Tuples",
    "Tuples Updated", "Tuples Deleted", "Tuples Skipped", "Subplans Removed", "Shared Hit Blocks",
    "Shared Read Blocks", "Shared Dirtied Blocks", "Shared Written Blocks", "Local Hit Blocks",
    "Local Read Blocks", "Local Dirtied Blocks", "Local Written Blocks", "Temp Read Blocks",
    "Temp Written Blocks", "I/O Read Time", "I/O Write Time", "Shared I/O Read Time",
    "Shared I/O Write Time", "Local I/O Read Time", "Local I/O Write Time", "Temp I/O Read Time",
    "Temp I/O Write Time", "WAL Records", "WAL FPI", "WAL Bytes", "WAL Buffers Full", "Workers",
    "Worker Number", "Relations", "Remote SQL", "Unparsed Lines", "Plans",
    // The summary beside "Plan".
    "Settings", "Query Identifier", "Planning", "Memory Used", "Memory Allocated", "Planning Time",
    "Triggers", "Trigger Name", "Constraint Name", "Relation", "Time", "Calls", "JIT", "Functions",
    "Options", "Timing", "Serialization", "Output Volume", "Format", "Execution Time", "Total Runtime"};

const QHash<QString, int> &ranks()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        int i = 0;
        for (const char *key : order)
            t.insert(QLatin1String(key), i++);
        return t;
    }();
    return table;
}

} // namespace

int FieldOrder::rank(const QString &key)
{
    return ranks().value(key, int(std::size(order)));
}

QStringList FieldOrder::sorted(QStringList keys)
{
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return keys;
}

} // namespace strata::explain

// One operation of an execution plan: every field the database reported, kept as is, plus typed
// copies of the fields the analysis needs.
#pragma once

#include "explain/BufferCounts.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strata::explain {

/// How a node hangs under its parent ("Parent Relationship" in PostgreSQL's JSON).
enum class Relationship { None, Outer, Inner, Member, Subquery, InitPlan, SubPlan, Child };

Relationship relationshipFromName(QStringView name);
QString relationshipName(Relationship relationship); // "Outer", ...; empty for None

class PlanNode
{
public:
    /// Every field as PostgreSQL emits it in EXPLAIN (FORMAT JSON), with its key names, except
    /// "Plans" (the children are `children`). Fields no parser understands are kept here too.
    QJsonObject fields;

    int index = 0;  ///< position in Plan::nodes (preorder: a parent comes before its subtree)
    int parent = -1;
    QList<int> children;
    int depth = 0;

    // Typed copies of fields, filled by readFields().
    QString nodeType; ///< "Seq Scan", "Hash Join", "Aggregate" (PostgreSQL's JSON name)
    QString relationName, schema, alias, indexName, cteName, functionName;
    QString subplanName; ///< "InitPlan 1 (returns $0)", "CTE totals", "SubPlan 2"
    QString joinType, strategy, partialMode, operation, scanDirection, command, customProvider;
    Relationship relationship = Relationship::None;
    bool parallelAware = false;
    bool asyncCapable = false;

    bool hasCosts = false;
    double startupCost = 0, totalCost = 0, planRows = 0, planWidth = 0;

    bool hasActuals = false; ///< EXPLAIN ANALYZE: actual rows and loops are known
    bool hasTimes = false;   ///< ... and so are the actual times (not TIMING OFF)
    double actualStartupTime = 0, actualTotalTime = 0; ///< ms, per loop (averaged by PostgreSQL)
    double actualRows = 0, actualLoops = 0;            ///< rows per loop

    double rowsRemovedByFilter = 0, rowsRemovedByJoinFilter = 0, rowsRemovedByIndexRecheck = 0; ///< per loop
    bool hasHeapFetches = false;
    double heapFetches = 0;

    bool hasBuffers = false;
    BufferCounts buffers;        ///< inclusive of the children, summed over loops and workers
    double ioReadTime = 0;       ///< ms, all scopes (shared, local, temp)
    double ioWriteTime = 0;

    int workersPlanned = -1, workersLaunched = -1; ///< Gather / Gather Merge; -1 when not given

    QString sortMethod, sortSpaceType; ///< "external merge", "Disk"
    double sortSpaceUsed = 0;          ///< kB
    double hashBatches = 0, originalHashBatches = 0, hashAggBatches = 0;
    double diskUsage = 0;   ///< kB written by a hash aggregate that spilled
    double peakMemory = 0;  ///< kB
    double exactHeapBlocks = 0, lossyHeapBlocks = 0;

    /// Fills the typed members from `fields`.
    void readFields();

    /// The node's name as EXPLAIN's text format prints it: "Parallel Seq Scan", "Hash Left Join",
    /// "Partial HashAggregate", "Index Scan Backward", "Insert".
    QString label() const;
    /// What it works on: "using orders_pkey on public.orders o", "on orders", "on generate_series g".
    QString target() const;
    /// label() and target() together, the one line a card or a tree shows.
    QString title() const;

    bool isNeverExecuted() const { return hasActuals && actualLoops == 0; }
    /// Actual rows summed over all loops.
    double totalRows() const { return actualRows * actualLoops; }
    /// "CTE name" InitPlans: materialised once, read by CTE Scan nodes.
    bool isCte() const { return relationship == Relationship::InitPlan && subplanName.startsWith(u"CTE "); }
    QString cteDefinitionName() const; ///< "x" for "CTE x"
    /// A string field, or an array of strings joined with ", "; empty when missing.
    QString text(const QString &key) const;
};

} // namespace strata::explain

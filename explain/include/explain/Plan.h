// An execution plan as one model for every source: PostgreSQL's JSON and text formats and SQLite's
// EXPLAIN QUERY PLAN all become a tree of PlanNodes with PostgreSQL's field names.
#pragma once

#include "explain/PlanNode.h"

#include <strata/Diagnostic.h>

#include <QJsonObject>
#include <QList>

#include <optional>

namespace strata::explain {

enum class PlanSource { PostgresJson, PostgresText, SqliteRows, SqliteText };

class Plan
{
public:
    PlanSource source = PlanSource::PostgresJson;
    QString sourceName; ///< file name, "<stdin>", or a label given by the caller
    /// Preorder: nodes[0] is the root and every subtree is contiguous.
    QList<PlanNode> nodes;
    /// The fields beside "Plan": "Planning Time", "Execution Time", "Settings", "JIT", "Triggers",
    /// "Planning" (buffers), "Query Identifier", "Serialization", ...
    QJsonObject summary;
    /// What the parser kept as is or had to guess (an unknown line, a node placed by its kind
    /// because the indentation was lost, more than one plan in the input).
    Diagnostics notes;

    bool isEmpty() const { return nodes.isEmpty(); }
    const PlanNode &root() const { return nodes.front(); }
    int size() const { return int(nodes.size()); }
    bool isPostgres() const { return source == PlanSource::PostgresJson || source == PlanSource::PostgresText; }

    std::optional<double> planningTime() const;  ///< ms
    std::optional<double> executionTime() const; ///< ms ("Total runtime" of old versions too)
    bool hasActuals() const;  ///< EXPLAIN ANALYZE
    bool hasTimes() const;    ///< ... with TIMING on
    bool hasBuffers() const;
    bool hasCosts() const;

    /// The plan as PostgreSQL's EXPLAIN (FORMAT JSON) would print it: [{"Plan": {...}, ...summary}].
    QJsonObject toJson() const;
    /// One node with its subtree under "Plans".
    QJsonObject nodeToJson(int index) const;

    /// The last node of the subtree rooted at `index` (preorder), so [index, subtreeEnd] is the subtree.
    int subtreeEnd(int index) const;
    /// True when `ancestor` is `index` or one of its ancestors.
    bool isWithin(int index, int ancestor) const;

    /// Appends a node under `parent` (-1 for the root) and returns its index. Builders must add
    /// nodes in preorder (a node only under one on the path from the root to the last node added).
    int addNode(int parent, QJsonObject fields);
};

} // namespace strata::explain

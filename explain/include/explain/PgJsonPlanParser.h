// Reads PostgreSQL's EXPLAIN (FORMAT JSON) output, with any options (ANALYZE, BUFFERS, VERBOSE,
// SETTINGS, WAL, TIMING off, parallel workers), as psql or another client printed it.
#pragma once

#include "explain/Plan.h"

#include <strata/Result.h>

namespace strata::explain {

class PgJsonPlanParser
{
public:
    /// Every field of every node is kept. Errors name the line and column of bad JSON, or the
    /// node's path ("Plan.Plans[1]") when the JSON is well formed but not a plan.
    static Result<Plan> parse(QStringView text, const QString &sourceName = {});
    /// A plan already parsed into JSON: an array of queries, one query ({"Plan": ...}) or one node.
    static Result<Plan> fromJson(const QJsonValue &json, const QString &sourceName = {});
};

} // namespace strata::explain

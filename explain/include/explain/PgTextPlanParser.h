// Reads PostgreSQL's text EXPLAIN output as psql, pgAdmin or a terminal printed it: with or without
// the "QUERY PLAN" header and its dashes, with table borders, "+" marks, lines wrapped by a
// terminal, quotes around each line, and indentation lost in part. The tree it gives is the one
// PgJsonPlanParser gives for the same plan in JSON.
#pragma once

#include "explain/Plan.h"

#include <strata/Result.h>

namespace strata::explain {

class PgTextPlanParser
{
public:
    /// Lines it cannot read are kept (in the node's "Unparsed Lines" or in Plan::notes), never
    /// dropped silently. Fails only when there is no plan at all.
    static Result<Plan> parse(QStringView text, const QString &sourceName = {});
};

} // namespace strata::explain

// Reads a plan from text of any supported kind, telling the kinds apart: PostgreSQL JSON or text,
// or SQLite's EXPLAIN QUERY PLAN.
#pragma once

#include "explain/Plan.h"

#include <strata/Result.h>

namespace strata::explain {

class PlanReader
{
public:
    enum class Format { Auto, PostgresJson, PostgresText, Sqlite };

    static Result<Plan> read(QStringView text, const QString &sourceName = {}, Format format = Format::Auto);
    static Format detect(QStringView text);
};

} // namespace strata::explain

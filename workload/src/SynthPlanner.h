// Plans a synthetic-data run before anything touches a database: rows per table, a generator per
// column, foreign keys and the order tables are generated in (a cycle is broken at a nullable key,
// filled by UPDATE later), unique keys (KeyPlanner), checks. Every column that cannot be generated
// is named here, with the reason: left NULL where it may be, else the run does not start.
#pragma once

#include "TablePlan.h"

#include "workload/SynthOptions.h"
#include "workload/SynthReport.h"

#include <modeler/Dialect.h>
#include <modeler/Model.h>

#include <strata/Result.h>

#include <vector>

namespace strata::workload {

struct SynthPlan
{
    std::vector<TablePlan> tables; ///< in generation order: parents before children
    Diagnostics diagnostics;
    QList<PlannedTable> summary() const;
};

class SynthPlanner
{
public:
    static Result<SynthPlan> plan(const modeler::Model &model, modeler::Dialect dialect, const SynthOptions &options);
};

} // namespace strata::workload

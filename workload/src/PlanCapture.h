// A workload statement's plan through the explain library, with parameters of one execution:
// SQLite's EXPLAIN QUERY PLAN (rows read by SqlitePlanParser), PostgreSQL's EXPLAIN (ANALYZE,
// BUFFERS, FORMAT JSON) in a transaction that is rolled back (so an INSERT leaves nothing), read by
// PgJsonPlanParser; the plan in one line, the analysis' findings, and for PostgreSQL the rows the
// scans examined.
#pragma once

#include "workload/Workload.h"
#include "workload/WorkloadProfile.h"

#include <connectors/Session.h>

#include <explain/Plan.h>

namespace strata::workload {

class PlanCapture
{
public:
    /// Fills plan, findings and (PostgreSQL) counters["rows_examined"] of `profile`; a plan that
    /// cannot be had is a note.
    static void capture(connectors::Session &session, const WorkloadStatement &statement, const connectors::Row &params,
                        StatementProfile *profile, Diagnostics *notes);
    /// The plan of a statement, or the error that kept it from being had.
    static Result<explain::Plan> plan(connectors::Session &session, const QString &sql, const connectors::Row &params);
    /// The plan in one line: SQLite's steps, or PostgreSQL's nodes, each with its table and index.
    static QString oneLine(const explain::Plan &plan);
};

} // namespace strata::workload

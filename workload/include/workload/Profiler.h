// Runs a workload against a database and measures it: statements picked by weight (the same
// sequence for the same seed), parameters bound from their sources, on one session or several in
// parallel, for a number of executions or a time; then each statement's plan through the explain
// library (EXPLAIN QUERY PLAN for SQLite, EXPLAIN (ANALYZE, FORMAT JSON) inside a rolled-back
// transaction for PostgreSQL) and its fingerprint through libpg_query.
//
// For a GUI: call run() from a worker thread with a TaskControl; TaskControl::report() gets the
// executions done, and cancel() stops the run (it returns an Error with code strata::cancelledCode).
#pragma once

#include "workload/Workload.h"
#include "workload/WorkloadProfile.h"

#include <connectors/Session.h>

#include <strata/TaskControl.h>

#include <functional>
#include <memory>

namespace strata::workload {

struct ProfileOptions
{
    qint64 iterations = 0;      ///< executions in all; 0: 1000, unless durationSeconds is set
    double durationSeconds = 0; ///< run this long instead of a number of executions
    int concurrency = 1;        ///< sessions running statements at once
    quint64 seed = 1;
    bool capturePlans = true;
    /// False: the bare run the benchmark compares with, the same executions and parameters without
    /// timers, counters, plans or fingerprints.
    bool measure = true;
    /// Opens another session to the same database, for concurrency above 1.
    std::function<Result<std::unique_ptr<connectors::Session>>()> openSession;
};

class Profiler
{
public:
    static Result<WorkloadProfile> run(const Workload &workload, connectors::Session &session, const ProfileOptions &options,
                                       TaskControl *control = nullptr);
};

} // namespace strata::workload

// What profiling a workload found: per statement and in total, how often it ran, how long it took
// (percentiles), how many rows it returned and examined, its plan and what the plan analysis says,
// and which statements are the same query by PostgreSQL's fingerprint.
#pragma once

#include <explain/Plan.h>

#include <strata/Diagnostic.h>

#include <QList>
#include <QMap>
#include <QString>

namespace strata::workload {

struct LatencySummary
{
    qint64 count = 0;
    double mean = 0, p50 = 0, p95 = 0, p99 = 0, max = 0; ///< milliseconds

    /// Nearest-rank percentiles of the samples (sorted in place).
    static LatencySummary of(QList<double> &milliseconds);
};

struct StatementProfile
{
    QString name;
    QString sql;
    double weight = 1;
    QString fingerprint;       ///< libpg_query's fingerprint (hex); empty when PostgreSQL's parser cannot read the SQL
    LatencySummary latency;
    qint64 errors = 0;
    QString firstError;
    double rowsReturned = 0;   ///< per execution
    /// Per execution. SQLite: fullscan_steps, sorts, autoindexes, vm_steps (and rows_visited when the
    /// linked SQLite has sqlite3_stmt_scanstatus). PostgreSQL: rows_examined, from EXPLAIN ANALYZE.
    QMap<QString, double> counters;
    QString plan;              ///< the plan in one line: "SEARCH orders USING INDEX ...; USE TEMP B-TREE FOR ORDER BY"
    QStringList findings;      ///< the plan analysis' findings, most costly first
    explain::Plan explainPlan; ///< the plan as the explain library read it, for a plan view; empty when none was had
    QList<double> samples;     ///< every latency measured (ms), for scaling curves; not written by reports
};

/// Statements that are one query to PostgreSQL (the same fingerprint): totals over them.
struct FingerprintGroup
{
    QString fingerprint;
    QStringList statements;
    qint64 executions = 0;
    double totalMilliseconds = 0;
};

struct WorkloadProfile
{
    QString database;           ///< display name
    QString engine;             ///< "SQLite 3.40.1", "PostgreSQL 15.4"
    int concurrency = 1;
    double seconds = 0;         ///< wall time of the measured executions
    double executionsPerSecond = 0;
    LatencySummary total;
    QList<StatementProfile> statements;
    QList<FingerprintGroup> fingerprints;
    /// What the report should say besides: the linked SQLite has no scan status, a statement that
    /// PostgreSQL's parser cannot read has no fingerprint, a sample column has no rows ...
    Diagnostics notes;
};

} // namespace strata::workload

// Fills a database with synthetic data from a model: the schema (through the DDL writer), every
// table's rows (parents first, independent tables generated in parallel, loaded through
// Session::load), then indexes and foreign keys, all in one transaction. Deterministic: the same
// model, sizes and seed give the same rows in the same order.
//
// For a GUI: call run() from a worker thread (QtConcurrent::run) with a TaskControl; progress per
// table comes through SynthOptions::onProgress on that thread (forward it to the GUI thread with a
// queued signal), TaskControl::report() gets the rows of all tables, and TaskControl::cancel()
// stops the run at the next batch. A cancelled or failed run rolls back: no table of the model is
// left behind, not even empty (the target is as it was before).
#pragma once

#include "workload/SynthOptions.h"
#include "workload/SynthReport.h"

#include <connectors/Session.h>
#include <modeler/Model.h>

#include <strata/Result.h>
#include <strata/TaskControl.h>

namespace strata::workload {

class Synthesizer
{
public:
    /// What a run would do, without a database: each table's rows and each column's source, and the
    /// diagnostics; an Error when a column cannot be generated.
    static Result<SynthReport> plan(const modeler::Model &model, connectors::Dialect dialect, const SynthOptions &options);

    /// Creates the model's schema in the session's database and fills it. The database must not
    /// have the model's tables yet, unless options.replace.
    static Result<SynthReport> run(const modeler::Model &model, connectors::Session &session, const SynthOptions &options,
                                   TaskControl *control = nullptr);

    /// Builds a new SQLite database at `path`: in a file beside it while it runs, renamed over
    /// `path` when done. An existing `path` is replaced only with options.replace; a failed or
    /// cancelled run leaves `path` as it was.
    static Result<SynthReport> toSqliteFile(const modeler::Model &model, const QString &path, const SynthOptions &options,
                                            TaskControl *control = nullptr);

    /// The model's embedded engine: a SQLite file beside the model file, named after it
    /// ("shop.strata" -> "shop.sqlite"); where data goes when no target is given.
    static QString defaultSqlitePath(const QString &modelFile);
};

} // namespace strata::workload

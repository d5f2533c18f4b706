#include "workload/Synthesizer.h"

#include "BatchQueue.h"
#include "SynthPlanner.h"
#include "TargetSchema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>

#include <filesystem>

namespace strata::workload {

using namespace strata::connectors;

namespace {

modeler::Dialect modelDialect(connectors::Dialect d)
{
    return d == connectors::Dialect::Sqlite ? modeler::Dialect::Sqlite : modeler::Dialect::Postgres;
}

Error cancelled()
{
    return Error(QStringLiteral("the run was cancelled"), {}, QLatin1String(cancelledCode));
}

// Generates tables on a thread pool as soon as their parents are generated, and loads every batch
// on the calling thread, in whatever order the batches come: one table's batches stay in order.
class Run
{
public:
    Run(SynthPlan &plan, Session &session, const SynthOptions &options, TaskControl *control)
        : m_plan(plan), m_session(session), m_options(options), m_control(control),
          m_kept(plan.tables.size()), m_pending(plan.tables.size()),
          m_state(plan.tables.size(), State::Waiting), m_progress(plan.tables.size()), m_clocks(plan.tables.size()),
          m_queue(2 * threadCount() + 2)
    {
        m_pool.setMaxThreadCount(threadCount());
        for (const TablePlan &t : plan.tables)
            m_totalRows += t.rows;
    }

    ~Run()
    {
        m_queue.close(); // generators blocked on a full queue give up
        m_pool.waitForDone();
    }

    Result<void> generateAndLoad(SynthReport &report)
    {
        for (size_t i = 0; i < m_plan.tables.size(); ++i) {
            m_progress[i] = TableProgress{m_plan.tables[i].label, TableProgress::State::Waiting, 0, m_plan.tables[i].rows, 0};
            tell(i);
        }
        startReady();
        while (m_generated < int(m_plan.tables.size())) {
            if (TaskControl::cancelled(m_control))
                return cancelled();
            std::optional<BatchQueue::Item> item = m_queue.pop(100);
            if (!item)
                continue;
            const size_t t = size_t(item->table);
            if (item->end) {
                if (item->error)
                    return *item->error;
                finishTable(t, report);
                startReady();
                continue;
            }
            if (auto loaded = load(t, item->rows); !loaded)
                return loaded;
            m_queue.recycle(std::move(item->rows));
        }
        return Result<void>::success();
    }

    const std::vector<KeptValues> &kept() const { return m_kept; }
    const std::vector<QList<TableGenerator::PendingUpdate>> &pending() const { return m_pending; }

private:
    enum class State { Waiting, Running, Generated };

    int threadCount() const { return m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount()); }

    void startReady()
    {
        for (size_t i = 0; i < m_plan.tables.size(); ++i) {
            if (m_state[i] != State::Waiting)
                continue;
            const TablePlan &t = m_plan.tables[i];
            if (!std::all_of(t.dependsOn.begin(), t.dependsOn.end(), [&](int p) { return m_state[size_t(p)] == State::Generated; }))
                continue;
            m_state[i] = State::Running;
            m_pool.start([this, i] { generate(int(i)); });
        }
    }

    // On a pool thread.
    void generate(int index)
    {
        TableGenerator generator(m_plan.tables, index, m_kept);
        auto done = generator.run(
            m_options.batchRows,
            [&](RowBatch &&rows) { return m_queue.push(BatchQueue::Item{index, std::move(rows), false, std::nullopt}); },
            [&](int columns) { return m_queue.emptyBatch(columns); });
        m_pending[size_t(index)] = generator.pendingUpdates();
        m_queue.push(BatchQueue::Item{index, RowBatch(), true, done ? std::nullopt : std::optional<Error>(done.error())});
    }

    Result<void> load(size_t t, RowBatch &rows)
    {
        const TablePlan &plan = m_plan.tables[t];
        if (!m_clocks[t].isValid()) {
            m_clocks[t].start();
            m_progress[t].state = TableProgress::State::Loading;
        }
        bool given = false;
        ExecOptions options;
        options.control = m_control;
        auto loaded = m_session.loadBatches(plan.schema, plan.table->name, plan.columnNames,
                                            [&](RowBatch &batch) {
                                                std::swap(batch, rows); // the second call takes it back, to recycle
                                                given = !given;
                                                return given;
                                            },
                                            options);
        if (!loaded) {
            Error e = loaded.error();
            if (e.code != QLatin1String(cancelledCode))
                e.message = QStringLiteral("loading %1: %2").arg(plan.label, e.message);
            return e;
        }
        m_progress[t].rowsDone += *loaded;
        m_loadedRows += *loaded;
        const double seconds = double(m_clocks[t].nsecsElapsed()) / 1e9;
        m_progress[t].rowsPerSecond = seconds > 0 ? double(m_progress[t].rowsDone) / seconds : 0;
        tell(t);
        TaskControl::report(m_control, m_loadedRows, m_totalRows, plan.label);
        return Result<void>::success();
    }

    void finishTable(size_t t, SynthReport &report)
    {
        m_state[t] = State::Generated;
        ++m_generated;
        const double seconds = m_clocks[t].isValid() ? double(m_clocks[t].nsecsElapsed()) / 1e9 : 0;
        m_progress[t].state = TableProgress::State::Done;
        tell(t);
        report.tables << TableReport{m_plan.tables[t].label, m_progress[t].rowsDone, seconds, m_progress[t].rowsPerSecond};
        report.totalRows += m_progress[t].rowsDone;
    }

    void tell(size_t t) const
    {
        if (m_options.onProgress)
            m_options.onProgress(m_progress[t]);
    }

    SynthPlan &m_plan;
    Session &m_session;
    const SynthOptions &m_options;
    TaskControl *m_control;
    std::vector<KeptValues> m_kept;
    std::vector<QList<TableGenerator::PendingUpdate>> m_pending;
    std::vector<State> m_state;
    std::vector<TableProgress> m_progress;
    std::vector<QElapsedTimer> m_clocks;
    BatchQueue m_queue;
    QThreadPool m_pool;
    int m_generated = 0;
    qint64 m_totalRows = 0, m_loadedRows = 0;
};

Result<SynthReport> runInTransaction(const modeler::Model &model, Session &session, SynthPlan &plan, const SynthOptions &options,
                                     TaskControl *control, SynthReport report)
{
    QElapsedTimer clock;
    clock.start();
    TargetSchema schema(model, session);
    if (auto created = schema.create(options.replace, report.diagnostics); !created)
        return created.error();
    Run run(plan, session, options, control);
    if (auto loaded = run.generateAndLoad(report); !loaded)
        return loaded.error();
    if (TaskControl::cancelled(control))
        return cancelled();
    if (auto finished = schema.finish(plan.tables, run.kept(), run.pending(), options.analyze); !finished)
        return finished.error();
    report.seconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace

Result<SynthReport> Synthesizer::plan(const modeler::Model &model, connectors::Dialect dialect, const SynthOptions &options)
{
    auto planned = SynthPlanner::plan(model, modelDialect(dialect), options);
    if (!planned)
        return planned.error();
    SynthReport report;
    report.plan = planned->summary();
    report.diagnostics = planned->diagnostics;
    return report;
}

Result<SynthReport> Synthesizer::run(const modeler::Model &model, Session &session, const SynthOptions &options, TaskControl *control)
{
    auto planned = SynthPlanner::plan(model, modelDialect(session.dialect()), options);
    if (!planned)
        return planned.error();
    SynthReport report;
    report.plan = planned->summary();
    report.diagnostics = planned->diagnostics;
    if (auto begun = session.begin(); !begun)
        return begun.error();
    auto done = runInTransaction(model, session, *planned, options, control, std::move(report));
    if (!done) {
        (void)session.rollback(); // nothing of the run stays: tables, rows, indexes
        return done.error();
    }
    if (auto committed = session.commit(); !committed)
        return committed.error();
    return done;
}

QString Synthesizer::defaultSqlitePath(const QString &modelFile)
{
    const QFileInfo file(modelFile);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral(".sqlite"));
}

Result<SynthReport> Synthesizer::toSqliteFile(const modeler::Model &model, const QString &path, const SynthOptions &options,
                                              TaskControl *control)
{
    if (QFileInfo::exists(path) && !options.replace) {
        Error e(QStringLiteral("%1 exists").arg(path), SourcePlace::ofSource(path), QStringLiteral("synth.exists"));
        e.hint = QStringLiteral("choose another file, or replace it (--replace)");
        return e;
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    Result<SynthReport> done = Error(QString());
    {
        auto session = Session::open(ConnectionSpec{connectors::Dialect::Sqlite, partial, true});
        if (!session)
            return session.error();
        // The file is renamed into place only when complete: no journal on disk, no waiting for it.
        for (const char *pragma : {"PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -65536"})
            if (auto set = (*session)->query(QLatin1String(pragma)); !set)
                return set.error();
        done = run(model, **session, options, control);
    }
    if (!done) {
        QFile::remove(partial);
        return done;
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return Error(QStringLiteral("cannot move the new database to %1: %2").arg(path, QString::fromStdString(error.message())),
                     SourcePlace::ofSource(path), QStringLiteral("io"));
    }
    return done;
}

} // namespace strata::workload

#include "workload/Profiler.h"

#include "ParameterDraw.h"
#include "PgParseTree.h"
#include "PlanCapture.h"
#include "ProfileWorker.h"

#include <QElapsedTimer>

#include <cmath>
#include <thread>

namespace strata::workload {

using namespace strata::connectors;

LatencySummary LatencySummary::of(QList<double> &milliseconds)
{
    LatencySummary s;
    s.count = milliseconds.size();
    if (milliseconds.isEmpty())
        return s;
    std::sort(milliseconds.begin(), milliseconds.end());
    double sum = 0;
    for (const double v : std::as_const(milliseconds))
        sum += v;
    const auto rank = [&](double p) { // nearest rank
        const qsizetype r = qsizetype(std::ceil(p * double(milliseconds.size())));
        return milliseconds[std::clamp<qsizetype>(r - 1, 0, milliseconds.size() - 1)];
    };
    s.mean = sum / double(milliseconds.size());
    s.p50 = rank(0.50);
    s.p95 = rank(0.95);
    s.p99 = rank(0.99);
    s.max = milliseconds.last();
    return s;
}

namespace {

// Each worker's executions: an equal share of the total, the first ones one more.
qint64 shareOf(qint64 total, int workers, int worker)
{
    return total / workers + (worker < total % workers ? 1 : 0);
}

void summarise(const Workload &workload, const std::vector<std::unique_ptr<ProfileWorker>> &workers, WorkloadProfile &out)
{
    QList<double> all;
    for (int i = 0; i < workload.statements.size(); ++i) {
        const WorkloadStatement &s = workload.statements[i];
        StatementProfile p;
        p.name = s.name;
        p.sql = s.sql;
        p.weight = s.weight;
        qint64 rows = 0;
        QMap<QString, double> counters;
        for (const auto &w : workers) {
            const ProfileWorker::Tally &t = w->tallies()[size_t(i)];
            p.samples += t.latencies;
            rows += t.rows;
            p.errors += t.errors;
            if (p.firstError.isEmpty())
                p.firstError = t.firstError;
            for (auto it = t.counters.begin(); it != t.counters.end(); ++it)
                counters[it.key()] += it.value();
        }
        all += p.samples;
        QList<double> sorted = p.samples;
        p.latency = LatencySummary::of(sorted);
        if (p.latency.count > 0) {
            p.rowsReturned = double(rows) / double(p.latency.count);
            for (auto it = counters.begin(); it != counters.end(); ++it)
                p.counters.insert(it.key(), it.value() / double(p.latency.count));
        }
        out.statements << p;
    }
    out.total = LatencySummary::of(all);
}

void groupFingerprints(WorkloadProfile &out)
{
    for (StatementProfile &p : out.statements) {
        p.fingerprint = PgParseTree::fingerprint(p.sql);
        if (p.fingerprint.isEmpty()) {
            out.notes << Diagnostic{Severity::Info, QStringLiteral("workload.no-fingerprint"),
                                    QStringLiteral("%1 has no fingerprint: PostgreSQL's parser cannot read it").arg(p.name), {}, {}};
            continue;
        }
        auto group = std::find_if(out.fingerprints.begin(), out.fingerprints.end(),
                                  [&](const FingerprintGroup &g) { return g.fingerprint == p.fingerprint; });
        if (group == out.fingerprints.end())
            group = out.fingerprints.insert(out.fingerprints.end(), FingerprintGroup{p.fingerprint, {}, 0, 0});
        group->statements << p.name;
        group->executions += p.latency.count;
        group->totalMilliseconds += p.latency.mean * double(p.latency.count);
    }
}

} // namespace

Result<WorkloadProfile> Profiler::run(const Workload &workload, Session &session, const ProfileOptions &options, TaskControl *control)
{
    WorkloadProfile out;
    out.database = session.displayName();
    out.engine = (session.dialect() == connectors::Dialect::Sqlite ? QStringLiteral("SQLite ") : QStringLiteral("PostgreSQL ")) +
                 session.serverVersion();
    out.concurrency = std::max(1, options.concurrency);
    if (out.concurrency > 1 && !options.openSession)
        return Error(QStringLiteral("running %1 sessions at once needs a way to open them").arg(out.concurrency), {}, QStringLiteral("usage"));
    auto samples = ParameterSamples::load(workload, session, options.seed, &out.notes);
    if (!samples)
        return samples.error();
    ParameterDraw::Counters counters;
    ParameterDraw::prepare(workload, &counters);

    std::vector<std::unique_ptr<Session>> extra;
    std::vector<std::unique_ptr<ProfileWorker>> workers;
    for (int w = 0; w < out.concurrency; ++w) {
        Session *s = &session;
        if (w > 0) {
            auto opened = options.openSession();
            if (!opened)
                return opened.error();
            extra.push_back(std::move(*opened));
            s = extra.back().get();
        }
        workers.push_back(std::make_unique<ProfileWorker>(workload, *s, ParameterDraw(workload, *samples, &counters),
                                                          SeededRandom::derive(options.seed, QStringLiteral("worker %1").arg(w)),
                                                          options.measure));
        workers.back()->prepare();
    }
    const qint64 total = options.iterations > 0 ? options.iterations : (options.durationSeconds > 0 ? std::numeric_limits<qint64>::max() : 1000);
    const QDeadlineTimer deadline = options.durationSeconds > 0 ? QDeadlineTimer(qint64(options.durationSeconds * 1000))
                                                                : QDeadlineTimer(QDeadlineTimer::Forever);
    std::atomic<qint64> done{0};
    std::vector<Result<void>> results(size_t(out.concurrency));
    QElapsedTimer clock;
    clock.start();
    {
        std::vector<std::thread> threads; // the caller's thread runs the first worker, on the caller's session
        for (int w = 1; w < out.concurrency; ++w)
            threads.emplace_back([&, w] {
                results[size_t(w)] = workers[size_t(w)]->run(shareOf(total, out.concurrency, w), deadline, control, &done, false, 0);
            });
        const qint64 reportsOf = total == std::numeric_limits<qint64>::max() ? 0 : total;
        results[0] = workers[0]->run(shareOf(total, out.concurrency, 0), deadline, control, &done, true, reportsOf);
        for (std::thread &t : threads)
            t.join();
    }
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const Result<void> &r : results)
        if (!r)
            return r.error();
    out.executionsPerSecond = out.seconds > 0 ? double(done.load()) / out.seconds : 0;
    TaskControl::report(control, done.load(), total == std::numeric_limits<qint64>::max() ? 0 : total, QStringLiteral("profiled"));
    if (!options.measure)
        return out;
    summarise(workload, workers, out);
    if (options.capturePlans) {
        SeededRandom random = SeededRandom::stream(options.seed, u"plans");
        ParameterDraw draw(workload, *samples, &counters);
        for (int i = 0; i < workload.statements.size(); ++i)
            PlanCapture::capture(session, workload.statements[i], draw.draw(i, random), &out.statements[i], &out.notes);
    }
    groupFingerprints(out);
    if (session.dialect() == connectors::Dialect::Sqlite && !out.statements.isEmpty() &&
        !out.statements.first().counters.contains(QStringLiteral("rows_visited")))
        out.notes << Diagnostic{Severity::Info, QStringLiteral("workload.no-scanstatus"),
                                QStringLiteral("rows examined per scan are not known: the linked SQLite %1 was built without "
                                               "SQLITE_ENABLE_STMT_SCANSTATUS; full-scan steps, sorts, automatic indexes and VM steps are counted instead")
                                    .arg(session.serverVersion()),
                                {}, {}};
    return out;
}

} // namespace strata::workload

// Profiling against SQLite: every execution is counted where its weight sends it, sampled parameters
// find real rows, SQLite's counters and plans show a full scan where there is one and not where an
// index serves, statements that differ only in constants share a fingerprint, concurrency adds up,
// and the reports carry it all. Growth curves are fitted on numbers made up here (no timings).
#include "SynthTestKit.h"

#include <workload/CurveFit.h>
#include <workload/Profiler.h>
#include <workload/ProfileReport.h>
#include <workload/ScalingStudy.h>
#include <workload/SeededRandom.h>
#include <workload/Synthesizer.h>

#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>

using namespace strata;
using namespace strata::workload;

namespace {

const char *const workloadText = R"(-- name: by_id  weight: 6
-- $1: sample(purchase.id)
SELECT id, amount FROM purchase WHERE id = $1;

-- name: by_kind  weight: 3
-- $1: one_of('a', 'b')
SELECT count(*) FROM purchase WHERE kind = $1;

-- name: by_kind_b  weight: 1
SELECT count(*) FROM purchase WHERE kind = 'b';
)";

} // namespace

class TestProfiler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("p.sqlite"));
        SynthOptions options;
        options.rows.insert(QStringLiteral("customer"), 50);
        options.rows.insert(QStringLiteral("purchase"), 3000);
        auto report = Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("distributions.strata")), m_path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    }

    void profilesEveryStatement()
    {
        auto workload = Workload::parse(QString::fromUtf8(workloadText), QStringLiteral("w.sql"));
        QVERIFY(workload.ok());
        auto session = test::openSqlite(m_path);
        ProfileOptions options;
        options.iterations = 2000;
        auto profile = Profiler::run(*workload, *session, options);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->statements.size(), 3);
        QCOMPARE(profile->total.count, 2000);
        const StatementProfile &byId = profile->statements[0], &byKind = profile->statements[1], &kindB = profile->statements[2];
        // Weights 6:3:1 of 2000 executions, within five standard deviations.
        QVERIFY2(std::abs(byId.latency.count - 1200) < 5 * std::sqrt(2000 * 0.6 * 0.4), qPrintable(QString::number(byId.latency.count)));
        QVERIFY(std::abs(kindB.latency.count - 200) < 5 * std::sqrt(2000 * 0.1 * 0.9));
        // sample() finds real rows: every lookup by id returns its row.
        QCOMPARE(byId.rowsReturned, 1.0);
        QCOMPARE(byId.errors, 0);
        QVERIFY(byId.latency.p50 <= byId.latency.p95 && byId.latency.p95 <= byId.latency.p99 && byId.latency.p99 <= byId.latency.max);
        // The lookup by key scans nothing; counting by kind reads the whole table each time.
        QCOMPARE(byId.counters.value(QStringLiteral("fullscan_steps")), 0.0);
        QCOMPARE(byKind.counters.value(QStringLiteral("fullscan_steps")), 2999.0);
        QVERIFY2(byId.plan.contains(u"SEARCH purchase USING INTEGER PRIMARY KEY"), qPrintable(byId.plan));
        QVERIFY2(byKind.plan.startsWith(u"SCAN purchase"), qPrintable(byKind.plan));
        QVERIFY(!byKind.findings.isEmpty());
        // The plan itself, for a plan view: the same steps the line names.
        QCOMPARE(byKind.explainPlan.source, explain::PlanSource::SqliteRows);
        QVERIFY(byKind.explainPlan.size() >= 2);
        QCOMPARE(byKind.explainPlan.nodes[1].fields.value(QLatin1String("Detail")).toString(), byKind.plan.section(u';', 0, 0));
        // One query to PostgreSQL: a parameter or a constant, the same fingerprint.
        QVERIFY(!byKind.fingerprint.isEmpty());
        QCOMPARE(kindB.fingerprint, byKind.fingerprint);
        QVERIFY(byId.fingerprint != byKind.fingerprint);
        const auto group = std::find_if(profile->fingerprints.begin(), profile->fingerprints.end(),
                                        [&](const FingerprintGroup &g) { return g.fingerprint == byKind.fingerprint; });
        QCOMPARE(group->statements, (QStringList{QStringLiteral("by_kind"), QStringLiteral("by_kind_b")}));
        // The linked SQLite has no scan status: the profile says so rather than leaving it out silently.
        QVERIFY(std::any_of(profile->notes.begin(), profile->notes.end(), [](const Diagnostic &d) { return d.code == u"workload.no-scanstatus"; }));

        const QString text = ProfileReport::text(*profile), markdown = ProfileReport::markdown(*profile);
        QVERIFY(text.contains(u"by_kind_b") && text.contains(u"fullscan_steps/exec") && text.contains(u"One query (fingerprint"));
        QVERIFY(markdown.contains(u"| statement | weight |") && markdown.contains(u"```sql"));
        QCOMPARE(ProfileReport::json(*profile).value(u"statements"_qs).toArray().size(), 3);
    }

    void sameSeedSameExecutions()
    {
        auto workload = Workload::parse(QString::fromUtf8(workloadText));
        auto session = test::openSqlite(m_path);
        ProfileOptions options;
        options.iterations = 500;
        options.seed = 9;
        options.capturePlans = false;
        auto first = Profiler::run(*workload, *session, options), second = Profiler::run(*workload, *session, options);
        QVERIFY(first.ok() && second.ok());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(second->statements[i].latency.count, first->statements[i].latency.count);
    }

    void sessionsRunAtOnce()
    {
        auto workload = Workload::parse(QString::fromUtf8(workloadText));
        auto session = test::openSqlite(m_path);
        ProfileOptions options;
        options.iterations = 901;
        options.concurrency = 3;
        options.capturePlans = false;
        options.openSession = [&]() -> Result<std::unique_ptr<connectors::Session>> { return test::openSqlite(m_path); };
        auto profile = Profiler::run(*workload, *session, options);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->total.count, 901);
        QCOMPARE(profile->concurrency, 3);
        ProfileOptions alone = options;
        alone.openSession = nullptr;
        QVERIFY(!Profiler::run(*workload, *session, alone).ok()); // three sessions need a way to open two more
    }

    void aStatementThatFailsIsCountedNotFatal()
    {
        auto workload = Workload::parse(QStringLiteral("-- name: ok\nSELECT 1\n\n-- name: broken\nSELECT * FROM no_such_table\n"));
        auto session = test::openSqlite(m_path);
        ProfileOptions options;
        options.iterations = 100;
        auto profile = Profiler::run(*workload, *session, options);
        QVERIFY(profile.ok());
        QCOMPARE(profile->statements[0].latency.count, 100); // the broken one is never picked
        QCOMPARE(profile->statements[1].errors, 1);
        QVERIFY(profile->statements[1].firstError.contains(u"no_such_table"));
    }

    void curvesAreTold_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("constant") << int(CurveFit::Shape::Constant);
        QTest::newRow("log n") << int(CurveFit::Shape::Log);
        QTest::newRow("n") << int(CurveFit::Shape::Linear);
        QTest::newRow("n log n") << int(CurveFit::Shape::LogLinear);
        QTest::newRow("n squared") << int(CurveFit::Shape::Quadratic);
    }

    // Latencies made up from a known curve with 2% noise at three sizes: the fit names the curve
    // and predicts the next size within its margin.
    void curvesAreTold()
    {
        QFETCH(int, shape);
        const auto truth = CurveFit::Shape(shape);
        SeededRandom random(7);
        QList<double> n, y;
        for (const double size : {1000.0, 10000.0, 100000.0}) {
            const double mean = 0.5 + (truth == CurveFit::Shape::Constant ? 0 : CurveFit::f(truth, size) / CurveFit::f(truth, 100000.0) * 20);
            for (int i = 0; i < 200; ++i) {
                n << size;
                y << mean * (1 + random.normal(0, 0.02));
            }
        }
        const QList<CurveFit> fits = CurveFit::fitAll(n, y);
        QVERIFY(!fits.isEmpty());
        QCOMPARE(CurveFit::shapeName(fits.first().shape), CurveFit::shapeName(truth));
        QVERIFY(fits.first().weight > 0.9);
        const double expected = 0.5 + (truth == CurveFit::Shape::Constant ? 0 : CurveFit::f(truth, 200000.0) / CurveFit::f(truth, 100000.0) * 20);
        QVERIFY2(std::abs(fits.first().predict(200000) - expected) < 0.05 * expected + fits.first().margin(200000),
                 qPrintable(QStringLiteral("%1 against %2").arg(fits.first().predict(200000)).arg(expected)));
    }

    // The study itself, on SQLite: the data made again at each size, every statement measured at
    // each, a fit and a prediction for each (which curve wins is the timings', not checked here).
    void scalingStudyRunsEverySize()
    {
        auto workload = Workload::parse(QString::fromUtf8(workloadText));
        ScalingTarget target{true, m_dir.filePath(QStringLiteral("scaling.sqlite")), {}};
        target.open = [&]() -> Result<std::unique_ptr<connectors::Session>> { return test::openSqlite(target.path); };
        SynthOptions synth;
        synth.rows.insert(QStringLiteral("customer"), 20);
        synth.rows.insert(QStringLiteral("purchase"), 400);
        ProfileOptions profile;
        profile.iterations = 150;
        auto report = ScalingStudy::run(test::synthModel(QStringLiteral("distributions.strata")), *workload, target, {0.5, 1, 2}, 100000,
                                        synth, profile);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->statements.size(), 3);
        QCOMPARE(report->statements[1].table, QStringLiteral("purchase"));
        QCOMPARE(report->statements[1].rows, (QList<double>{200, 400, 800}));
        for (const StatementScaling &s : report->statements) {
            QVERIFY(!s.fits.isEmpty());
            QVERIFY(s.predictedMs > 0);
        }
        QVERIFY(report->text().contains(u"grows like"));
    }
};

QTEST_GUILESS_MAIN(TestProfiler)
#include "TestProfiler.moc"

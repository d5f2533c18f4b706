// What the analysis computes: exclusive times checked against values computed by hand on real
// PostgreSQL 15 plans (a Merge Join above a CTE, an InitPlan, a parallel plan), and on every plan
// of the test data the two rules: no exclusive time below zero, and they add up to the root's.
#include "TestPlans.h"

#include <CaseFiles.h>

#include <explain/PlanAnalysis.h>
#include <explain/PlanReader.h>

#include <QFileInfo>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

Plan load(const QString &relative)
{
    return test::testPlan(relative);
}

void compareExclusiveTimes(const PlanAnalysis &a, const QList<double> &expected)
{
    QCOMPARE(a.nodes.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(std::fabs(a.nodes[i].exclusiveTime - expected[i]) < 1e-6,
                 qPrintable(QStringLiteral("node %1: %2 instead of %3").arg(i + 1).arg(a.nodes[i].exclusiveTime).arg(expected[i])));
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    // Sort (202.550) over a CTE (125.263), an InitPlan (34.393) and a Merge Join (192.517). The CTE
    // is read by CTE Scan b1 first, and b1's filter uses the InitPlan's $1: both are b1's work.
    void mergeJoinAboveACte()
    {
        const Plan plan = load(QStringLiteral("analysis/merge-join-over-cte.txt"));
        const PlanAnalysis a = PlanAnalysis::of(plan);
        const QList<double> expected = {202.550 - 192.517, 125.263 - 86.078, 86.078 - 21.498, 21.498, 34.393 - 11.459, 11.459,
                                        192.517 - 174.736 - 14.537, 174.736 - 167.503, 167.503 - 125.263 - 34.393,
                                        14.537 - 13.313, 13.313 - 1.266, 1.266};
        compareExclusiveTimes(a, expected);
        QCOMPARE(a.totalTime, 202.550);
    }

    // The InitPlan (29.515) runs when the scan of orders o first evaluates "total > $0".
    void initPlanCountedWhereItIsUsed()
    {
        const PlanAnalysis a = PlanAnalysis::of(load(QStringLiteral("analysis/initplan-consumer.txt")));
        compareExclusiveTimes(a, {48.976 - 45.332 - 2.719, 29.515 - 7.064, 7.064, 45.332 - 29.515, 2.719 - 0.134,
                                  0.134 - 0.047, 0.047});
    }

    // Under Gather Merge with 2 workers, each node ran in 3 processes: its time per loop × 3 loops
    // is process time; the wall-clock share is a third of it.
    void parallelWorkersShareTheTime()
    {
        const Plan plan = load(QStringLiteral("analysis/parallel-hash-join.json"));
        const PlanAnalysis a = PlanAnalysis::of(plan);
        QCOMPARE(a.nodes[2].processes, 3);
        QCOMPARE(a.nodes[0].processes, 1);
        compareExclusiveTimes(a, (QList<double>{226.265 - 226.243, 226.243 - 207.055, 207.055 - 207.008,
                                                   207.008 - 152.846, 152.846 - 28.956 - 35.562, 28.956,
                                                   35.562 - 6.642, 6.642}));
    }

    void exclusiveTimesAreNeverNegativeAndAddUp_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &dir : {QStringLiteral("analysis"), QStringLiteral("text"), QStringLiteral("pg15")}) {
            for (const QString &f : test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/") + dir, QStringLiteral("*.txt")))
                QTest::newRow(qPrintable(dir + u'/' + QFileInfo(f).fileName())) << dir + u'/' + QFileInfo(f).fileName();
        }
        QTest::newRow("analysis/parallel-hash-join.json") << QStringLiteral("analysis/parallel-hash-join.json");
    }

    void exclusiveTimesAreNeverNegativeAndAddUp()
    {
        QFETCH(QString, file);
        const Plan plan = load(file);
        const PlanAnalysis a = PlanAnalysis::of(plan);
        double sum = 0, buffers = 0;
        for (const NodeMetrics &m : a.nodes) {
            QVERIFY(m.exclusiveTime >= 0);
            QVERIFY(m.exclusiveTime <= m.inclusiveTime + 1e-9);
            QVERIFY(m.exclusiveBuffers.sharedHit >= 0 && m.exclusiveBuffers.tempWritten >= 0);
            sum += m.exclusiveTime;
            buffers += double(m.exclusiveBuffers.total());
        }
        QVERIFY2(std::fabs(sum - a.totalTime) < 1e-6, qPrintable(QStringLiteral("%1 against %2").arg(sum).arg(a.totalTime)));
        // Block counts are whole numbers: each exclusive share is rounded, so allow one per node.
        QVERIFY(std::fabs(buffers - double(plan.root().buffers.total())) <= plan.size());
    }

    void misestimates()
    {
        const PlanAnalysis a = PlanAnalysis::of(load(QStringLiteral("pg15/misestimate-correlated.txt")));
        // FR is 1 in 5 customers and Paris 1 in 97 cities, so the planner expects 100 rows; but
        // every Paris customer is French: 500.
        const NodeMetrics &scan = a.nodes.back();
        QVERIFY(scan.isUnderEstimate());
        QCOMPARE(scan.misestimate, 5.0);
        QCOMPARE(a.nodes[0].misestimate, 1.0);
    }

    void buffersAndSpills()
    {
        const Plan plan = load(QStringLiteral("pg15/cte-initplan-spill.txt"));
        const PlanAnalysis a = PlanAnalysis::of(plan);
        QVERIFY(plan.hasBuffers());
        QVERIFY(a.nodes[0].spilledKb > 0);
        QVERIFY(a.nodes[0].spill.contains(QStringLiteral("external merge")));
        // The CTE's sort wrote the temp blocks; its Seq Scan only read shared ones.
        QVERIFY(a.nodes[2].exclusiveBuffers.tempWritten > 0);
        QCOMPARE(a.nodes[3].exclusiveBuffers.tempWritten, 0);
        QVERIFY(a.nodes[3].exclusiveBuffers.sharedHit > 0);
    }

    void rowsRemovedAcrossLoops()
    {
        const Plan plan = load(QStringLiteral("text/psql-box-wrapped.txt"));
        const PlanAnalysis a = PlanAnalysis::of(plan);
        QCOMPARE(a.nodes[0].rowsRemoved, 58800.0);
        QCOMPARE(a.nodes[0].totalRows, 1200.0);
    }

    void workerSortsThatSpilled()
    {
        const PlanAnalysis a = PlanAnalysis::of(load(QStringLiteral("text/parallel-workers.txt")));
        QCOMPARE(a.nodes[1].spilledKb, 376.0 + 360.0 + 392.0);
    }

    void withoutTimesCostStandsIn()
    {
        const Plan plan = load(QStringLiteral("text/costs-off.txt"));
        const PlanAnalysis a = PlanAnalysis::of(plan);
        QVERIFY(!a.hasTimes);
        QCOMPARE(a.defaultMetric(), Metric::Cost);
        const PlanAnalysis b = PlanAnalysis::of(load(QStringLiteral("pg15/hash-join-aggregate.txt")));
        QCOMPARE(b.defaultMetric(), Metric::Cost);
        QVERIFY(b.value(0, Metric::Cost) > 0);
        QVERIFY(b.maximum(Metric::Rows) >= 180000);
    }

    void neverExecutedNodesCostNothing()
    {
        const PlanAnalysis a = PlanAnalysis::of(load(QStringLiteral("text/pgadmin-quoted.txt")));
        QCOMPARE(a.nodes[2].inclusiveTime, 0.0);
        QCOMPARE(a.nodes[3].exclusiveTime, 0.0);
        QCOMPARE(a.nodes[3].misestimate, 1.0);
    }

    void metricNames()
    {
        Metric m = Metric::Time;
        QVERIFY(metricFromName(QStringLiteral("buffers"), &m));
        QCOMPARE(m, Metric::Buffers);
        QVERIFY(!metricFromName(QStringLiteral("colour"), &m));
        QCOMPARE(metricName(Metric::Misestimate), QStringLiteral("misestimate"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "TestAnalysis.moc"

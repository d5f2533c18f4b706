// The findings: each rule fires on the plan shape it is about, points at the right node, says
// what to do, and the list comes most costly first.
#include "TestPlans.h"

#include <CaseFiles.h>

#include <explain/PlanAdvisor.h>
#include <explain/PlanAnalysis.h>
#include <explain/PlanReader.h>
#include <explain/SqlitePlanParser.h>

#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

struct Analysed
{
    Plan plan;
    PlanAnalysis analysis;
};

Analysed analyse(const QString &text)
{
    const Plan plan = test::planFromText(text);
    return {plan, PlanAnalysis::of(plan)};
}

Analysed analyseFile(const QString &relative)
{
    const Plan plan = test::testPlan(relative);
    return {plan, PlanAnalysis::of(plan)};
}

const Finding *find(const PlanAnalysis &a, const QString &code)
{
    for (const Finding &f : a.findings) {
        if (f.diagnostic.code == code)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void seqScanThatThrowsRowsAway()
    {
        const auto [plan, a] = analyseFile(QStringLiteral("text/psql-box-wrapped.txt"));
        const Finding *f = find(a, QStringLiteral("seq-scan-filter"));
        QVERIFY(f);
        QCOMPARE(f->node, 0);
        QVERIFY(f->diagnostic.message.contains(QStringLiteral("60,000")));
        QCOMPARE(f->diagnostic.hint.section(u':', 1).trimmed(), QStringLiteral("CREATE INDEX ON orders (status, total);"));
        QCOMPARE(f->diagnostic.place.path, QStringLiteral("node 1: Seq Scan on orders o"));
    }

    void indexScanThatThrowsRowsAway()
    {
        const auto [plan, a] = analyseFile(QStringLiteral("pg15/index-nested-loop.txt"));
        const Finding *f = find(a, QStringLiteral("index-filter"));
        QVERIFY(f);
        QCOMPARE(f->node, 2);
        QVERIFY(f->diagnostic.hint.contains(QStringLiteral("ordered_at")));
    }

    void sortThatSpilled()
    {
        const auto [plan, a] = analyseFile(QStringLiteral("text/parallel-workers.txt"));
        const Finding *f = find(a, QStringLiteral("sort-spill"));
        QVERIFY(f);
        QCOMPARE(f->node, 1);
        QVERIFY(f->diagnostic.hint.contains(QStringLiteral("SET work_mem = '4MB'")));
        QVERIFY(f->diagnostic.hint.contains(QStringLiteral("CREATE INDEX ON orders (total DESC);")));
    }

    void hashThatSpilledAndMisestimate()
    {
        const auto [plan, a] = analyse(QStringLiteral(
            "Hash Join  (cost=10.00..900.00 rows=100 width=8) (actual time=5.000..80.000 rows=200000 loops=1)\n"
            "  Hash Cond: (a.id = b.a_id)\n"
            "  ->  Seq Scan on a  (cost=0.00..100.00 rows=10000 width=4) (actual time=0.010..5.000 rows=10000 loops=1)\n"
            "  ->  Hash  (cost=5.00..5.00 rows=100 width=8) (actual time=40.000..40.000 rows=200000 loops=1)\n"
            "        Buckets: 131072 (originally 1024)  Batches: 8 (originally 1)  Memory Usage: 4000kB\n"
            "        ->  Seq Scan on b  (cost=0.00..5.00 rows=100 width=8) (actual time=0.010..20.000 rows=200000 loops=1)\n"));
        const Finding *spill = find(a, QStringLiteral("hash-spill"));
        QVERIFY(spill);
        QCOMPARE(spill->node, 2);
        QVERIFY(spill->diagnostic.hint.contains(QStringLiteral("'32MB'")));
        // The estimate went wrong at the scan of b, and only there is it reported.
        const Finding *mis = find(a, QStringLiteral("misestimate"));
        QVERIFY(mis);
        QCOMPARE(mis->node, 3);
        QVERIFY(mis->diagnostic.message.contains(QStringLiteral("2,000× under")));
        QVERIFY(mis->diagnostic.hint.contains(QStringLiteral("ANALYZE b")));
        int misestimates = 0;
        for (const Finding &f : a.findings)
            misestimates += f.diagnostic.code == u"misestimate";
        QCOMPARE(misestimates, 1);
    }

    void nestedLoopOverABigInner()
    {
        const auto [plan, a] = analyse(QStringLiteral(
            "Nested Loop  (cost=0.00..90000.00 rows=50 width=8) (actual time=0.100..950.000 rows=5000 loops=1)\n"
            "  Join Filter: (o.customer_id = c.id)\n"
            "  Rows Removed by Join Filter: 24995000\n"
            "  ->  Seq Scan on customers c  (cost=0.00..95.00 rows=5 width=4) (actual time=0.010..1.000 rows=5000 loops=1)\n"
            "  ->  Seq Scan on orders o  (cost=0.00..80.00 rows=5000 width=8) (actual time=0.001..0.180 rows=5000 loops=5000)\n"));
        const Finding *f = find(a, QStringLiteral("nested-loop"));
        QVERIFY(f);
        QCOMPARE(f->node, 0);
        QVERIFY(f->diagnostic.message.contains(QStringLiteral("5,000 times")));
        QVERIFY(f->diagnostic.hint.contains(QStringLiteral("index on its join column")));
        QCOMPARE(a.findings.first().diagnostic.code, QStringLiteral("nested-loop")); // 900 ms of 950
    }

    void heapFetchesLossyBitmapsAndWorkers()
    {
        const auto [plan, a] = analyse(QStringLiteral(
            "Gather  (cost=0.00..100.00 rows=10 width=4) (actual time=1.000..100.000 rows=10000 loops=1)\n"
            "  Workers Planned: 4\n"
            "  Workers Launched: 1\n"
            "  ->  Append  (cost=0.00..90.00 rows=10 width=4) (actual time=0.500..90.000 rows=5000 loops=2)\n"
            "        ->  Parallel Index Only Scan using t_a on t  (cost=0.00..40.00 rows=10 width=4) (actual time=0.100..40.000 rows=2500 loops=2)\n"
            "              Heap Fetches: 4800\n"
            "        ->  Bitmap Heap Scan on u  (cost=0.00..40.00 rows=10 width=4) (actual time=0.100..40.000 rows=2500 loops=1)\n"
            "              Recheck Cond: (b > 1)\n"
            "              Rows Removed by Index Recheck: 90000\n"
            "              Heap Blocks: exact=10 lossy=900\n"
            "              ->  Bitmap Index Scan on u_b  (cost=0.00..1.00 rows=10 width=0) (actual time=0.050..0.050 rows=92500 loops=1)\n"
            "                    Index Cond: (b > 1)\n"));
        QVERIFY(find(a, QStringLiteral("heap-fetches")));
        QCOMPARE(find(a, QStringLiteral("heap-fetches"))->node, 2);
        QVERIFY(find(a, QStringLiteral("lossy-bitmap")));
        const Finding *w = find(a, QStringLiteral("workers-not-launched"));
        QVERIFY(w);
        QVERIFY(w->diagnostic.message.contains(QStringLiteral("1 of the 4")));
    }

    void triggersJitAndPlanning()
    {
        const auto [plan, a] = analyseFile(QStringLiteral("text/pg17-details.txt"));
        const Finding *t = find(a, QStringLiteral("trigger-time"));
        QVERIFY(t);
        QVERIFY(t->diagnostic.message.contains(QStringLiteral("archive_owner_fkey")));
        QVERIFY(t->diagnostic.hint.contains(QStringLiteral("index its referencing columns")));
        QVERIFY(!find(a, QStringLiteral("jit"))); // 2.4 ms is too little to matter
        const auto [slow, b] = analyse(QStringLiteral("Result  (cost=0.00..0.01 rows=1 width=4) (actual time=0.010..0.011 rows=1 loops=1)\n"
                                                      "Planning Time: 250.000 ms\n"
                                                      "JIT:\n"
                                                      "  Functions: 2\n"
                                                      "  Timing: Generation 1.000 ms, Inlining 20.000 ms, Optimization 30.000 ms, Emission 40.000 ms, Total 91.000 ms\n"
                                                      "Execution Time: 100.000 ms\n"));
        QVERIFY(find(b, QStringLiteral("jit")));
        QVERIFY(find(b, QStringLiteral("planning-time")));
    }

    void mostCostlyFirst()
    {
        for (const QString &file : {QStringLiteral("analysis/merge-join-over-cte.txt"), QStringLiteral("text/parallel-workers.txt")}) {
            const auto [plan, a] = analyseFile(file);
            for (int i = 1; i < a.findings.size(); ++i)
                QVERIFY(a.findings[i - 1].impact >= a.findings[i].impact);
        }
    }

    void sqliteFindings()
    {
        auto plan = SqlitePlanParser::fromRows({{2, 0, QStringLiteral("SCAN customers")},
                                                {5, 0, QStringLiteral("SCAN orders")},
                                                {9, 0, QStringLiteral("SEARCH items USING AUTOMATIC COVERING INDEX (order_id=?)")},
                                                {20, 0, QStringLiteral("USE TEMP B-TREE FOR ORDER BY")}});
        QVERIFY(plan.ok());
        const PlanAnalysis a = PlanAnalysis::of(*plan);
        QCOMPARE(a.findings.size(), 4);
        QCOMPARE(a.findings[0].diagnostic.code, QStringLiteral("sqlite-automatic-index"));
        QVERIFY(a.findings[0].diagnostic.hint.contains(QStringLiteral("ON items (order_id)")));
        QCOMPARE(a.findings[1].diagnostic.code, QStringLiteral("sqlite-scan-in-loop"));
        QCOMPARE(a.findings[1].node, 2);
    }

    void filterColumns_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("equality-first") << "((total > '10'::numeric) AND (status = 'open'::text))" << QStringList{"status", "total"};
        QTest::newRow("qualified") << "((o.customer_id = 7) AND (o.ordered_at >= now()))" << QStringList{"customer_id", "ordered_at"};
        QTest::newRow("cast") << "((name)::text = 'seattle'::text)" << QStringList{"name"};
        QTest::newRow("any") << "(id = ANY ('{1,2}'::integer[]))" << QStringList{"id"};
        QTest::newRow("null") << "(deleted_at IS NULL)" << QStringList{"deleted_at"};
        QTest::newRow("like") << "(title ~~ 'a%'::text)" << QStringList{"title"};
        QTest::newRow("params") << "(id = $1)" << QStringList{"id"};
    }

    void filterColumns()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, columns);
        QCOMPARE(PlanAdvisor::filterColumns(filter), columns);
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "TestAdvisor.moc"

// Comparing two plans of one query: nodes matched (a scan that became an index scan is one pair,
// a join whose inputs swapped still matches), deltas per node and totals.
#include "TestPlans.h"

#include <explain/PlanComparison.h>
#include <explain/PlanReader.h>

#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

Plan read(const QString &text)
{
    return test::planFromText(text);
}

Plan load(const QString &relative)
{
    return test::testPlan(relative);
}

PlanComparison compare(const Plan &before, const Plan &after)
{
    return PlanComparison::compare(before, PlanAnalysis::of(before), after, PlanAnalysis::of(after));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void beforeAndAfterAnIndex()
    {
        const Plan before = load(QStringLiteral("compare/before-index.txt"));
        const Plan after = load(QStringLiteral("compare/after-index.txt"));
        const PlanComparison c = compare(before, after);
        // Sort, Hash Join, Seq Scan on orders, Hash pair up; the customers scan changed kind.
        QCOMPARE(c.beforeOfAfter, (std::vector<int>{0, 1, 2, 3, 4, -1}));
        QCOMPARE(after.nodes[4].nodeType, QStringLiteral("Bitmap Heap Scan"));
        QCOMPARE(before.nodes[4].nodeType, QStringLiteral("Seq Scan"));
        QCOMPARE(c.pairs.size(), 6);
        QCOMPARE(c.afterOfBefore[4], 4);
        QCOMPARE(c.beforeTotals.executionTime, 9.040);
        QCOMPARE(c.afterTotals.executionTime, 8.773);
        QCOMPARE(c.beforeTotals.buffers.sharedHit, 493);
        QCOMPARE(c.afterTotals.buffers.sharedHit, 485);
        // The customers scan read 45 blocks; the bitmap heap scan 35 of its own (2 more in its index).
        const NodePair scan = c.pairs[4];
        QCOMPARE(c.buffersDelta(scan), -10.0);
        QCOMPARE(c.rowsDelta(scan), 0.0);
        QVERIFY(std::fabs(c.timeDelta(scan) - ((0.115 - 0.022) - 0.694)) < 1e-9);
        const NodePair added = c.pairs[5];
        QCOMPARE(added.before, -1);
        QCOMPARE(c.timeDelta(added), 0.022);
    }

    void joinWithSwappedInputs()
    {
        const Plan before = read(QStringLiteral("Hash Join  (cost=1.00..10.00 rows=10 width=8)\n"
                                                "  ->  Seq Scan on a  (cost=0.00..5.00 rows=100 width=4)\n"
                                                "  ->  Hash  (cost=1.00..1.00 rows=10 width=4)\n"
                                                "        ->  Seq Scan on b  (cost=0.00..1.00 rows=10 width=4)\n"));
        const Plan after = read(QStringLiteral("Hash Join  (cost=1.00..9.00 rows=10 width=8)\n"
                                               "  ->  Seq Scan on b  (cost=0.00..1.00 rows=10 width=4)\n"
                                               "  ->  Hash  (cost=5.00..5.00 rows=100 width=4)\n"
                                               "        ->  Seq Scan on a  (cost=0.00..5.00 rows=100 width=4)\n"));
        const PlanComparison c = compare(before, after);
        QCOMPARE(c.beforeOfAfter, (std::vector<int>{0, 3, 2, 1}));
        QCOMPARE(c.pairs.size(), 4);
    }

    void changedJoinMethodStillPairs()
    {
        const Plan before = read(QStringLiteral("Nested Loop  (cost=0.00..100.00 rows=10 width=8)\n"
                                                "  ->  Seq Scan on a  (cost=0.00..5.00 rows=100 width=4)\n"
                                                "  ->  Index Scan using b_pkey on b  (cost=0.00..1.00 rows=1 width=4)\n"
                                                "        Index Cond: (id = a.b_id)\n"));
        const Plan after = read(QStringLiteral("Merge Join  (cost=1.00..20.00 rows=10 width=8)\n"
                                               "  Merge Cond: (a.b_id = b.id)\n"
                                               "  ->  Sort  (cost=1.00..2.00 rows=100 width=4)\n"
                                               "        Sort Key: a.b_id\n"
                                               "        ->  Seq Scan on a  (cost=0.00..5.00 rows=100 width=4)\n"
                                               "  ->  Index Scan using b_pkey on b  (cost=0.00..8.00 rows=1000 width=4)\n"));
        const PlanComparison c = compare(before, after);
        QCOMPARE(c.beforeOfAfter, (std::vector<int>{0, -1, 1, 2}));
        QCOMPARE(c.pairs.size(), 4);
    }

    void samePlanMatchesItself()
    {
        const Plan plan = load(QStringLiteral("analysis/merge-join-over-cte.txt"));
        const PlanComparison c = compare(plan, plan);
        for (int i = 0; i < plan.size(); ++i)
            QCOMPARE(c.beforeOfAfter[i], i);
        for (const NodePair &p : c.pairs)
            QCOMPARE(c.timeDelta(p), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "TestComparison.moc"

// The tidy tree layout: no two cards overlap, a parent sits centred over its children, levels are
// rows, collapsed subtrees take no room, and a very deep plan lays out without recursion.
#include "TestPlans.h"

#include <CaseFiles.h>

#include <explain/PlanReader.h>
#include <explain/TreeLayout.h>

#include <QJsonObject>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

Plan load(const QString &relative)
{
    return test::testPlan(relative);
}

// A plan of `nodes` nodes where each node takes up to `fanout` children and the tree is at most
// six levels deep; nodes are added in preorder along the rightmost path.
Plan shaped(int nodes, int fanout)
{
    Plan plan;
    QJsonObject f{{QStringLiteral("Node Type"), QStringLiteral("Append")}};
    QList<int> path{plan.addNode(-1, f)};
    while (plan.size() < nodes) {
        while (path.size() > 1 && (plan.nodes[path.back()].children.size() >= fanout || path.size() > 6))
            path.removeLast();
        path.append(plan.addNode(path.back(), f));
    }
    return plan;
}

void checkTidy(const Plan &plan, const std::vector<QRectF> &r, const std::vector<bool> &collapsed = {}, int inRow = 0)
{
    for (const PlanNode &n : plan.nodes) {
        if (r[n.index].isEmpty())
            continue;
        QVERIFY(r[n.index].left() >= -1e-9);
        const bool open = collapsed.empty() || !collapsed[n.index];
        if (open && inRow > 0 && n.children.size() > inRow) {
            for (int c : n.children) // in rows below the parent
                QVERIFY(r[c].top() > r[n.index].bottom());
        } else if (!n.children.isEmpty() && open) {
            const double mid = (r[n.children.front()].center().x() + r[n.children.back()].center().x()) / 2;
            QVERIFY2(std::fabs(r[n.index].center().x() - mid) < 1e-6, "a parent is not centred over its children");
            for (int c : n.children)
                QVERIFY(r[c].top() > r[n.index].bottom());
        }
    }
    // No two cards overlap.
    std::vector<QRectF> visible;
    for (const QRectF &x : r) {
        if (!x.isEmpty())
            visible.push_back(x.adjusted(0.01, 0.01, -0.01, -0.01));
    }
    std::sort(visible.begin(), visible.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (size_t i = 0; i < visible.size(); ++i) {
        for (size_t k = i + 1; k < visible.size() && visible[k].left() < visible[i].right(); ++k)
            QVERIFY2(!visible[i].intersects(visible[k]), "two cards overlap");
    }
}

} // namespace

class TestTreeLayout : public QObject
{
    Q_OBJECT

private slots:
    void realPlanIsTidy()
    {
        const Plan plan = load(QStringLiteral("analysis/merge-join-over-cte.txt"));
        std::vector<QSizeF> sizes;
        for (const PlanNode &n : plan.nodes)
            sizes.push_back(QSizeF(100 + 10 * (n.index % 4), 60));
        checkTidy(plan, TreeLayout::layout(plan, sizes));
    }

    void wideAndDeepTreesAreTidy()
    {
        for (int fanout : {1, 2, 3, 7}) {
            const Plan plan = shaped(300, fanout);
            checkTidy(plan, TreeLayout::layout(plan, std::vector<QSizeF>(plan.size(), QSizeF(120, 50))));
        }
    }

    void manyChildrenGoInRows()
    {
        // An Append over 500 partitions, each a Sort over a scan, beside a small join.
        Plan plan;
        const QJsonObject f{{QStringLiteral("Node Type"), QStringLiteral("Hash Join")}};
        plan.addNode(-1, f);
        const int append = plan.addNode(0, f);
        for (int i = 0; i < 500; ++i)
            plan.addNode(plan.addNode(append, f), f);
        plan.addNode(plan.addNode(0, f), f);
        TreeLayout::Options options;
        options.maxChildrenInRow = 20;
        const auto r = TreeLayout::layout(plan, std::vector<QSizeF>(plan.size(), QSizeF(100, 50)), {}, options);
        checkTidy(plan, r, {}, 20);
        double width = 0, height = 0;
        for (const QRectF &x : r) {
            width = std::max(width, x.right());
            height = std::max(height, x.bottom());
        }
        // Not one line of 500 subtrees (62,000 px) but rows, about as wide as they are tall.
        QVERIFY(width < 500 * 124 / 5);
        QVERIFY(width / height > 0.5 && width / height < 4);
    }

    void collapsedSubtreesTakeNoRoom()
    {
        const Plan plan = load(QStringLiteral("analysis/merge-join-over-cte.txt"));
        const std::vector<QSizeF> sizes(plan.size(), QSizeF(100, 50));
        const auto open = TreeLayout::layout(plan, sizes);
        std::vector<bool> collapsed(plan.size(), false);
        collapsed[6] = true; // the Merge Join
        const auto closed = TreeLayout::layout(plan, sizes, collapsed);
        for (int i = 7; i < plan.size(); ++i)
            QVERIFY(closed[i].isEmpty());
        QVERIFY(!closed[6].isEmpty());
        checkTidy(plan, closed, collapsed);
        double openWidth = 0, closedWidth = 0;
        for (int i = 0; i < plan.size(); ++i) {
            openWidth = std::max(openWidth, open[i].right());
            closedWidth = std::max(closedWidth, closed[i].right());
        }
        QVERIFY(closedWidth < openWidth);
    }

    void veryDeepPlan()
    {
        Plan plan;
        QJsonObject f{{QStringLiteral("Node Type"), QStringLiteral("Limit")}};
        plan.addNode(-1, f);
        for (int i = 1; i < 20000; ++i)
            plan.addNode(i - 1, f);
        const auto r = TreeLayout::layout(plan, std::vector<QSizeF>(plan.size(), QSizeF(80, 40)));
        QCOMPARE(r.back().center().x(), r.front().center().x());
        QVERIFY(r.back().top() > r.front().top());
    }
};

QTEST_GUILESS_MAIN(TestTreeLayout)
#include "TestTreeLayout.moc"

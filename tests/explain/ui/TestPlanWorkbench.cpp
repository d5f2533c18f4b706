// The explain widgets as a user drives them (offscreen): a plan shown as cards and as a table,
// findings and search choosing nodes, colouring, collapsing, keyboard walking, a comparison, the
// export of pictures, a bad input, and a 10,000-node plan.
#include "PlanGenerator.h"
#include "TestPlans.h"

#include <CaseFiles.h>

#include <explain/PlanReader.h>
#include <explain/ui/FindingsView.h>
#include <explain/ui/NodeDetailsView.h>
#include <explain/ui/PlanCompareView.h>
#include <explain/ui/PlanGraphView.h>
#include <explain/ui/PlanScene.h>
#include <explain/ui/PlanSearchBar.h>
#include <explain/ui/PlanTableModel.h>
#include <explain/ui/PlanTableView.h>
#include <explain/ui/PlanWorkbench.h>

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

Plan load(const QString &relative)
{
    return test::testPlan(relative);
}

int visibleCards(const ui::PlanScene &scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene.items())
        n += item->isVisible() && item->flags().testFlag(QGraphicsItem::ItemIsSelectable);
    return n;
}

} // namespace

class TestPlanWorkbench : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::PlanWorkbench> m_bench;

    void showPlan(const Plan &plan)
    {
        QSignalSpy shown(m_bench.get(), &ui::PlanWorkbench::planShown);
        m_bench->setPlan(plan);
        QVERIFY(shown.wait(10000));
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ui::PlanWorkbench>();
        m_bench->resize(1400, 900);
        m_bench->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bench.get()));
    }

    void cleanup() { m_bench.reset(); }

    void pastedAndDroppedPlansOpen()
    {
        const QString text = test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text/costs-off.txt"));
        QGuiApplication::clipboard()->setText(text);
        QSignalSpy shown(m_bench.get(), &ui::PlanWorkbench::planShown);
        m_bench->graphView()->setFocus();
        QTest::keyClick(m_bench->graphView(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(shown.wait(10000));
        QCOMPARE(m_bench->plan()->source, PlanSource::PostgresText);
        QCOMPARE(m_bench->plan()->sourceName, QStringLiteral("pasted plan"));
        const int pastedNodes = m_bench->plan()->size();
        QVERIFY(pastedNodes > 1);

        // A file dropped onto the table under the drawing.
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text/parallel-workers.json"))});
        QWidget *target = m_bench->tableView()->viewport();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(shown.wait(10000));
        QCOMPARE(m_bench->plan()->source, PlanSource::PostgresJson);
        QCOMPARE(m_bench->plan()->sourceName, QStringLiteral("parallel-workers.json"));

        // Text that is no plan says so.
        QSignalSpy failed(m_bench.get(), &ui::PlanWorkbench::errorOccurred);
        QGuiApplication::clipboard()->setText(QStringLiteral("hello"));
        m_bench->pasteAction()->trigger();
        QVERIFY(failed.wait(10000));
    }

    void showsAPlanAsCardsAndTable()
    {
        showPlan(load(QStringLiteral("analysis/merge-join-over-cte.txt")));
        QCOMPARE(m_bench->plan()->size(), 12);
        QCOMPARE(visibleCards(*m_bench->scene()), 12);
        QCOMPARE(m_bench->tableView()->model()->rowCount(), 12);
        QVERIFY(!m_bench->findingsView()->toPlainText().isEmpty());
        QCOMPARE(m_bench->scene()->metric(), Metric::Time);
    }

    void findingsAndSearchChooseNodes()
    {
        showPlan(load(QStringLiteral("analysis/merge-join-over-cte.txt")));
        const Finding &first = m_bench->analysis()->findings.first();
        m_bench->findingsView()->choose(0);
        QCOMPARE(m_bench->selectedNode(), first.node);
        QCOMPARE(m_bench->scene()->selectedNode(), first.node);
        QCOMPARE(m_bench->detailsView()->node(), first.node);
        QVERIFY(m_bench->detailsView()->valueOf(QStringLiteral("Exclusive time")).contains(QStringLiteral("ms")));
        QCOMPARE(m_bench->detailsView()->valueOf(QStringLiteral("Sort Space Type")), QStringLiteral("Disk"));
        const QModelIndex current = m_bench->tableView()->currentIndex();
        QCOMPARE(current.data(ui::PlanTableModel::NodeRole).toInt(), first.node);

        m_bench->searchBar()->setText(QStringLiteral("cte scan b2"));
        QCOMPARE(m_bench->searchBar()->matches(), QList<int>{11});
        QCOMPARE(m_bench->selectedNode(), 11);
        m_bench->searchBar()->setText(QStringLiteral("orders"));
        // The two scans of orders by name first, then the nodes whose keys mention it.
        QCOMPARE(m_bench->searchBar()->matches(), (QList<int>{3, 5, 1, 2}));
        m_bench->searchBar()->next();
        QCOMPARE(m_bench->selectedNode(), m_bench->searchBar()->matches()[1]);
    }

    void tableSortsByExclusiveTime()
    {
        showPlan(load(QStringLiteral("analysis/merge-join-over-cte.txt")));
        m_bench->tableView()->sortByColumn(ui::PlanTableModel::Exclusive, Qt::DescendingOrder);
        const QList<int> order = m_bench->tableView()->nodesInViewOrder();
        for (int i = 1; i < order.size(); ++i)
            QVERIFY(m_bench->analysis()->nodes[order[i - 1]].exclusiveTime >= m_bench->analysis()->nodes[order[i]].exclusiveTime);
        QCOMPARE(order.first(), 2); // the CTE's sort that spilled
    }

    void coloursCollapsesAndWalks()
    {
        showPlan(load(QStringLiteral("analysis/merge-join-over-cte.txt")));
        m_bench->setMetric(Metric::Rows);
        QCOMPARE(m_bench->scene()->metric(), Metric::Rows);
        m_bench->scene()->setCollapsed(6, true); // the Merge Join and its five nodes below
        QCOMPARE(visibleCards(*m_bench->scene()), 7);
        m_bench->selectNode(8); // inside: shown again
        QVERIFY(!m_bench->scene()->isCollapsed(6));
        QCOMPARE(visibleCards(*m_bench->scene()), 12);
        m_bench->graphView()->setFocus();
        QTest::keyClick(m_bench->graphView(), Qt::Key_Up);
        QCOMPARE(m_bench->selectedNode(), 7);
        QTest::keyClick(m_bench->graphView(), Qt::Key_Right);
        QCOMPARE(m_bench->selectedNode(), 9);
        QTest::keyClick(m_bench->graphView(), Qt::Key_Down);
        QCOMPARE(m_bench->selectedNode(), 10);
    }

    void comparesTwoPlans()
    {
        QSignalSpy compared(m_bench.get(), &ui::PlanWorkbench::comparisonShown);
        m_bench->compare(load(QStringLiteral("compare/before-index.txt")), load(QStringLiteral("compare/after-index.txt")));
        QVERIFY(compared.wait(10000));
        ui::PlanCompareView *view = m_bench->compareView();
        QCOMPARE(m_bench->tabs()->currentWidget(), view);
        QCOMPARE(view->pairsTable()->rowCount(), 6);
        QVERIFY(view->totalsText().contains(QStringLiteral("9.040 ms")));
        QVERIFY(view->totalsText().contains(QStringLiteral("-3.0%")));
        view->selectPair(4, -1); // the customers scan: before a Seq Scan, after a Bitmap Heap Scan
        QCOMPARE(view->afterScene()->selectedNode(), 4);
        QCOMPARE(m_bench->selectedNode(), 4);
        QCOMPARE(m_bench->plan()->nodes[4].nodeType, QStringLiteral("Bitmap Heap Scan"));
    }

    // Two SQLite plans have steps but no measurements: the comparison shows the steps only.
    void comparesSqlitePlansByTheirSteps()
    {
        QSignalSpy compared(m_bench.get(), &ui::PlanWorkbench::comparisonShown);
        m_bench->compare(load(QStringLiteral("sqlite/without-index.txt")), load(QStringLiteral("sqlite/with-index.tsv")));
        QVERIFY(compared.wait(10000));
        ui::PlanCompareView *view = m_bench->compareView();
        QVERIFY2(view->totalsText().contains(QStringLiteral("Neither plan was measured")), qPrintable(view->totalsText()));
        QVERIFY(!view->totalsText().contains(QStringLiteral("Execution")));
        for (int column : {3, 4, 5, 6, 7})
            QVERIFY(view->pairsTable()->isColumnHidden(column));
        QCOMPARE(view->pairsTable()->rowCount(), 2);
        QVERIFY(view->pairsTable()->item(1, 0)->text().contains(QStringLiteral("(was SCAN orders)")));
    }

    void exportsPictures()
    {
        showPlan(load(QStringLiteral("analysis/merge-join-over-cte.txt")));
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("plan.svg")), png = dir.filePath(QStringLiteral("plan.png"));
        QVERIFY(m_bench->exportSvg(svg).ok());
        QVERIFY(m_bench->exportPng(png).ok());
        const QString svgText = test::readText(svg);
        QVERIFY(svgText.contains(QStringLiteral("<svg")));
        QVERIFY(svgText.contains(QStringLiteral("Merge Join")));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800 && image.height() > 500);
        const Result<void> bad = m_bench->exportPng(QStringLiteral("/nonexistent-folder/plan.png"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("cannot write")));
    }

    void refusesTextThatIsNoPlan()
    {
        QSignalSpy failed(m_bench.get(), &ui::PlanWorkbench::errorOccurred);
        m_bench->openText(QStringLiteral("{\"Plan\": {\"Node Type\": \"Sort\""), QStringLiteral("broken.json"));
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.place.source, QStringLiteral("broken.json"));
        QVERIFY(m_bench->plan() == nullptr);
    }

    void tenThousandNodes()
    {
        auto plan = PlanReader::read(test::generatedPlanJson(10000, test::PlanShape::Mixed));
        QVERIFY(plan.ok());
        QVERIFY(plan->size() >= 10000);
        showPlan(*plan);
        QCOMPARE(visibleCards(*m_bench->scene()), plan->size());
        // The first look at a big plan is its root, readable; Fit shows the whole.
        QVERIFY(m_bench->graphView()->zoom() > 0.5);
        m_bench->graphView()->fitAll();
        QVERIFY(m_bench->graphView()->zoom() < 0.1);
        QVERIFY(!m_bench->grab().isNull());
        m_bench->selectNode(plan->size() - 1);
        QCOMPARE(m_bench->scene()->selectedNode(), plan->size() - 1);
    }
};

QTEST_MAIN(TestPlanWorkbench)
#include "TestPlanWorkbench.moc"

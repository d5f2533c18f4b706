// The workload panel as a user drives it (offscreen): data generated into a SQLite file by the
// Generate button with a progress bar per table, a cancelled run that leaves no table, the sample
// shop workload run and its report (statement table, histogram, plan, fingerprints), a scaling study,
// and index advice on data with a known missing index whose "Add to model" is one undoable step.
// STRATA_SCREENSHOTS=DIR keeps pictures of the panel with real data on each of its pages.
#include "../SynthTestKit.h"

#include <explain/ui/PlanWorkbench.h>
#include <modeler/DdlWriter.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelTree.h>
#include <QBarSeries>
#include <QBarSet>
#include <QDir>
#include <QFileInfo>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <workload/ProfileReport.h>
#include <workload/ui/AdvicePage.h>
#include <workload/ui/BackgroundJob.h>
#include <workload/ui/DataPage.h>
#include <workload/ui/FingerprintList.h>
#include <workload/ui/IndexAdviceView.h>
#include <workload/ui/JobBar.h>
#include <workload/ui/LatencyHistogram.h>
#include <workload/ui/ProfilePage.h>
#include <workload/ui/ProfileTable.h>
#include <workload/ui/ScalingChart.h>
#include <workload/ui/ScalingPage.h>
#include <workload/ui/SynthProgressList.h>
#include <workload/ui/TableSizesEditor.h>
#include <workload/ui/TargetBar.h>
#include <workload/ui/WorkloadEditor.h>
#include <workload/ui/WorkloadPanel.h>

using namespace strata;
using namespace strata::workload;
using namespace strata::workload::ui;

namespace {

const char *missingIndexWorkload =
    "-- name: by_amount  weight: 3\n-- $1: sample(purchase.amount)\n"
    "SELECT id FROM purchase WHERE amount = $1\n\n"
    "-- name: by_id\n-- $1: sample(purchase.id)\nSELECT kind FROM purchase WHERE id = $1\n";

/// A panel on its own model, shown as in the window.
struct PanelUnderTest
{
    explicit PanelUnderTest(const modeler::Model &model, const QString &enginePath)
    {
        document.reset(model);
        panel.setEnginePath(enginePath);
        panel.resize(1500, 950);
        panel.show();
    }
    modeler::ui::ModelDocument document;
    WorkloadPanel panel{&document};
};

/// Clicks a button and waits for the page's finished(ok) signal; returns `ok`.
template <typename Page> bool clickAndWait(QPushButton *button, Page *page, int timeoutMs = 60000)
{
    QSignalSpy finished(page, &Page::finished);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!page->job()->isRunning())
        return false; // it did not start: the page's bar says why
    if (!finished.wait(timeoutMs)) {
        qWarning("no end after %d ms", timeoutMs);
        return false;
    }
    return finished.first().first().toBool();
}

/// A latency summary as a report shows it: measured, and p50 <= p95 <= p99 <= max.
void verifyPercentiles(const LatencySummary &l, const QString &what)
{
    QVERIFY2(l.count > 0 && l.p50 > 0, qPrintable(what));
    QVERIFY2(l.p50 <= l.p95 && l.p95 <= l.p99 && l.p99 <= l.max, qPrintable(what));
}

qint64 rowsOf(const QString &path, const QString &table)
{
    auto session = test::openSqlite(path);
    return test::scalar(*session, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong();
}

/// Saves a picture of `widget` in STRATA_SCREENSHOTS=DIR, once the layouts its last changes asked for are
/// done.
void keepPicture(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString dir = qEnvironmentVariable("STRATA_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestWorkloadPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shopData;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shopData = m_dir.filePath(QStringLiteral("shop.sqlite"));
    }

    // Generate data: each table's bar reaches its rows, and the file has them.
    void generatesDataWithProgressPerTable()
    {
        PanelUnderTest t(test::shopModel(), m_shopData);
        DataPage *data = t.panel.dataPage();
        data->sizes()->setRows(QStringLiteral("orders"), 3000);
        data->sizes()->setScale(0.5);
        QVERIFY2(clickAndWait(data->generateButton(), data), qPrintable(data->jobBar()->message()));
        QVERIFY2(data->jobBar()->message().startsWith(u"Filled"), qPrintable(data->jobBar()->message()));
        QCOMPARE(data->lastReport().tables.size(), t.document.model().tables.size());
        for (const modeler::Table &table : t.document.model().tables) {
            const SynthProgressList *list = data->progressList();
            QVERIFY2(list->rowsTotal(table.name) > 0, qPrintable(table.name));
            QCOMPARE(list->rowsDone(table.name), list->rowsTotal(table.name));
            QCOMPARE(list->state(table.name), TableProgress::State::Done);
            QCOMPARE(list->bar(table.name)->value(), list->bar(table.name)->maximum());
            QCOMPARE(rowsOf(m_shopData, table.name), list->rowsTotal(table.name));
        }
        QCOMPARE(data->progressList()->rowsTotal(QStringLiteral("orders")),
                 1500); // 3,000 rows asked, times the scale
        QVERIFY(data->generateButton()->isEnabled());
    }

    // The default target is the model's engine: the SQLite file beside the model, as synth makes.
    void defaultTargetIsBesideTheModel()
    {
        PanelUnderTest t(test::shopModel(), QString());
        t.panel.setModelFile(m_dir.filePath(QStringLiteral("shop.strata")));
        auto target = t.panel.targetBar()->target();
        QVERIFY(target.ok());
        QVERIFY(target->modelEngine);
        QCOMPARE(target->sqlitePath(), m_shopData);
        t.panel.setModelFile(QString()); // not saved yet: no engine, and the bar says what to do
        QVERIFY(!t.panel.targetBar()->target().ok());
    }

    // Cancel half-way: the run is rolled back, the file never appears, and the bar says so.
    void cancelLeavesNoTable()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
        PanelUnderTest t(test::shopModel(), QString());
        t.panel.targetBar()->chooseConnectionString(path);
        DataPage *data = t.panel.dataPage();
        data->sizes()->setScale(100); // 100,000 rows a table: long enough to be cancelled
        QSignalSpy progress(data->job(), &BackgroundJob::progress);
        QSignalSpy finished(data, &DataPage::finished);
        QTest::mouseClick(data->generateButton(), Qt::LeftButton);
        QVERIFY(progress.wait(30000)); // rows are loading
        QVERIFY(data->jobBar()->cancelButton()->isEnabled());
        QTest::mouseClick(data->jobBar()->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        const QString message = data->jobBar()->message();
        QVERIFY2(message.contains(u"Cancelled: the run was rolled back.") &&
                     message.contains(u"No file was written"),
                 qPrintable(message));
        qint64 loaded = 0;
        for (const modeler::Table &table : t.document.model().tables)
            loaded += data->progressList()->rowsDone(table.name);
        QVERIFY(loaded > 0); // it was stopped while loading, not before
    }

    // Cancelling a new run into a database that has data keeps the data from before.
    void cancelKeepsTheEarlierData()
    {
        PanelUnderTest t(test::shopModel(), m_shopData);
        const qint64 before = rowsOf(m_shopData, QStringLiteral("orders"));
        DataPage *data = t.panel.dataPage();
        data->sizes()->setScale(100);
        QSignalSpy progress(data->job(), &BackgroundJob::progress);
        QSignalSpy finished(data, &DataPage::finished);
        QVERIFY(t.panel.generateData());
        QVERIFY(progress.wait(30000));
        data->job()->cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(rowsOf(m_shopData, QStringLiteral("orders")), before);
        const QString message = data->jobBar()->message();
        QVERIFY2(message.contains(QStringLiteral("still holds %1 of the model's tables from before this run")
                                      .arg(t.document.model().tables.size())),
                 qPrintable(message));
    }

    // The shop workload on the shop data: the statement table, the histogram, a plan and fingerprints.
    void runsAWorkloadAndShowsTheReport()
    {
        PanelUnderTest t(test::shopModel(), m_shopData);
        QVERIFY(t.panel.workloadEditor()
                    ->openFile(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"))
                    .ok());
        ProfilePage *page = t.panel.profilePage();
        page->setRunLength(400);
        QVERIFY(clickAndWait(page->runButton(), page));
        const WorkloadProfile &profile = page->lastProfile();
        QCOMPARE(profile.total.count, 400);
        auto workload =
            Workload::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"));
        QVERIFY(workload.ok());
        QCOMPARE(profile.statements.size(), workload->statements.size());
        for (const StatementProfile &s : profile.statements)
            verifyPercentiles(s.latency, s.name);
        verifyPercentiles(profile.total, QStringLiteral("(all)"));
        ProfileTable *table = page->table();
        QCOMPARE(table->rowCount(), profile.statements.size() + 1);
        const QStringList titles = table->columnTitles();
        for (const char *column : {"Executions", "p50 ms", "p95 ms", "p99 ms", "max ms", "Rows",
                                   "fullscan_steps", "sorts", "Plan"})
            QVERIFY2(titles.contains(QLatin1String(column)), column);
        qint64 executions = 0;
        for (int r = 0; r < table->rowCount() - 1; ++r)
            executions += table->item(r, int(titles.indexOf(u"Executions")))
                              ->text()
                              .remove(QLocale().groupSeparator())
                              .toLongLong();
        QCOMPARE(executions, 400);
        // The total row shows the report's percentiles.
        const int totalRow = table->rowCount() - 1;
        QCOMPARE(table->item(totalRow, 0)->text(), QStringLiteral("(all)"));
        QCOMPARE(table->item(totalRow, int(titles.indexOf(u"p50 ms")))->text(),
                 ProfileReport::milliseconds(profile.total.p50));
        QCOMPARE(table->item(totalRow, int(titles.indexOf(u"p99 ms")))->text(),
                 ProfileReport::milliseconds(profile.total.p99));
        const int row = table->rowOf(QStringLiteral("customer_orders"));
        QVERIFY(row >= 0);
        QVERIFY(table->item(row, int(titles.indexOf(u"Plan")))->text().contains(u"orders"));

        // The chosen statement's histogram: every execution in a bar.
        table->setCurrentCell(row, 0);
        QBarSeries *bars = page->histogram()->series();
        QVERIFY(bars && bars->count() == 1);
        double inBars = 0;
        for (int b = 0; b < bars->barSets().first()->count(); ++b)
            inBars += bars->barSets().first()->at(b);
        const StatementProfile &chosen = profile.statements[table->statementAt(row)];
        QCOMPARE(qint64(inBars), chosen.latency.count);
        QVERIFY(chosen.latency.count > 0);

        // Its plan in the explain workbench.
        QVERIFY(page->planButton()->isEnabled());
        QSignalSpy shown(page->planWorkbench(), &explain::ui::PlanWorkbench::planShown);
        QSignalSpy requested(&t.panel, &WorkloadPanel::planRequested);
        QTest::mouseClick(page->planButton(), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QCOMPARE(requested.size(), 1); // for the main window's plan view
        QCOMPARE(requested.first().first().value<explain::Plan>().sourceName,
                 QStringLiteral("customer_orders"));
        QCOMPARE(page->detailTabs()->currentWidget(), page->planWorkbench());
        QVERIFY(page->planWorkbench()->plan()->size() >= 2);
        QVERIFY(page->fingerprints()->topLevelItemCount() > 0);
    }

    // A workload that does not parse: the run does not start and the error names its place.
    void aBadWorkloadSaysWhere()
    {
        PanelUnderTest t(test::shopModel(), m_shopData);
        t.panel.workloadEditor()->setText(QStringLiteral("-- name: x\n-- $1: sample(orders.id)\nSELECT 1\n"));
        QVERIFY(!t.panel.runWorkload());
        const QString message = t.panel.profilePage()->jobBar()->message();
        QVERIFY2(message.contains(u"workload:2:") && message.contains(u"$1"), qPrintable(message));
    }

    void scalingStudyChartsEachStatement()
    {
        PanelUnderTest t(test::synthModel(QStringLiteral("distributions.strata")),
                         m_dir.filePath(QStringLiteral("scaling.sqlite")));
        t.panel.workloadEditor()->setText(QString::fromUtf8(missingIndexWorkload));
        t.panel.dataPage()->sizes()->setScale(0.5);
        ScalingPage *page = t.panel.scalingPage();
        page->setScales(QStringLiteral("1, 2, 4"));
        page->setExecutions(60);
        page->setPredictRows(100000);
        QVERIFY(clickAndWait(page->runButton(), page));
        const ScalingReport &report = page->lastReport();
        QCOMPARE(report.scales.size(), 3);
        QCOMPARE(page->table()->rowCount(), 2);
        QVERIFY(!report.statements[0].verdict.isEmpty());
        QVERIFY(page->chart()->measured()->count() == 3);
        QVERIFY(page->chart()->fitted() && page->chart()->fitted()->count() > 10);
        QVERIFY(page->chart()->predicted() && page->chart()->predicted()->count() == 1);
        QVERIFY(!QFileInfo::exists(
            m_dir.filePath(QStringLiteral("scaling.scaling.sqlite")))); // the scratch file is gone
    }

    // Advice on data whose missing index is known; "Add to model" is one step, undone and redone.
    void advisesTheMissingIndexAndAddsItToTheModel()
    {
        const QString path = m_dir.filePath(QStringLiteral("advice.sqlite"));
        PanelUnderTest t(test::synthModel(QStringLiteral("distributions.strata")), path);
        modeler::ui::ModelTree tree(&t.document);
        DataPage *data = t.panel.dataPage();
        data->sizes()->setRows(QStringLiteral("customer"), 100);
        data->sizes()->setRows(QStringLiteral("purchase"), 20000);
        QVERIFY(clickAndWait(data->generateButton(), data));
        t.panel.workloadEditor()->setText(QString::fromUtf8(missingIndexWorkload));
        AdvicePage *page = t.panel.advicePage();
        page->setRounds(3);
        QVERIFY(clickAndWait(page->runButton(), page));
        QVERIFY2(!page->lastAdvice().kept.isEmpty(), qPrintable(page->lastAdvice().text()));
        const IndexVerdict &best = page->lastAdvice().kept.first();
        QCOMPARE(best.candidate.columns.first(), QStringLiteral("amount"));
        QCOMPARE(page->view()->keptTable()->rowCount(), page->lastAdvice().kept.size());
        QVERIFY(page->view()->keptTable()->item(0, 2)->text().contains(u"by_amount"));

        const auto purchase = [&] {
            return *t.document.model().tableByName({}, QStringLiteral("purchase"));
        };
        const auto hasAmountIndex = [&] {
            const modeler::Table table = purchase();
            return std::any_of(table.indexes.begin(), table.indexes.end(), [&](const modeler::Index &i) {
                return !i.keys.isEmpty() &&
                       i.keys.first().columnId == table.columnByName(QStringLiteral("amount"))->id;
            });
        };
        QVERIFY(!hasAmountIndex());
        // The tree lists an index under its table as "index NAME (columns)".
        const auto inTree = [&](const modeler::ui::ModelTree &tree, const modeler::Index &index) {
            const QStandardItem *item = tree.itemOf(
                modeler::ObjectRef::child(modeler::ObjectRef::Kind::Index, purchase().id, index.id));
            return item && item->text().startsWith(QStringLiteral("index ") + index.name);
        };
        page->view()->selectKept(0);
        QVERIFY(page->addButton()->isEnabled());
        const int steps = t.document.undoStack()->count();
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QCOMPARE(t.document.undoStack()->count(), steps + 1); // one step
        QVERIFY(hasAmountIndex());
        const modeler::Index added = purchase().indexes.last();
        QVERIFY(added.name.startsWith(u"purchase_amount"));
        QVERIFY(inTree(tree, added));
        QVERIFY(modeler::DdlWriter::write(t.document.model(), modeler::Dialect::Sqlite)
                    .sql.contains(QStringLiteral("CREATE INDEX ") + added.name));
        QVERIFY(!page->addButton()->isEnabled()); // the model has it now
        QVERIFY(page->view()->keptTable()->item(0, 0)->text().endsWith(u"(in the model)"));

        t.document.undoStack()->undo();
        QVERIFY(!hasAmountIndex());
        QVERIFY(!inTree(tree, added));
        QVERIFY(page->addButton()->isEnabled());
        t.document.undoStack()->redo();
        QVERIFY(hasAmountIndex());
        QCOMPARE(purchase().indexes.last(), added);
    }

    // Every page in turn on one target, as a user goes through them: the shop generated, its workload
    // profiled, a scaling study and index advice. With STRATA_SCREENSHOTS=DIR, at sizes that make good
    // pictures, one per result tab (the data part is in each); without, small and quick.
    void everyPageInTurn()
    {
        const bool pictures = !qEnvironmentVariableIsEmpty("STRATA_SCREENSHOTS");
        PanelUnderTest t(test::shopModel(), m_dir.filePath(QStringLiteral("picture.sqlite")));
        t.panel.dataPage()->sizes()->setScale(pictures ? 20 : 1);
        QVERIFY(clickAndWait(t.panel.dataPage()->generateButton(), t.panel.dataPage()));
        QVERIFY(t.panel.workloadEditor()
                    ->openFile(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"))
                    .ok());
        ProfilePage *profile = t.panel.profilePage();
        profile->setRunLength(pictures ? 3000 : 300);
        QVERIFY(clickAndWait(profile->runButton(), profile));
        QCOMPARE(profile->lastProfile().total.count, pictures ? 3000 : 300);
        profile->table()->setCurrentCell(profile->table()->rowOf(QStringLiteral("customer_orders")), 0);
        keepPicture(&t.panel, QStringLiteral("workload-panel-profile"));
        profile->openPlan(profile->table()->currentStatement());
        QSignalSpy planShown(profile->planWorkbench(), &explain::ui::PlanWorkbench::planShown);
        QVERIFY(planShown.wait(10000));
        keepPicture(&t.panel, QStringLiteral("workload-panel-plan"));

        ScalingPage *scaling = t.panel.scalingPage();
        scaling->setScales(QStringLiteral("0.05, 0.1, 0.2"));
        scaling->setExecutions(pictures ? 200 : 50);
        QVERIFY(clickAndWait(scaling->runButton(), scaling, 300000));
        QVERIFY(scaling->table()->rowCount() > 0);
        scaling->table()->setCurrentCell(0, 0);
        keepPicture(&t.panel, QStringLiteral("workload-panel-scaling"));

        QVERIFY(clickAndWait(t.panel.advicePage()->runButton(), t.panel.advicePage(), 300000));
        keepPicture(&t.panel, QStringLiteral("workload-panel-advice"));
    }
};

QTEST_MAIN(TestWorkloadPanel)
#include "TestWorkloadPanel.moc"

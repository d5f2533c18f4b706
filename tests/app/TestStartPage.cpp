// The start page a first run shows: every way in works from it (the bundled sample, a new model, a
// database to reverse-engineer, the SQL editor, a plan), the recent models come back on it, and it
// shows no docks of its own while the model's come back with the Model tab.
#include "EnglishPlurals.h"
#include "IdeTestKit.h"
#include "ModelEngine.h"
#include "ModelerPanes.h"
#include "WelcomePage.h"
#include "WorkloadPanes.h"

#include <CaseFiles.h>
#include <connectors/Session.h>
#include <modeler/ModelFile.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>
#include <QAction>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <workload/ui/DataPage.h>
#include <workload/ui/JobBar.h>
#include <workload/ui/ProfilePage.h>
#include <workload/ui/SynthProgressList.h>
#include <workload/ui/TableSizesEditor.h>
#include <workload/ui/WorkloadEditor.h>
#include <workload/ui/WorkloadPanel.h>

using namespace strata;
using namespace strata::app;
using namespace strata::test;
using strata::workload::ui::WorkloadPanel;

class TestStartPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    QCommandLinkButton *button(const QString &name) const
    {
        return m_window->welcomePage()->findChild<QCommandLinkButton *>(name);
    }
    QWidget *current() const { return m_window->centralTabs()->currentWidget(); }
    const modeler::Model &model() const { return m_window->documents()->document()->model(); }

private slots:
    void initTestCase()
    {
        m_window = std::make_unique<MainWindow>(0);
        QVERIFY(activate(*m_window));
    }

    void startPageOffersTheSample()
    {
        m_window->showStartPage();
        QCOMPARE(current(), m_window->welcomePage());
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            QVERIFY2(dock->isHidden(),
                     qPrintable(dock->objectName())); // the page alone, nothing half-empty beside it
        const QStringList samples = WelcomePage::sampleModels();
        QVERIFY(!samples.isEmpty());
        const auto sample = modeler::ModelFile::load(samples.first());
        STRATA_VERIFY_RESULT(sample);
        QCommandLinkButton *open = button(QStringLiteral("openSample"));
        QVERIFY(open);
        QVERIFY2(open->description().startsWith(QStringLiteral("%1 tables").arg(sample->tables.size())),
                 qPrintable(open->description()));
        QCOMPARE(m_window->welcomePage()->recentList()->count(), 1); // the line that says what will be there
        screenshot(m_window.get(), QStringLiteral("start-page"));

        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(model().tables.size(), sample->tables.size());
        QCOMPARE(current(), m_window->panes()->workspace());
        QVERIFY(m_window->panes()->docks().first()->isVisible()); // the model's tree is back with its tab
    }

    void recentModelsComeBackOnThePage()
    {
        const QString sample = WelcomePage::sampleModels().first();
        m_window->documents()->newModel();
        QVERIFY(model().tables.empty());
        m_window->findChild<QAction *>(QStringLiteral("startPage"))->trigger();
        QCOMPARE(current(), m_window->welcomePage());
        QListWidget *recent = m_window->welcomePage()->recentList();
        QCOMPARE(recent->count(), 1);
        // The user's own copy: an installed sample is read-only, and its data goes beside it.
        const QString copy = WelcomePage::userCopyOf(sample);
        QCOMPARE(QFileInfo(copy).absolutePath(), connectors::ui::SqlWorkbench::defaultDataDir() + QStringLiteral("/samples"));
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), copy);
        emit recent->itemActivated(recent->item(0));
        QVERIFY(!model().tables.empty());
        QCOMPARE(m_window->documents()->filePath(), copy);
    }

    void newModelStartsEmpty()
    {
        m_window->showStartPage();
        QTest::mouseClick(button(QStringLiteral("newModel")), Qt::LeftButton);
        QVERIFY(model().tables.empty());
        QVERIFY(m_window->documents()->filePath().isEmpty());
        QCOMPARE(current(), m_window->panes()->workspace());
        screenshot(m_window.get(), QStringLiteral("empty-diagram"));
    }

    void savedDatabaseIsReverseEngineered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        {
            auto session = connectors::Session::open({connectors::Dialect::Sqlite, path, true});
            STRATA_VERIFY_RESULT(session);
            STRATA_VERIFY_RESULT((*session)->query(
                QStringLiteral("CREATE TABLE warehouse (id INTEGER PRIMARY KEY, city TEXT NOT NULL)")));
            STRATA_VERIFY_RESULT((*session)->query(
                QStringLiteral("CREATE TABLE stock (warehouse_id INTEGER NOT NULL REFERENCES warehouse(id), "
                               "sku TEXT NOT NULL, PRIMARY KEY (warehouse_id, sku))")));
        }
        connectors::SavedConnection saved;
        saved.name = QStringLiteral("inventory");
        saved.form = connectors::ConnectionForm::SqliteFile;
        saved.path = path;
        STRATA_VERIFY_RESULT(m_window->sql()->connections()->save(saved));

        m_window->showStartPage();
        QMenu *menu = m_window->welcomePage()->reverseMenu();
        emit menu->aboutToShow();
        QStringList entries;
        for (QAction *a : menu->actions())
            entries << a->text();
        QVERIFY2(entries.contains(QStringLiteral("inventory")), qPrintable(entries.join(u',')));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("chooseConnection")));
        menu->actions().at(entries.indexOf(QStringLiteral("inventory")))->trigger();
        QVERIFY(waitForJob(*m_window));
        QTRY_COMPARE(model().tables.size(), qsizetype(2));
        const modeler::Table *stock = model().tableByName({}, QStringLiteral("stock"));
        QVERIFY(stock);
        QCOMPARE(stock->foreignKeys.size(), qsizetype(1));
        QCOMPARE(current(), m_window->panes()->workspace());
    }

    void sqlAndPlanAreOneClickAway()
    {
        m_window->showStartPage();
        QTest::mouseClick(button(QStringLiteral("querySql")), Qt::LeftButton);
        QCOMPARE(m_window->centralTabs()->tabText(m_window->centralTabs()->currentIndex()),
                 QStringLiteral("SQL"));
        screenshot(m_window.get(), QStringLiteral("empty-sql"));
        m_window->showStartPage();
        QTest::mouseClick(button(QStringLiteral("readPlan")), Qt::LeftButton);
        QCOMPARE(m_window->centralTabs()->tabText(m_window->centralTabs()->currentIndex()),
                 QStringLiteral("Plan"));
        screenshot(m_window.get(), QStringLiteral("empty-plan"));
    }

    // The sample's workload on data generated into its engine, as the Workload tab runs it; the SQL
    // editor on that engine sees the new rows.
    void sampleWorkloadRunsOnGeneratedData()
    {
        m_window->documents()->document()->markSaved(); // the database read before: nothing to ask about
        m_window->showStartPage();
        QTest::mouseClick(button(QStringLiteral("openSample")), Qt::LeftButton);
        const QString modelPath = m_window->documents()->filePath();
        m_window->showStartPage();
        QTest::mouseClick(button(QStringLiteral("profileWorkload")), Qt::LeftButton);
        WorkloadPanel *panel = m_window->workload()->panel();
        QCOMPARE(current()->objectName(), QStringLiteral("workloadPane"));
        QCOMPARE(QFileInfo(panel->workloadEditor()->filePath()).fileName(),
                 QStringLiteral("shop.workload.sql"));

        // A SQL tab on the engine before the data: it must see the rows made afterwards.
        connectors::ui::SqlEditorTab *tab = sqlTab(*m_window, connectors::ConnectionStore::modelEngineId);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT count(*) FROM orders"));
        QVERIFY(runStatement(tab));
        QCOMPARE(cell(resultModel(tab), 0, 0).toLongLong(), 0);

        m_window->workload()->show();
        workload::ui::DataPage *data = panel->dataPage();
        data->sizes()->setScale(0.02);
        QSignalSpy generated(data, &workload::ui::DataPage::finished);
        QVERIFY(panel->generateData());
        QVERIFY(generated.wait(60000));
        QVERIFY2(generated.first().first().toBool(), qPrintable(data->jobBar()->message()));
        QCOMPARE(m_window->sql()->modelEngine()->path(),
                 QFileInfo(modelPath).dir().filePath(QStringLiteral("shop.sqlite")));
        const qint64 orders = data->progressList()->rowsTotal(QStringLiteral("orders"));
        QVERIFY(orders > 0);
        QTRY_VERIFY(tab->isConnected());
        QVERIFY(runStatement(tab));
        QCOMPARE(cell(resultModel(tab), 0, 0).toLongLong(), orders);

        workload::ui::ProfilePage *profile = panel->profilePage();
        profile->setRunLength(200);
        QSignalSpy profiled(profile, &workload::ui::ProfilePage::finished);
        QVERIFY(panel->runWorkload());
        QVERIFY(profiled.wait(60000));
        QVERIFY(profiled.first().first().toBool());
        const workload::WorkloadProfile &report = profile->lastProfile();
        QCOMPARE(report.total.count, 200);
        QVERIFY(report.total.p50 > 0 && report.total.p50 <= report.total.p95 &&
                report.total.p95 <= report.total.p99);
        QVERIFY(!report.statements.isEmpty());
        screenshot(m_window.get(), QStringLiteral("ide-workload"));

        // A statement's plan opens in the plan tab.
        emit panel->planRequested(report.statements.first().explainPlan);
        QCOMPARE(current()->objectName(), QStringLiteral("planPane"));
    }

    // The window's counted texts read as English: "1 table", "3 tables".
    void countsReadAsEnglish()
    {
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("x", "Added %n table(s).", nullptr, 1), QStringLiteral("Added 1 table."));
        QCOMPARE(QCoreApplication::translate("x", "Added %n table(s).", nullptr, 3), QStringLiteral("Added 3 tables."));
        QCOMPARE(QCoreApplication::translate("x", "%n statement(s) bring %1", nullptr, 0), QStringLiteral("0 statements bring %1"));
        QCOMPARE(QCoreApplication::translate("x", "Nothing was added."), QStringLiteral("Nothing was added."));
        QCoreApplication::removeTranslator(&plurals);
    }

    void cleanupTestCase()
    {
        m_window->documents()->document()->markSaved();
        m_window.reset();
    }
};

STRATA_IDE_TEST_MAIN(TestStartPage)
#include "TestStartPage.moc"

// The start page a first run shows: every way in works from it (the bundled sample, a new model, a
// database to reverse-engineer, the SQL editor, a plan), the recent models come back on it, and it
// shows no docks of its own while the model's come back with the Model tab.
#include "IdeTestKit.h"
#include "ModelerPanes.h"
#include "WelcomePage.h"

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
#include <QTabWidget>

using namespace strata;
using namespace strata::app;
using namespace strata::test;

class TestStartPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    QCommandLinkButton *button(const QString &name) const { return m_window->welcomePage()->findChild<QCommandLinkButton *>(name); }
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
            QVERIFY2(dock->isHidden(), qPrintable(dock->objectName())); // the page alone, nothing half-empty beside it
        const QStringList samples = WelcomePage::sampleModels();
        QVERIFY(!samples.isEmpty());
        const auto sample = modeler::ModelFile::load(samples.first());
        STRATA_VERIFY_RESULT(sample);
        QCommandLinkButton *open = button(QStringLiteral("openSample"));
        QVERIFY(open);
        QVERIFY2(open->description().startsWith(QStringLiteral("%1 tables").arg(sample->tables.size())), qPrintable(open->description()));
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
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(sample).absoluteFilePath());
        emit recent->itemActivated(recent->item(0));
        QVERIFY(!model().tables.empty());
        QCOMPARE(m_window->documents()->filePath(), QFileInfo(sample).absoluteFilePath());
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
            STRATA_VERIFY_RESULT((*session)->query(QStringLiteral("CREATE TABLE warehouse (id INTEGER PRIMARY KEY, city TEXT NOT NULL)")));
            STRATA_VERIFY_RESULT((*session)->query(QStringLiteral(
                "CREATE TABLE stock (warehouse_id INTEGER NOT NULL REFERENCES warehouse(id), sku TEXT NOT NULL, PRIMARY KEY (warehouse_id, sku))")));
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
        QCOMPARE(m_window->centralTabs()->tabText(m_window->centralTabs()->currentIndex()), QStringLiteral("SQL"));
        screenshot(m_window.get(), QStringLiteral("empty-sql"));
        m_window->showStartPage();
        QTest::mouseClick(button(QStringLiteral("readPlan")), Qt::LeftButton);
        QCOMPARE(m_window->centralTabs()->tabText(m_window->centralTabs()->currentIndex()), QStringLiteral("Plan"));
        screenshot(m_window.get(), QStringLiteral("empty-plan"));
    }

    void cleanupTestCase()
    {
        m_window->documents()->document()->markSaved();
        m_window.reset();
    }
};

STRATA_IDE_TEST_MAIN(TestStartPage)
#include "TestStartPage.moc"

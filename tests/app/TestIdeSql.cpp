// The IDE's SQL and tuning side in the real main window, driven by keys as a user does: a typed query
// run with Ctrl+Enter against a real PostgreSQL and the sample model's embedded SQLite, the grid and
// the status bar; pg_sleep cancelled with Esc and gone from the server; Ctrl+Shift+E explains into
// the plan tab; Ctrl+Alt+E twice around a new index, then the comparison; a pasted plan; production
// asking before a write; completion from the open model; the editor's keys staying in the editor.
#include "DatabasePanes.h"
#include "IdeTestKit.h"
#include "ModelerPanes.h"
#include "ModelEngine.h"
#include "TuningPanes.h"

#include <CaseFiles.h>
#include <connectors/ui/CatalogBrowser.h>
#include <connectors/ui/FindReplaceBar.h>
#include <connectors/ui/MessagesView.h>
#include <connectors/ui/SqlStatusView.h>
#include <explain/ui/PlanCompareView.h>
#include <explain/ui/PlanGraphView.h>
#include <explain/ui/PlanScene.h>
#include <explain/ui/PlanWorkbench.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelEdits.h>

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace strata;
using namespace strata::app;
using namespace strata::connectors;
using namespace strata::connectors::ui;
using namespace strata::test;

namespace {

bool hasNode(const explain::Plan &plan, const std::function<bool(const explain::PlanNode &)> &match)
{
    return std::any_of(plan.nodes.begin(), plan.nodes.end(), match);
}

} // namespace

class TestIdeSql : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_pg, m_production;

    qlonglong ask(const QString &sql)
    {
        auto value = m_server->psql(sql, QStringLiteral("shop"));
        return value ? value->trimmed().toLongLong() : -1;
    }

    explain::ui::PlanWorkbench *plans() { return m_window->tuning()->workbench(); }

    /// Presses keys in the editor and waits for the plan they ask for to be shown.
    bool explainWith(SqlEditorTab *tab, Qt::KeyboardModifiers modifiers)
    {
        QSignalSpy shown(plans(), &explain::ui::PlanWorkbench::planShown);
        QTest::keyClick(tab->editor(), Qt::Key_E, modifiers);
        return shown.wait(20000);
    }

private slots:
    void initTestCase()
    {
        auto server = startShopServer();
        STRATA_VERIFY_RESULT(server);
        m_server = std::move(*server);
        m_window = std::make_unique<MainWindow>(0);
        QVERIFY(activate(*m_window));
        m_pg = saveConnection(*m_window, QStringLiteral("shop"), m_server->conninfo(QStringLiteral("shop")));
        m_production = saveConnection(*m_window, QStringLiteral("shop (live)"), m_server->conninfo(QStringLiteral("shop")), true);
        QVERIFY(!m_pg.isEmpty() && !m_production.isEmpty());
        QVERIFY(!m_window->sql()->isBuilt()); // the SQL workbench waits until it is needed
    }

    void cleanupTestCase()
    {
        m_window.reset(); // the sessions close before the server stops
    }

    void typedQueryRunsWithCtrlEnter()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        QCOMPARE(m_window->centralTabs()->currentWidget()->objectName(), QStringLiteral("sqlPane"));
        typeInto(tab->editor(), QStringLiteral("SELECT id, email, name\nFROM customer\nWHERE id <= 3\nORDER BY id"));
        QVERIFY(runStatement(tab));
        ResultTableModel *grid = resultModel(tab);
        QVERIFY(grid);
        QCOMPARE(grid->rowCount(), 3);
        QCOMPARE(cell(grid, 0, 1).toString(), QStringLiteral("c1@example.com"));
        QCOMPARE(shown(grid, 2, 2), QStringLiteral("customer 3"));
        SqlStatusView *status = m_window->sql()->statusView();
        QVERIFY2(status->connectionLabel()->text().contains(QStringLiteral("/shop")), qPrintable(status->connectionLabel()->text()));
        QCOMPARE(status->transactionLabel()->text(), QStringLiteral("idle"));
        QVERIFY(status->timeLabel()->text().startsWith(QStringLiteral("last run ")));
        if (!qEnvironmentVariableIsEmpty("STRATA_SCREENSHOT_DIR")) { // the picture shows the database's tables too
            QSignalSpy loaded(m_window->database()->browser(), &CatalogBrowser::catalogLoaded);
            m_window->database()->browser()->showConnection(m_pg);
            QVERIFY(loaded.wait(10000));
            m_window->database()->browser()->tree()->expandToDepth(2);
        }
        screenshot(m_window.get(), QStringLiteral("ide-sql"));
    }

    void statusBarFollowsTheTransaction()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("BEGIN"));
        QVERIFY(runStatement(tab));
        QCOMPARE(m_window->sql()->statusView()->transactionLabel()->text(), QStringLiteral("in transaction"));
        typeInto(tab->editor(), QStringLiteral("ROLLBACK"));
        QVERIFY(runStatement(tab));
        QCOMPARE(m_window->sql()->statusView()->transactionLabel()->text(), QStringLiteral("idle"));
    }

    void escapeCancelsPgSleepOnTheServer()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT pg_sleep(30)"));
        QSignalSpy idle(tab, &SqlEditorTab::idle);
        QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
        const QString sleeping = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = 'SELECT pg_sleep(30)'");
        QTRY_COMPARE_WITH_TIMEOUT(ask(sleeping), 1LL, 10000);
        QVERIFY(m_window->sql()->statusView()->timeLabel()->text().startsWith(QStringLiteral("running ")));
        QTest::keyClick(tab->editor(), Qt::Key_Escape);
        QVERIFY(idle.wait(10000)); // long before the 30 seconds
        QCOMPARE(ask(sleeping), 0LL);
        QVERIFY(tab->results()->messages()->messages().last().contains(QStringLiteral("cancel")));
    }

    void ctrlShiftEExplainsIntoThePlanTab()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT * FROM sales.orders WHERE customer_id = 42;"));
        QVERIFY(explainWith(tab, Qt::ControlModifier | Qt::ShiftModifier));
        QCOMPARE(m_window->centralTabs()->currentWidget()->objectName(), QStringLiteral("planPane"));
        const explain::Plan *plan = plans()->plan();
        QVERIFY(plan && !plan->hasActuals());
        QVERIFY(hasNode(*plan, [](const explain::PlanNode &n) { return n.indexName == u"orders_customer"; }));
        QVERIFY(hasNode(*plan, [](const explain::PlanNode &n) { return n.relationName == u"orders"; }));
        for (int node = 0; node < plan->size(); ++node)
            QVERIFY(!plans()->scene()->nodeRect(node).isEmpty()); // every node is a card
        screenshot(m_window.get(), QStringLiteral("ide-plan"));
    }

    void explainAnalyzeTwiceThenCompare()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT count(*) FROM sales.orders WHERE total > 490"));
        QVERIFY(explainWith(tab, Qt::ControlModifier | Qt::AltModifier));
        QVERIFY(plans()->plan()->hasActuals() && plans()->plan()->hasBuffers());
        QVERIFY(hasNode(*plans()->plan(), [](const explain::PlanNode &n) { return n.nodeType == u"Seq Scan"; }));
        QVERIFY(!m_window->tuning()->compareAction()->isEnabled());

        STRATA_VERIFY_RESULT(m_server->psql(QStringLiteral("CREATE INDEX orders_total ON sales.orders (total); ANALYZE sales.orders"),
                                            QStringLiteral("shop")));
        m_window->sql()->show();
        QVERIFY(explainWith(tab, Qt::ControlModifier | Qt::AltModifier));
        QVERIFY(hasNode(*plans()->plan(), [](const explain::PlanNode &n) { return n.indexName == u"orders_total"; }));
        QVERIFY(m_window->tuning()->compareAction()->isEnabled());

        QSignalSpy compared(plans(), &explain::ui::PlanWorkbench::comparisonShown);
        m_window->tuning()->compareAction()->trigger();
        QVERIFY(compared.wait(10000));
        explain::ui::PlanCompareView *view = plans()->compareView();
        QVERIFY(view->isVisible());
        QVERIFY(view->pairsTable()->rowCount() > 0);
        QVERIFY2(view->totalsText().contains(QStringLiteral("ms")), qPrintable(view->totalsText()));
        screenshot(m_window.get(), QStringLiteral("ide-compare"));
        STRATA_VERIFY_RESULT(m_server->psql(QStringLiteral("DROP INDEX sales.orders_total"), QStringLiteral("shop")));
    }

    void pastedPlanOpens()
    {
        const QString text = readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text/parallel-workers.txt"));
        QGuiApplication::clipboard()->setText(text);
        QSignalSpy shown(plans(), &explain::ui::PlanWorkbench::planShown);
        m_window->findChild<QAction *>(QStringLiteral("pastePlan"))->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(plans()->plan()->sourceName, QStringLiteral("pasted plan"));
        QVERIFY(hasNode(*plans()->plan(), [](const explain::PlanNode &n) { return n.nodeType == u"Gather Merge"; }));
        QVERIFY(!m_window->tuning()->compareAction()->isEnabled()); // no earlier plan of it

        // Ctrl+V on the drawing does the same.
        QGuiApplication::clipboard()->setText(readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text/costs-off.txt")));
        plans()->graphView()->setFocus();
        QTest::keyClick(plans()->graphView(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(shown.wait(10000));
        QVERIFY(!hasNode(*plans()->plan(), [](const explain::PlanNode &n) { return n.nodeType == u"Gather Merge"; }));
    }

    void productionAsksBeforeWriting()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_production);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("DELETE FROM sales.orders WHERE id = 1"));
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(runStatement(tab));
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM sales.orders WHERE id = 1")), 1LL);
        QVERIFY(tab->results()->messages()->messages().last().startsWith(QStringLiteral("Not run")));
        QVERIFY(m_window->sql()->statusView()->connectionLabel()->text().contains(QStringLiteral("production")));
    }

    void sampleModelsEngineAndCompletion()
    {
        QVERIFY(QFile::copy(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata"), m_dir.filePath(QStringLiteral("shop.strata"))));
        QVERIFY(m_window->documents()->open(m_dir.filePath(QStringLiteral("shop.strata"))));
        const QString engine = m_dir.filePath(QStringLiteral("shop.sqlite"));
        QCOMPARE(m_window->sql()->modelEngine()->path(), engine);
        QVERIFY(!QFile::exists(engine)); // made when first used
        SqlEditorTab *tab = sqlTab(*m_window, ConnectionStore::modelEngineId);
        QVERIFY(tab);
        QVERIFY(QFile::exists(engine));
        typeInto(tab->editor(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
        QVERIFY(runStatement(tab));
        QCOMPARE(resultModel(tab)->rowCount(), 20); // the sample model's tables
        QCOMPARE(cell(resultModel(tab), 0, 0).toString(), QStringLiteral("address"));

        // On PostgreSQL, the open model's names are offered beside the database's.
        SqlEditorTab *pg = sqlTab(*m_window, m_pg);
        QVERIFY(pg);
        QTest::qWait(400); // the model's names are gathered a moment after it changed
        typeInto(pg->editor(), QStringLiteral("SELECT * FROM return_re"));
        QVERIFY2(pg->editor()->completionCandidates().contains(QStringLiteral("return_request")),
                 qPrintable(pg->editor()->completionCandidates().join(u' ')));
    }

    void editorKeysStayInTheEditor()
    {
        modeler::ui::ModelDocument *document = m_window->documents()->document();
        const int undoIndex = document->undoStack()->index();
        modeler::ui::ModelEdits(document).addTable(modeler::ui::ModelEdits::newTable(document->model(), {}, QStringLiteral("kept")));
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        typeInto(tab->editor(), QStringLiteral("SELECT 1"));
        QTest::keyClick(tab->editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(tab->editor()->text() != QStringLiteral("SELECT 1")); // the text, not the model
        QCOMPARE(document->undoStack()->index(), undoIndex + 1);
        QVERIFY(document->model().tableByName({}, QStringLiteral("kept")));
        QTest::keyClick(tab->editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(tab->findBar()->isVisible());
        QVERIFY(!m_window->panes()->workspace()->findField()->hasFocus());
        QTest::keyClick(tab->editor(), Qt::Key_Escape);
    }
};

STRATA_IDE_TEST_MAIN(TestIdeSql)
#include "TestIdeSql.moc"

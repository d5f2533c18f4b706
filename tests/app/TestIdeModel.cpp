// The IDE's database and model side in the real main window: a table dragged from the catalog
// browser onto the diagram is read from PostgreSQL and added as one undoable step (and undone); a
// whole database reverse-engineered into a new model; the model compared with its embedded engine,
// the migration opened in a SQL tab; a script imported through File ▸ Import SQL with what it skipped
// shown; the docks' layout coming back after a restart; the dark theme reaching the SQL editor.
#include "DatabasePanes.h"
#include "DiagnosticsDialog.h"
#include "IdeTestKit.h"
#include "MainActions.h"
#include "MigrationDialog.h"
#include "ModelEngine.h"
#include "ModelerPanes.h"
#include "Themes.h"

#include <connectors/ui/CatalogBrowser.h>
#include <connectors/ui/CatalogTreeModel.h>
#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/DiagramView.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelEdits.h>

#include <QAction>
#include <Qsci/qscilexer.h>
#include <QDockWidget>
#include <QDropEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace strata;
using namespace strata::app;
using namespace strata::connectors;
using connectors::ui::CatalogBrowser;
using connectors::ui::SqlEditorTab;
using namespace strata::modeler;
namespace mui = strata::modeler::ui;
using namespace strata::test;

class TestIdeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_pg;

    mui::ModelDocument *document() const { return m_window->documents()->document(); }

    /// Drops data onto the current diagram at a point of its view, as a drag from the browser ends.
    void dropOnDiagram(const QMimeData &data, QPoint at)
    {
        QWidget *viewport = m_window->panes()->workspace()->currentView()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
    }

    /// Chooses a file in the next file dialog that opens, with a name filter.
    static void chooseInNextFileDialog(const QString &path, const QString &filter, int attempts = 500)
    {
        QTimer::singleShot(20, [path, filter, attempts] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                    // Answered from its own event loop: accepted while exec() is still showing it,
                    // the dialog would close before exec() waits for it, and exec() would wait forever.
                    QTimer::singleShot(100, dialog, [dialog, path, filter] {
                        // Typed into the name field and Enter, as a user would (selectFile() alone waits
                        // for the dialog's file system model, which may not have read the folder yet).
                        dialog->selectNameFilter(filter);
                        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                        name->setText(path);
                        QTest::keyClick(name, Qt::Key_Return);
                    });
                    return;
                }
            }
            if (attempts > 0)
                chooseInNextFileDialog(path, filter, attempts - 1);
        });
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
    }

    void cleanupTestCase() { m_window.reset(); }

    void tableDraggedFromTheBrowserJoinsTheModelAndUndoes()
    {
        CatalogBrowser *browser = m_window->database()->browser();
        m_window->database()->dock()->raise();
        QSignalSpy loaded(browser, &CatalogBrowser::catalogLoaded);
        browser->showConnection(m_pg); // as expanding it does
        QVERIFY(loaded.wait(20000));
        const QModelIndex orders = browser->model()->tableIndex(m_pg, QStringLiteral("sales"), QStringLiteral("orders"));
        QVERIFY(orders.isValid());
        const auto *proxy = browser->tree()->model();
        const QModelIndex shownOrders = qobject_cast<const QSortFilterProxyModel *>(proxy)->mapFromSource(orders);
        browser->tree()->setCurrentIndex(shownOrders);
        browser->tree()->expand(shownOrders);

        const int steps = document()->undoStack()->count();
        std::unique_ptr<QMimeData> data(browser->model()->mimeData({orders}));
        mui::DiagramView *view = m_window->panes()->workspace()->currentView();
        const QPoint at = view->viewport()->rect().center();
        dropOnDiagram(*data, at);
        QVERIFY(waitForJob(*m_window));
        const Table *added = document()->model().tableByName(QStringLiteral("sales"), QStringLiteral("orders"));
        QVERIFY(added);
        QCOMPARE(added->columns.size(), 4);
        QCOMPARE(added->columnByName(QStringLiteral("state"))->type.toString(), QStringLiteral("sales.status"));
        QVERIFY(document()->model().enumType(QStringLiteral("sales.status"))); // the enum came along
        QCOMPARE(added->foreignKeys.size(), 0); // customer is not in the model: left out, with a warning
        QTRY_VERIFY(m_window->findChild<DiagnosticsDialog *>());
        m_window->findChild<DiagnosticsDialog *>()->close();
        // One step, on the diagram where it was dropped.
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(document()->undoStack()->text(steps), QStringLiteral("Add table orders from shop"));
        const QRectF card = m_window->panes()->workspace()->currentScene()->cardRect(added->id);
        QVERIFY(!card.isEmpty());
        QVERIFY(QLineF(card.topLeft(), view->mapToScene(at)).length() < 2);
        screenshot(m_window.get(), QStringLiteral("ide-catalog"));

        const QString addedId = added->id;
        m_window->actions()->undo()->trigger();
        QVERIFY(!document()->model().tableByName(QStringLiteral("sales"), QStringLiteral("orders")));
        QVERIFY(!document()->model().enumType(QStringLiteral("sales.status")));
        QVERIFY(m_window->panes()->workspace()->currentScene()->cardRect(addedId).isEmpty());
    }

    void wholeDatabaseBecomesANewModel()
    {
        document()->markSaved(); // no "save changes?" before the new model
        QVERIFY(m_window->transfers()->reverseEngineer(m_pg));
        QVERIFY(waitForJob(*m_window));
        const Model &model = document()->model();
        QCOMPARE(model.tables.size(), 2);
        QCOMPARE(model.views.size(), 1);
        const Table *orders = model.tableByName(QStringLiteral("sales"), QStringLiteral("orders"));
        QVERIFY(orders && orders->foreignKeys.size() == 1);
        QVERIFY(document()->isModified()); // not saved anywhere yet
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] — Strata"));
        QCOMPARE(m_window->panes()->workspace()->currentScene()->cardIds().size(), 3);
        if (auto *dialog = m_window->findChild<DiagnosticsDialog *>())
            dialog->close();
        screenshot(m_window.get(), QStringLiteral("ide-reverse"));
    }

    void modelComparedWithItsEngineGivesAMigration()
    {
        // The engine is made from the model as it is; the model then gains a table.
        document()->markSaved();
        m_window->documents()->newModel();
        mui::ModelEdits(document()).addTable(mui::ModelEdits::newTable(document()->model(), {}, QStringLiteral("customer")));
        SqlEditorTab *tab = sqlTab(*m_window, ConnectionStore::modelEngineId);
        QVERIFY(tab);
        mui::ModelEdits(document()).addTable(mui::ModelEdits::newTable(document()->model(), {}, QStringLiteral("audit_log")));
        QVERIFY(m_window->transfers()->compareWithDatabase(ConnectionStore::modelEngineId));
        QVERIFY(waitForJob(*m_window));
        MigrationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<MigrationDialog *>()));
        QVERIFY2(dialog->script().contains(QStringLiteral("CREATE TABLE \"audit_log\"")) ||
                     dialog->script().contains(QStringLiteral("CREATE TABLE audit_log")),
                 qPrintable(dialog->script()));
        screenshot(dialog, QStringLiteral("ide-migration"));
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        SqlEditorTab *opened = m_window->sql()->workbench()->currentTab();
        QCOMPARE(opened->connectionId(), ConnectionStore::modelEngineId);
        QVERIFY(opened->editor()->text().contains(QStringLiteral("audit_log")));
        QVERIFY(runScript(opened));
        auto session = Session::open({connectors::Dialect::Sqlite, m_window->sql()->modelEngine()->path(), false});
        STRATA_VERIFY_RESULT(session);
        STRATA_VERIFY_RESULT((*session)->query(QStringLiteral("SELECT * FROM audit_log")));
    }

    void scriptImportedThroughTheFileMenu()
    {
        document()->markSaved(); // nothing to ask about before the new model
        chooseInNextFileDialog(QStringLiteral(STRATA_TEST_DATA_DIR "/app/import-shop.sql"), QStringLiteral("PostgreSQL scripts (*.sql)"));
        m_window->findChild<QAction *>(QStringLiteral("importSql"))->trigger();
        QVERIFY(waitForJob(*m_window));
        const Model &model = document()->model();
        QCOMPARE(model.tables.size(), 2);
        const Table *part = model.tableByName({}, QStringLiteral("part"));
        QVERIFY(part && part->foreignKeys.size() == 1 && part->indexes.size() == 1);
        QVERIFY(document()->isModified());
        DiagnosticsDialog *diagnostics = nullptr;
        QTRY_VERIFY((diagnostics = m_window->findChild<DiagnosticsDialog *>()));
        QTreeWidget *list = diagnostics->list();
        QVERIFY(list->topLevelItemCount() >= 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("line 16")); // the function, which the model cannot hold
        screenshot(m_window.get(), QStringLiteral("ide-import"));
        diagnostics->close();
    }

    void darkThemeReachesTheEditor()
    {
        SqlEditorTab *tab = sqlTab(*m_window, m_pg);
        QVERIFY(tab);
        m_window->findChild<QAction *>(QStringLiteral("themeDark"))->trigger();
        QVERIFY(m_window->themes()->isDark());
        QTRY_VERIFY(tab->editor()->lexer()->defaultPaper().lightness() < 80);
        typeInto(tab->editor(), QStringLiteral("SELECT c.id, c.email, count(o.*) AS orders\nFROM customer c\nJOIN sales.orders o ON o.customer_id = c.id\nGROUP BY 1, 2\nORDER BY 3 DESC\nLIMIT 20"));
        QVERIFY(runStatement(tab));
        screenshot(m_window.get(), QStringLiteral("ide-dark"));
        m_window->findChild<QAction *>(QStringLiteral("themeLight"))->trigger();
        QTRY_VERIFY(tab->editor()->lexer()->defaultPaper().lightness() > 200);
        m_window->findChild<QAction *>(QStringLiteral("themeSystem"))->trigger();
    }

    void docksComeBackWhereTheyWereLeft()
    {
        document()->markSaved();
        m_window.reset();
        {
            MainWindow window(0);
            QVERIFY(activate(window));
            QDockWidget *database = window.database()->dock();
            QDockWidget *problems = window.findChild<QDockWidget *>(QStringLiteral("lintDock"));
            window.addDockWidget(Qt::RightDockWidgetArea, database);
            problems->hide();
            QVERIFY(window.close()); // as the user closes it: the layout is kept
        }
        MainWindow again(0);
        QVERIFY(activate(again));
        QCOMPARE(again.dockWidgetArea(again.database()->dock()), Qt::RightDockWidgetArea);
        QVERIFY(again.database()->dock()->isVisible());
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("lintDock"))->isVisible());
    }
};

STRATA_IDE_TEST_MAIN(TestIdeModel)
#include "TestIdeModel.moc"

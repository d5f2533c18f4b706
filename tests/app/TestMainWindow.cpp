// The window as a user drives it: a table added through the New table dialog (typing its name and
// columns), a second one, a foreign key drawn by dragging from a column to the other table, undo
// and redo, save, reopen; the title's dirty marker and "save changes?" on close; finding a table,
// walking the cards with the keyboard, and editing a column in the property panel.
#include "DocumentController.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "ModelerPanes.h"

#include <modeler/ModelFile.h>
#include <modeler/ui/DdlPreviewDialog.h>
#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/LintMonitor.h>
#include <modeler/ui/LintPanel.h>
#include <modeler/ui/MinimapWidget.h>
#include <modeler/ui/DiagramView.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelTree.h>
#include <modeler/ui/PropertyPanel.h>
#include <modeler/ui/TableDialog.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QStandardItem>
#include <QTabBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace strata;
using namespace strata::app;
using namespace strata::modeler;
using namespace strata::modeler::ui;

namespace {

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Answers the next message box that opens with the given button.
void answerNextMessageBox(QMessageBox::StandardButton button, int attempts = 500)
{
    QTimer::singleShot(10, [button, attempts] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
        if (attempts > 0)
            answerNextMessageBox(button, attempts - 1); // not open yet
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Adds a table through the New table dialog as a user does: name, then each column's name and type.
    void addTable(MainWindow &window, const QString &name, const QList<QPair<QString, QString>> &columns)
    {
        window.actions()->action(QStringLiteral("newTable"))->trigger();
        QPointer<TableDialog> dialog = window.findChild<TableDialog *>();
        QVERIFY(dialog);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), name);
        for (const auto &[column, type] : columns) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addColumn")), Qt::LeftButton);
            const int row = dialog->columnRowCount() - 1;
            typeInto(dialog->columnNameEdit(row), column);
            typeInto(dialog->columnTypeEdit(row)->lineEdit(), type);
        }
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("verdict"))->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed and gone
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent files and window state stay out of the user's settings
        QVERIFY(m_dir.isValid());
    }

    void userBuildsASchemaThenSavesAndReopens()
    {
        MainWindow window(0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ModelDocument *document = window.documents()->document();
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Strata"));
        QVERIFY(!window.isWindowModified());

        addTable(window, QStringLiteral("customer"), {{QStringLiteral("email"), QStringLiteral("varchar(254)")}});
        addTable(window, QStringLiteral("orders"), {{QStringLiteral("customer_id"), QStringLiteral("bigint")}, {QStringLiteral("total"), QStringLiteral("numeric(12,2)")}});
        const Table *orders = document->model().tableByName({}, QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->columnNames({QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("total")}),
                 (QStringList{QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("total")}));
        QCOMPARE(orders->column(QStringLiteral("total"))->type.toString(), QStringLiteral("numeric(12,2)"));
        QVERIFY(orders->primaryKey);
        QVERIFY(window.isWindowModified());

        // The drag: from the handle at the end of orders.customer_id onto the customer card.
        DiagramWorkspace *workspace = window.panes()->workspace();
        DiagramScene *scene = workspace->currentScene();
        DiagramView *view = workspace->currentView();
        QCOMPARE(scene->cardIds().size(), 2);
        QVERIFY(!scene->cardRect(QStringLiteral("orders")).intersects(scene->cardRect(QStringLiteral("customer"))));
        view->fitAll();
        const QPoint from = view->mapFromScene(scene->linkHandlePosition(QStringLiteral("orders"), QStringLiteral("customer_id")));
        const QPoint to = view->mapFromScene(scene->cardRect(QStringLiteral("customer")).center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), (from + to) / 2);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        orders = document->model().tableByName({}, QStringLiteral("orders"));
        QCOMPARE(orders->foreignKeys.size(), 1);
        const ForeignKey fk = orders->foreignKeys.first();
        QCOMPARE(fk.columnIds, QStringList{QStringLiteral("customer_id")});
        QCOMPARE(fk.referencedTableId, QStringLiteral("customer"));
        QCOMPARE(fk.referencedColumnIds, QStringList{QStringLiteral("id")});
        QCOMPARE(scene->relationshipCount(), 1);
        // The cards did not move: the drag drew a line, it did not carry the card.
        QCOMPARE(document->undoStack()->text(document->undoStack()->index() - 1), QStringLiteral("Add foreign key orders_customer_id_fkey"));

        window.actions()->undo()->trigger();
        QCOMPARE(document->model().table(QStringLiteral("orders"))->foreignKeys.size(), 0);
        QCOMPARE(scene->relationshipCount(), 0);
        window.actions()->redo()->trigger();
        QCOMPARE(document->model().table(QStringLiteral("orders"))->foreignKeys.size(), 1);
        QCOMPARE(scene->relationshipCount(), 1);

        const QString path = m_dir.filePath(QStringLiteral("shop.strata"));
        QVERIFY(window.documents()->saveAs(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("shop.strata[*] — Strata"));
        QVERIFY(!window.isWindowModified());
        auto saved = ModelFile::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(*saved, document->model());
        QVERIFY(ModelFile::toJson(*saved).contains("\"orders_customer_id_fkey\""));

        // Undo past the save marks the model modified again; redo brings it back to the saved state.
        window.actions()->undo()->trigger();
        QVERIFY(window.isWindowModified());
        window.actions()->redo()->trigger();
        QVERIFY(!window.isWindowModified());

        MainWindow again(0);
        QVERIFY(again.documents()->open(path));
        QCOMPARE(again.documents()->document()->model(), *saved);
        DiagramScene *reopened = again.panes()->workspace()->currentScene();
        QCOMPARE(reopened->cardIds().size(), 2);
        QCOMPARE(reopened->relationshipCount(), 1);
        QCOMPARE(reopened->cardRect(QStringLiteral("orders")), scene->cardRect(QStringLiteral("orders")));
    }

    void dialogRefusesWhatIsWrongAsYouType()
    {
        MainWindow window(0);
        window.actions()->action(QStringLiteral("newTable"))->trigger();
        QPointer<TableDialog> dialog = window.findChild<TableDialog *>();
        QVERIFY(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QLabel *verdict = dialog->findChild<QLabel *>(QStringLiteral("verdict"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QString());
        QVERIFY(!ok->isEnabled());
        QVERIFY(verdict->text().contains(QStringLiteral("needs a name")));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("select"));
        QVERIFY(ok->isEnabled()); // a reserved word is allowed, with a warning
        QVERIFY(verdict->text().contains(QStringLiteral("reserved word")));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("item"));
        dialog->addColumn();
        typeInto(dialog->columnNameEdit(1), QStringLiteral("id"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(verdict->text().contains(QStringLiteral("already called \"id\"")));
        typeInto(dialog->columnNameEdit(1), QStringLiteral("price"));
        typeInto(dialog->columnTypeEdit(1)->lineEdit(), QStringLiteral("numeric(12,"));
        QVERIFY(!ok->isEnabled());
        typeInto(dialog->columnTypeEdit(1)->lineEdit(), QStringLiteral("numeric(12,2)"));
        QVERIFY(ok->isEnabled());
        auto *defaultEdit = qobject_cast<QLineEdit *>(dialog->findChildren<QLineEdit *>(QStringLiteral("columnDefault")).value(1));
        QVERIFY(defaultEdit);
        typeInto(defaultEdit, QStringLiteral("0 +"));
        QVERIFY(!ok->isEnabled()); // PostgreSQL's parser refuses it
        typeInto(defaultEdit, QStringLiteral("0"));
        QVERIFY(ok->isEnabled());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(window.documents()->document()->undoStack()->count(), 0);
    }

    void closingAsksToSaveChanges()
    {
        MainWindow window(0);
        window.show();
        addTable(window, QStringLiteral("note"), {});
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void findKeyboardAndPropertyPanel()
    {
        MainWindow window(0);
        window.show();
        QVERIFY(window.documents()->open(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata")));
        DiagramWorkspace *workspace = window.panes()->workspace();
        DiagramScene *scene = workspace->currentScene();
        DiagramView *view = workspace->currentView();
        QVERIFY(workspace->findCard(QStringLiteral("payment")));
        QCOMPARE(scene->selectedCardIds(), QStringList{QStringLiteral("payment")});
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        QVERIFY(scene->cardRect(QStringLiteral("payment")).adjusted(-5, -5, 5, 5).contains(centre));
        // payment is in the third column of the sample; to its right is shipment.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(scene->selectedCardIds(), QStringList{QStringLiteral("shipment")});
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(scene->selectedCardIds(), QStringList{QStringLiteral("inventory")});

        // A column chosen in the tree opens in the property panel; a rename there is one undo step.
        ModelTree *tree = window.panes()->tree();
        tree->selectObject(ObjectRef::child(ObjectRef::Kind::Column, QStringLiteral("payment"), QStringLiteral("amount")));
        emit tree->objectSelected(ObjectRef::child(ObjectRef::Kind::Column, QStringLiteral("payment"), QStringLiteral("amount")));
        auto *name = window.panes()->properties()->findChild<QLineEdit *>(QStringLiteral("columnName"));
        QVERIFY(name);
        QVERIFY(name->isVisible());
        QCOMPARE(name->text(), QStringLiteral("amount"));
        typeInto(name, QStringLiteral("amount_paid"));
        QTest::keyClick(name, Qt::Key_Return);
        ModelDocument *document = window.documents()->document();
        QCOMPARE(document->model().table(QStringLiteral("payment"))->column(QStringLiteral("amount"))->name, QStringLiteral("amount_paid"));
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(document->model().table(QStringLiteral("payment"))->column(QStringLiteral("amount"))->name, QStringLiteral("amount"));

        // Delete with the key, as from the menu; undo puts it back with its foreign keys.
        workspace->findCard(QStringLiteral("orders"));
        const int relationships = scene->relationshipCount();
        window.actions()->action(QStringLiteral("delete"))->trigger();
        QVERIFY(!document->model().table(QStringLiteral("orders")));
        QVERIFY(scene->relationshipCount() < relationships);
        window.actions()->undo()->trigger();
        QVERIFY(document->model().table(QStringLiteral("orders")));
        QCOMPARE(scene->relationshipCount(), relationships);
    }

    void lintFindingsShowOnTheirObjects()
    {
        MainWindow window(0);
        window.show();
        QVERIFY(window.documents()->open(QStringLiteral(STRATA_TEST_DATA_DIR "/lint/problems.strata")));
        window.panes()->lint()->lintNow();
        const QList<LintFinding> findings = window.panes()->lint()->findings();
        QVERIFY(findings.size() > 5);
        QTreeWidget *list = window.panes()->lintPanel()->list();
        QCOMPARE(list->topLevelItemCount(), findings.size());
        // Each finding marks its object in the model tree, with the message in the tool tip.
        const LintFinding &first = findings.first();
        QStandardItem *item = window.panes()->tree()->itemOf(first.object);
        QVERIFY(item);
        QVERIFY2(item->toolTip().contains(first.diagnostic.message), qPrintable(item->toolTip()));
        // Choosing a finding selects its table on the diagram (once it is on it).
        QVERIFY(window.panes()->workspace()->currentScene()->cardRect(first.object.id).isEmpty());
        window.panes()->workspace()->placeOnDiagram({first.object.id});
        QVERIFY(!window.panes()->workspace()->currentScene()->cardRect(first.object.id).isEmpty());
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(window.panes()->workspace()->currentScene()->selectedCardIds(), QStringList{first.object.id});
    }

    void ddlExportShowsTheScriptFirst()
    {
        MainWindow window(0);
        QVERIFY(window.documents()->open(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata")));
        window.actions()->action(QStringLiteral("exportDdl"))->trigger();
        QPointer<DdlPreviewDialog> dialog = window.findChild<DdlPreviewDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->script().contains(QStringLiteral("CREATE TABLE orders (")));
        QVERIFY(dialog->script().contains(QStringLiteral("CREATE TYPE order_status AS ENUM")));
        dialog->findChild<QComboBox *>(QStringLiteral("dialect"))->setCurrentIndex(1);
        QCOMPARE(dialog->dialect(), Dialect::Sqlite);
        QVERIFY(!dialog->script().contains(QStringLiteral("CREATE TYPE")));
        QVERIFY(dialog->script().contains(QStringLiteral("CHECK (status IN ('pending'")));
        const QString path = m_dir.filePath(QStringLiteral("shop.sqlite.sql"));
        QCOMPARE(dialog->saveTo(path), QString());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), dialog->script());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void diagramsAsTabsMinimapAndZoom()
    {
        MainWindow window(0);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.documents()->open(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.strata")));
        DiagramWorkspace *workspace = window.panes()->workspace();
        QCOMPARE(workspace->tabBar()->count(), 2);
        QCOMPARE(workspace->tabBar()->tabText(1), QStringLiteral("Catalogue"));
        workspace->tabBar()->setCurrentIndex(1);
        QCOMPARE(workspace->currentDiagramId(), QStringLiteral("catalog"));
        QCOMPARE(workspace->currentScene()->cardIds().size(), 6);
        workspace->tabBar()->setCurrentIndex(0);

        DiagramView *view = workspace->currentView();
        MinimapWidget *minimap = workspace->currentPane()->minimap();
        view->fitAll();
        QVERIFY(!minimap->isVisible()); // everything in view: no minimap
        view->setZoom(1.5);
        QVERIFY(minimap->isVisible());
        const QRectF before = view->mapToScene(view->viewport()->rect()).boundingRect();
        QTest::mouseClick(minimap, Qt::LeftButton, {}, QPoint(minimap->width() - 5, minimap->height() - 5));
        const QRectF after = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(after.center().x() > before.center().x() && after.center().y() > before.center().y());
        // Keyboard zoom, and a wheel turn zooms around the pointer.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->zoom() < 1.5);
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(view->zoom(), 1.0);
        QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 120), Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > 1.0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

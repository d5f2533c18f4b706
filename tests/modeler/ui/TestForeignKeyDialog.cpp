// Foreign keys onto keys of several columns, made as a user makes them: a column dragged onto a
// table whose primary key has two columns opens the foreign key editor with both pairs filled in
// (each key column to the column of its name), where the user chooses ON DELETE, MATCH FULL and
// deferral; OK adds it as one undo step. The editor refuses an incomplete pair as the user types.
#include "EditorHarness.h"
#include "SampleModel.h"

#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/DiagramView.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ForeignKeyDialog.h>
#include <modeler/ui/ModelEdits.h>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;
using namespace strata::test;

namespace {

/// A refund of an order line: (order_id, line_no) names a row of order_item, whose key they are.
Table refundTable(const Model &m)
{
    Table t = ModelEdits::newTable(m, {}, QStringLiteral("refund"));
    const QList<QPair<const char *, DataType::Kind>> columns{{"order_id", DataType::Kind::BigInt},
                                                             {"line_no", DataType::Kind::SmallInt},
                                                             {"reason", DataType::Kind::Text}};
    for (const auto &[name, kind] : columns) {
        Column c;
        c.id = c.name = QString::fromLatin1(name);
        c.type = DataType(kind);
        c.nullable = kind == DataType::Kind::Text;
        t.columns << c;
    }
    return t;
}

/// Drags from a column's handle to a point of the scene, with the mouse.
void drag(DiagramView *view, QPointF from, QPointF to)
{
    const QPoint a = view->mapFromScene(from), b = view->mapFromScene(to);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(view->viewport(), (a + b) / 2);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
}

} // namespace

class TestForeignKeyDialog : public QObject
{
    Q_OBJECT

private slots:
    void dragOntoACompositeKeyOpensTheEditorFilledIn()
    {
        EditorHarness h(sampleModel());
        DiagramWorkspace workspace(&h.document, &h.editor, &h.window);
        h.window.show();
        workspace.resize(h.window.size());
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        DiagramScene *scene = workspace.currentScene();
        const Table refund = refundTable(h.document.model());
        ModelEdits(&h.document)
            .addTable(refund, scene->diagramId(),
                      scene->freeSpot(scene->cardRect(QStringLiteral("order_item")).topRight()));
        const Model before = h.document.model();
        workspace.currentView()->fitAll();
        const int lines = scene->relationshipCount();

        const QRectF target = scene->cardRect(QStringLiteral("order_item"));
        drag(workspace.currentView(), scene->linkHandlePosition(refund.id, QStringLiteral("order_id")),
             QPointF(target.center().x(), target.top() + 10));
        auto *d = h.dialog<ForeignKeyDialog>();
        QVERIFY2(d, "the drop opened no foreign key editor");
        QCOMPARE(h.document.model(), before); // nothing is added before OK
        QCOMPARE(d->pairCount(), 2);
        QCOMPARE(d->columnEdit(0)->currentText(), QStringLiteral("order_id"));
        QCOMPARE(d->referencedColumnEdit(0)->currentText(), QStringLiteral("order_id"));
        QCOMPARE(d->columnEdit(1)->currentText(), QStringLiteral("line_no"));
        QCOMPARE(d->referencedColumnEdit(1)->currentText(), QStringLiteral("line_no"));

        // An incomplete pair is refused as the user chooses.
        choose(d->columnEdit(1), QString());
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(verdictOf(d).contains(QStringLiteral("each column needs the column it references")));
        choose(d->columnEdit(1), QStringLiteral("line_no"));
        choose(d->findChild<QComboBox *>(QStringLiteral("onDelete")), QStringLiteral("CASCADE"));
        choose(d->findChild<QComboBox *>(QStringLiteral("match")),
               d->findChild<QComboBox *>(QStringLiteral("match"))->itemText(1));
        QVERIFY(!d->findChild<QCheckBox *>(QStringLiteral("initiallyDeferred"))->isEnabled());
        QTest::mouseClick(d->findChild<QCheckBox *>(QStringLiteral("deferrable")), Qt::LeftButton);
        QTest::mouseClick(d->findChild<QCheckBox *>(QStringLiteral("initiallyDeferred")), Qt::LeftButton);
        screenshot(d, QStringLiteral("foreign-key-dialog"));
        QVERIFY(accept(d));

        const ForeignKey fk = h.document.model().table(refund.id)->foreignKeys.value(0);
        QCOMPARE(fk.referencedTableId, QStringLiteral("order_item"));
        QCOMPARE(fk.columnIds, (QStringList{QStringLiteral("order_id"), QStringLiteral("line_no")}));
        QCOMPARE(fk.referencedColumnIds,
                 (QStringList{QStringLiteral("order_id"), QStringLiteral("line_no")}));
        QCOMPARE(fk.onDelete, ReferentialAction::Cascade);
        QCOMPARE(fk.match, MatchType::Full);
        QVERIFY(fk.deferrable);
        QVERIFY(fk.initiallyDeferred);
        QCOMPARE(scene->relationshipCount(), lines + 1);
        const Model after = h.document.model();
        h.document.undoStack()->undo();
        QCOMPARE(h.document.model(), before);
        h.document.undoStack()->redo();
        QCOMPARE(h.document.model(), after);
    }

    void dragOntoAOneColumnKeyAddsAtOnce()
    {
        EditorHarness h(sampleModel());
        DiagramWorkspace workspace(&h.document, &h.editor, &h.window);
        h.window.show();
        workspace.resize(h.window.size());
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        DiagramScene *scene = workspace.currentScene();
        const Table refund = refundTable(h.document.model());
        ModelEdits(&h.document)
            .addTable(refund, scene->diagramId(),
                      scene->freeSpot(scene->cardRect(QStringLiteral("orders")).topRight()));
        workspace.currentView()->fitAll();
        const int lines = scene->relationshipCount();
        drag(workspace.currentView(), scene->linkHandlePosition(refund.id, QStringLiteral("order_id")),
             scene->cardRect(QStringLiteral("orders")).center());
        QVERIFY(!h.dialog<ForeignKeyDialog>());
        QCOMPARE(h.document.model().table(refund.id)->foreignKeys.size(), 1);
        QCOMPARE(scene->relationshipCount(), lines + 1);
    }
};

QTEST_MAIN(TestForeignKeyDialog)
#include "TestForeignKeyDialog.moc"

// Notes and areas as a user works with them on the diagram: a note added from the context menu and
// typed on the diagram itself (no dialog), its text edited again by a double click, Escape leaving
// it as it was; a note resized from the handle on its upper left corner; an area labelled as it is
// made and coloured from its menu. Each is one undo step; the diagram's keys do not fire while
// the user types.
#include "EditorHarness.h"
#include "SampleModel.h"

#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/DiagramView.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::modeler;
using namespace strata::modeler::ui;
using namespace strata::test;

namespace {

/// Triggers the action of the diagram's context menu at a point, as a right click and a choice do.
bool triggerMenu(DiagramWorkspace &workspace, QPointF scenePos, const QStringList &path)
{
    QMenu menu;
    workspace.fillContextMenu(&menu, scenePos);
    QMenu *current = &menu;
    for (int i = 0; i < path.size(); ++i) {
        const QList<QAction *> actions = current->actions();
        const auto it =
            std::find_if(actions.begin(), actions.end(), [&](QAction *a) { return a->text() == path[i]; });
        if (it == actions.end())
            return false;
        if (i + 1 < path.size()) {
            current = (*it)->menu();
            if (!current)
                return false;
        } else {
            (*it)->trigger();
        }
    }
    return true;
}

const Diagram &diagramOf(const EditorHarness &h)
{
    return h.document.model().diagrams.first();
}

struct Window
{
    EditorHarness h{sampleModel()};
    DiagramWorkspace workspace{&h.document, &h.editor, &h.window};
    DiagramScene *scene = nullptr;
    DiagramView *view = nullptr;

    Window()
    {
        workspace.resize(h.window.size());
        h.window.show();
        if (!QTest::qWaitForWindowExposed(&h.window))
            qWarning("the window was not shown");
        scene = workspace.currentScene();
        view = workspace.currentView();
        view->setZoom(1.0);
    }
    /// A point of empty diagram in sight, with room for a note below and right of it.
    QPointF emptySpot() const
    {
        QPointF p = scene->freeSpot(view->mapToScene(view->viewport()->rect().center()), QSizeF(260, 120));
        while (!scene->annotationAt(p + QPointF(5, 5)).isEmpty())
            p = scene->freeSpot(p + QPointF(0, 140), QSizeF(260, 120));
        return p;
    }
    void type(const QString &text) { QTest::keyClicks(view->viewport(), text); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(view->viewport(), key, modifiers);
    }
};

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private slots:
    void noteTypedOnTheDiagram()
    {
        Window w;
        const Model before = w.h.document.model();
        // The window's Delete shortcut, as the main window adds it to the diagram.
        QAction remove(QStringLiteral("Delete"));
        remove.setShortcut(QKeySequence::Delete);
        remove.setShortcutContext(Qt::WidgetWithChildrenShortcut);
        w.workspace.addAction(&remove);
        QSignalSpy deletes(&remove, &QAction::triggered);

        const QPointF at = w.emptySpot();
        QVERIFY(triggerMenu(w.workspace, at, {QStringLiteral("New note here")}));
        QCOMPARE(w.h.document.undoStack()->count(), 0); // nothing in the model while it is typed
        w.type(QStringLiteral("Ship on Mondays+"));
        w.key(Qt::Key_Backspace);
        w.key(Qt::Key_Delete);
        w.key(Qt::Key_Return); // a new line in a note
        w.type(QStringLiteral("1 2"));
        QCOMPARE(deletes.size(), 0);
        QCOMPARE(w.view->zoom(), 1.0); // "+" and "1" were text, not zoom keys
        w.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.h.document.undoStack()->count(), 1);
        QCOMPARE(w.h.document.undoStack()->text(0), QStringLiteral("Add note"));
        const Note note = diagramOf(w.h).notes.last();
        QCOMPARE(note.text, QStringLiteral("Ship on Mondays\n1 2"));
        QCOMPARE(note.rect.topLeft(), at);
        const QString key = QStringLiteral("note:") + note.id;
        screenshot(w.view, QStringLiteral("diagram-note"));

        // A double click edits it where it is; Escape leaves it as it was.
        const QPoint inside = w.view->mapFromScene(w.scene->annotationRect(key).center());
        QTest::mouseDClick(w.view->viewport(), Qt::LeftButton, {}, inside);
        w.type(QStringLiteral("Never mind"));
        w.key(Qt::Key_Escape);
        QCOMPARE(diagramOf(w.h).notes.last().text, note.text);
        QTest::mouseDClick(w.view->viewport(), Qt::LeftButton, {}, inside);
        w.type(QStringLiteral("Ship on Tuesdays"));
        // A click elsewhere keeps what was typed.
        QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {},
                          QPoint(20, w.view->viewport()->height() - 20));
        QCOMPARE(diagramOf(w.h).notes.last().text, QStringLiteral("Ship on Tuesdays"));
        QCOMPARE(w.h.document.undoStack()->text(1), QStringLiteral("Edit note"));

        // An empty new note is no note.
        QVERIFY(triggerMenu(w.workspace, w.emptySpot(), {QStringLiteral("New note here")}));
        w.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.h.document.undoStack()->count(), 2);

        w.h.document.undoStack()->undo();
        QCOMPARE(diagramOf(w.h).notes.last().text, note.text);
        w.h.document.undoStack()->undo();
        QCOMPARE(w.h.document.model(), before);
    }

    void resizedFromAnyHandle()
    {
        Window w;
        const Note note = diagramOf(w.h).notes.first();
        const QString key = QStringLiteral("note:") + note.id;
        w.view->centerOn(note.rect.center());
        // Chosen first (a click), then the upper left handle dragged up and left.
        QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {}, w.view->mapFromScene(note.rect.center()));
        const QPoint from = w.view->mapFromScene(note.rect.topLeft());
        const QPoint to = from - QPoint(40, 30);
        QTest::mousePress(w.view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(w.view->viewport(), from - QPoint(20, 15));
        QTest::mouseMove(w.view->viewport(), to);
        QTest::mouseRelease(w.view->viewport(), Qt::LeftButton, {}, to);
        const QRectF after = diagramOf(w.h).notes.first().rect;
        QCOMPARE(after.bottomRight(), note.rect.bottomRight()); // the opposite corner stays
        QCOMPARE(after.topLeft(), note.rect.topLeft() - QPointF(40, 30));
        QCOMPARE(w.h.document.undoStack()->count(), 1);
        // The right side alone.
        const QPoint side = w.view->mapFromScene(QPointF(after.right(), after.center().y()));
        QTest::mousePress(w.view->viewport(), Qt::LeftButton, {}, side);
        QTest::mouseMove(w.view->viewport(), side + QPoint(30, 0));
        QTest::mouseMove(w.view->viewport(), side + QPoint(60, 50));
        QTest::mouseRelease(w.view->viewport(), Qt::LeftButton, {}, side + QPoint(60, 50));
        QCOMPARE(diagramOf(w.h).notes.first().rect, after.adjusted(0, 0, 60, 0));
        w.h.document.undoStack()->undo();
        w.h.document.undoStack()->undo();
        QCOMPARE(diagramOf(w.h).notes.first().rect, note.rect);
    }

    void areaLabelledAndColoured()
    {
        Window w;
        const int areas = int(diagramOf(w.h).areas.size());
        const QPointF at = w.emptySpot();
        QVERIFY(triggerMenu(w.workspace, at, {QStringLiteral("New area here")}));
        w.type(QStringLiteral("Billing"));
        w.key(Qt::Key_Return); // one line: Enter keeps it
        QCOMPARE(diagramOf(w.h).areas.size(), areas + 1);
        const Area area = diagramOf(w.h).areas.last();
        QCOMPARE(area.label, QStringLiteral("Billing"));
        const QString key = QStringLiteral("area:") + area.id;
        const QPointF inside = w.scene->annotationRect(key).center();
        QVERIFY(triggerMenu(w.workspace, inside, {QStringLiteral("Colour"), QStringLiteral("#c0261a")}));
        QCOMPARE(diagramOf(w.h).areas.last().color, QStringLiteral("#c0261a"));
        QCOMPARE(w.h.document.undoStack()->text(w.h.document.undoStack()->count() - 1),
                 QStringLiteral("Colour area"));
        QVERIFY(triggerMenu(w.workspace, inside, {QStringLiteral("Edit label")}));
        w.type(QStringLiteral("Invoices"));
        w.key(Qt::Key_Return);
        QCOMPARE(diagramOf(w.h).areas.last().label, QStringLiteral("Invoices"));
        screenshot(w.view, QStringLiteral("diagram-area"));
        w.h.document.undoStack()->undo();
        QCOMPARE(diagramOf(w.h).areas.last().label, QStringLiteral("Billing"));
        w.h.document.undoStack()->undo();
        QCOMPARE(diagramOf(w.h).areas.last().color, area.color);
        w.h.document.undoStack()->undo();
        QCOMPARE(diagramOf(w.h).areas.size(), areas);
    }
};

QTEST_MAIN(TestAnnotations)
#include "TestAnnotations.moc"

#include "MainActions.h"

#include "DocumentController.h"
#include "Exports.h"
#include "ModelerPanes.h"
#include "RecentFiles.h"

#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ObjectEditor.h>

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace strata::app {

using namespace strata::modeler::ui;

MainActions::MainActions(QMainWindow *window, DocumentController *documents, ModelerPanes *panes, Exports *exports)
    : QObject(window), m_window(window)
{
    buildFileMenu(window, documents, exports);
    buildEditMenu(window, documents, panes);
    buildModelMenu(window, panes);
    buildViewMenu(window, panes);
    for (const char *name : {"undo", "redo", "exportDdl", "print", "findTable", "newTable", "layoutDiagram", "layoutSelection", "zoomIn", "zoomOut",
                             "zoomFit", "zoomActual"})
        scopeToModeler(action(QLatin1String(name)), panes);
    QMenu *help = m_help = window->menuBar()->addMenu(QStringLiteral("&Help"));
    add(help, QStringLiteral("about"), QStringLiteral("&About Strata"), {}, [window] {
        QMessageBox::about(window, QStringLiteral("About Strata"),
                           QStringLiteral("<b>Strata %1</b><p>Schema modeler, plan explainer and workload profiler.</p>"
                                          "<p>Diagram layout by Graphviz.</p>").arg(QApplication::applicationVersion()));
    });

    const std::pair<const char *, QStyle::StandardPixmap> icons[] = {
        {"new", QStyle::SP_FileIcon}, {"open", QStyle::SP_DialogOpenButton}, {"save", QStyle::SP_DialogSaveButton},
        {"undo", QStyle::SP_ArrowBack}, {"redo", QStyle::SP_ArrowForward}};
    for (const auto &[name, icon] : icons)
        action(QLatin1String(name))->setIcon(window->style()->standardIcon(icon));
    QToolBar *bar = window->addToolBar(QStringLiteral("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"new", "open", "save", "", "undo", "redo", "", "newTable", "layoutDiagram", "", "zoomIn", "zoomOut", "zoomFit"}) {
        if (*name == 0)
            bar->addSeparator();
        else if (QAction *a = action(QLatin1String(name)))
            bar->addAction(a);
    }
}

QAction *MainActions::add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, std::function<void()> slot)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    connect(a, &QAction::triggered, this, std::move(slot));
    menu->addAction(a);
    return a;
}

QMenu *MainActions::insertMenu(const QString &title)
{
    auto *menu = new QMenu(title, m_window);
    m_window->menuBar()->insertMenu(m_view->menuAction(), menu);
    return menu;
}

void MainActions::scopeToModeler(QAction *action, ModelerPanes *panes)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panes->workspace()->addAction(action);
    for (QDockWidget *dock : panes->docks())
        dock->addAction(action);
}

QAction *MainActions::action(const QString &objectName) const
{
    if (objectName == u"undo")
        return m_undo;
    if (objectName == u"redo")
        return m_redo;
    return m_window->findChild<QAction *>(objectName);
}

void MainActions::buildFileMenu(QMainWindow *window, DocumentController *documents, Exports *exports)
{
    QMenu *file = m_file = window->menuBar()->addMenu(QStringLiteral("&File"));
    add(file, QStringLiteral("new"), QStringLiteral("&New model"), QKeySequence::New, [documents] { documents->newModel(); });
    add(file, QStringLiteral("open"), QStringLiteral("&Open…"), QKeySequence::Open, [documents] { documents->openWithDialog(); });
    QMenu *recent = file->addMenu(QStringLiteral("Open &recent"));
    connect(recent, &QMenu::aboutToShow, documents, [documents, recent] { documents->recentFiles()->fillMenu(recent); });
    file->addSeparator();
    add(file, QStringLiteral("save"), QStringLiteral("&Save"), QKeySequence::Save, [this, documents] {
        if (!m_saveRouter || !m_saveRouter())
            documents->save();
    })->setToolTip(QStringLiteral("Saves the model, or the SQL file when the SQL tab is in front"));
    add(file, QStringLiteral("saveAs"), QStringLiteral("Save &as…"), QKeySequence::SaveAs, [documents] { documents->saveAs(); });
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(QStringLiteral("&Export"));
    add(exportMenu, QStringLiteral("exportDiagram"), QStringLiteral("&Diagram as picture…"), {}, [exports] { exports->exportPicture(false); });
    add(exportMenu, QStringLiteral("exportSelection"), QStringLiteral("&Selection as picture…"), {}, [exports] { exports->exportPicture(true); });
    add(exportMenu, QStringLiteral("exportDdl"), QStringLiteral("DD&L script…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [exports] { exports->exportDdl(); });
    add(file, QStringLiteral("print"), QStringLiteral("&Print…"), QKeySequence::Print, [exports] { exports->print(); });
    file->addSeparator();
    add(file, QStringLiteral("quit"), QStringLiteral("&Quit"), QKeySequence::Quit, [window] { window->close(); });
}

void MainActions::buildEditMenu(QMainWindow *window, DocumentController *documents, ModelerPanes *panes)
{
    QMenu *edit = window->menuBar()->addMenu(QStringLiteral("&Edit"));
    QUndoStack *stack = documents->document()->undoStack();
    m_undo = stack->createUndoAction(this, QStringLiteral("&Undo"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, QStringLiteral("&Redo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    DiagramWorkspace *workspace = panes->workspace();
    QAction *remove = add(edit, QStringLiteral("delete"), QStringLiteral("&Delete"), QKeySequence::Delete, [workspace] { workspace->deleteSelection(); });
    // Delete acts on the diagram only: in a text field it must delete text.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    workspace->addAction(remove);
    add(edit, QStringLiteral("findTable"), QStringLiteral("&Find table…"), QKeySequence::Find, [workspace] { workspace->focusFind(); });
}

void MainActions::buildModelMenu(QMainWindow *window, ModelerPanes *panes)
{
    QMenu *model = window->menuBar()->addMenu(QStringLiteral("&Model"));
    DiagramWorkspace *workspace = panes->workspace();
    ObjectEditor *editor = panes->editor();
    add(model, QStringLiteral("newTable"), QStringLiteral("New &table…"), QKeySequence(Qt::CTRL | Qt::Key_T), [workspace] { workspace->newTableHere(); });
    add(model, QStringLiteral("newView"), QStringLiteral("New &view…"), {}, [workspace, editor] {
        editor->newView(workspace->currentDiagramId(), QPointF(40, 40));
    });
    add(model, QStringLiteral("newEnum"), QStringLiteral("New &enum…"), {}, [editor] { editor->newEnum(); });
    add(model, QStringLiteral("newDiagram"), QStringLiteral("New &diagram…"), {}, [editor] { editor->newDiagram(); });
    model->addSeparator();
    add(model, QStringLiteral("layoutDiagram"), QStringLiteral("&Lay out the diagram"), QKeySequence(Qt::CTRL | Qt::Key_L), [workspace] { workspace->autoLayout(true); });
    add(model, QStringLiteral("layoutSelection"), QStringLiteral("Lay out the &selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [workspace] { workspace->autoLayout(false); });
}

void MainActions::buildViewMenu(QMainWindow *window, ModelerPanes *panes)
{
    QMenu *view = m_view = window->menuBar()->addMenu(QStringLiteral("&View"));
    DiagramWorkspace *workspace = panes->workspace();
    add(view, QStringLiteral("zoomIn"), QStringLiteral("Zoom &in"), QKeySequence::ZoomIn, [workspace] { workspace->zoomIn(); });
    add(view, QStringLiteral("zoomOut"), QStringLiteral("Zoom &out"), QKeySequence::ZoomOut, [workspace] { workspace->zoomOut(); });
    add(view, QStringLiteral("zoomFit"), QStringLiteral("&Fit to window"), QKeySequence(Qt::CTRL | Qt::Key_0), [workspace] { workspace->zoomToFit(); });
    add(view, QStringLiteral("zoomActual"), QStringLiteral("&Actual size"), QKeySequence(Qt::CTRL | Qt::Key_1), [workspace] { workspace->zoomActual(); });
    view->addSeparator();
    for (QDockWidget *dock : panes->docks())
        view->addAction(dock->toggleViewAction());
}

} // namespace strata::app

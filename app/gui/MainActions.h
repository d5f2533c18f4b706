// The window's menus and tool bar: File, Edit, Model, View and Help, each action wired to the part
// that does it (the document controller, the diagram workspace, the editor, the exports). Other
// tools add their own menus beside these (insertMenu). The modeler's keys act where the modeler is
// (the diagrams and the model's docks): elsewhere the same keys belong to the SQL editor.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace strata::app {

class DocumentController;
class Exports;
class ModelerPanes;

class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow *window, DocumentController *documents, ModelerPanes *panes, Exports *exports);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *action(const QString &objectName) const;
    /// A new menu before View.
    QMenu *insertMenu(const QString &title);
    QMenu *viewMenu() const { return m_view; }
    QMenu *fileMenu() const { return m_file; }
    QMenu *helpMenu() const { return m_help; }
    /// Save (Ctrl+S) asks `router` first: when it returns true it has saved something else (the
    /// current SQL file) and the model is left alone.
    void setSaveRouter(std::function<bool()> router) { m_saveRouter = std::move(router); }

private:
    void buildFileMenu(QMainWindow *window, DocumentController *documents, Exports *exports);
    void buildEditMenu(QMainWindow *window, DocumentController *documents, ModelerPanes *panes);
    void buildModelMenu(QMainWindow *window, ModelerPanes *panes);
    void buildViewMenu(QMainWindow *window, ModelerPanes *panes);
    QAction *add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, std::function<void()> slot);
    /// The action's keys work in the diagrams and the model's docks only.
    void scopeToModeler(QAction *action, ModelerPanes *panes);

    QMainWindow *m_window;
    QAction *m_undo = nullptr, *m_redo = nullptr;
    QMenu *m_file = nullptr, *m_view = nullptr, *m_help = nullptr;
    std::function<bool()> m_saveRouter;
};

} // namespace strata::app

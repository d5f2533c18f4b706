// The window's menus and tool bar: File, Edit, Model, View and Help, each action wired to the part
// that does it (the document controller, the diagram workspace, the editor, the exports). Other
// tools add their own menus beside these.
#pragma once

#include <QObject>

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

private:
    void buildFileMenu(QMainWindow *window, DocumentController *documents, Exports *exports);
    void buildEditMenu(QMainWindow *window, DocumentController *documents, ModelerPanes *panes);
    void buildModelMenu(QMainWindow *window, ModelerPanes *panes);
    void buildViewMenu(QMainWindow *window, ModelerPanes *panes);
    QAction *add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, std::function<void()> slot);

    QMainWindow *m_window;
    QAction *m_undo = nullptr, *m_redo = nullptr;
};

} // namespace strata::app

// The modeler's parts of the window: the diagram workspace (a tab of the central area), the model
// tree, property and lint docks, and the wiring between them (a choice in one shows in the others;
// lint findings reach the diagram and the tree). Other tools add their own docks and central tabs.
#pragma once

#include <modeler/ObjectRef.h>

#include <QObject>

class QDockWidget;
class QMainWindow;
class QTabWidget;

namespace strata::modeler::ui {
class DiagramWorkspace;
class LintMonitor;
class LintPanel;
class ModelDocument;
class ModelTree;
class ObjectEditor;
class PropertyPanel;
}

namespace strata::app {

class ModelerPanes : public QObject
{
    Q_OBJECT

public:
    ModelerPanes(QMainWindow *window, QTabWidget *centralTabs, modeler::ui::ModelDocument *document);

    modeler::ui::DiagramWorkspace *workspace() const { return m_workspace; }
    modeler::ui::ModelTree *tree() const { return m_tree; }
    modeler::ui::PropertyPanel *properties() const { return m_properties; }
    modeler::ui::LintPanel *lintPanel() const { return m_lintPanel; }
    modeler::ui::LintMonitor *lint() const { return m_lint; }
    modeler::ui::ObjectEditor *editor() const { return m_editor; }
    QList<QDockWidget *> docks() const { return m_docks; }

signals:
    void message(const QString &text);

private:
    QDockWidget *addDock(QMainWindow *window, const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area);
    void showTreeMenu(const QPoint &globalPos, const modeler::ObjectRef &object);
    /// Shows an object chosen in the tree or the lint list on the diagram.
    void follow(const modeler::ObjectRef &object);

    modeler::ui::ModelDocument *m_document;
    modeler::ui::LintMonitor *m_lint;
    modeler::ui::ObjectEditor *m_editor;
    modeler::ui::DiagramWorkspace *m_workspace;
    modeler::ui::ModelTree *m_tree;
    modeler::ui::PropertyPanel *m_properties;
    modeler::ui::LintPanel *m_lintPanel;
    QList<QDockWidget *> m_docks;
    bool m_following = false;
};

} // namespace strata::app

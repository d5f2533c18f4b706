#include "ModelerPanes.h"

#include <modeler/ui/DiagramScene.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/LintMonitor.h>
#include <modeler/ui/LintPanel.h>
#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelEdits.h>
#include <modeler/ui/ModelTree.h>
#include <modeler/ui/ObjectEditor.h>
#include <modeler/ui/PropertyPanel.h>

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>

namespace strata::app {

using namespace strata::modeler;
using namespace strata::modeler::ui;

ModelerPanes::ModelerPanes(QMainWindow *window, QTabWidget *centralTabs, ModelDocument *document)
    : QObject(window), m_document(document)
{
    m_lint = new LintMonitor(document, this);
    m_editor = new ObjectEditor(document, m_lint, window);
    m_workspace = new DiagramWorkspace(document, m_editor);
    m_tree = new ModelTree(document);
    m_properties = new PropertyPanel(document, m_lint, m_editor);
    m_lintPanel = new LintPanel(m_lint);
    centralTabs->addTab(m_workspace, QStringLiteral("Model"));
    addDock(window, QStringLiteral("Model"), QStringLiteral("modelDock"), m_tree, Qt::LeftDockWidgetArea);
    addDock(window, QStringLiteral("Properties"), QStringLiteral("propertiesDock"), m_properties, Qt::RightDockWidgetArea);
    addDock(window, QStringLiteral("Problems"), QStringLiteral("lintDock"), m_lintPanel, Qt::BottomDockWidgetArea);

    // A choice anywhere shows everywhere: the diagram, the tree and the property panel.
    connect(m_workspace, &DiagramWorkspace::currentObjectChanged, this, [this](const ObjectRef &object) {
        if (m_following)
            return; // the diagram follows a column chosen elsewhere: the panel keeps the column
        m_properties->showObject(object);
        if (object.isValid())
            m_tree->selectObject(object);
    });
    connect(m_tree, &ModelTree::objectSelected, this, [this](const ObjectRef &object) {
        m_properties->showObject(object);
        follow(object);
    });
    connect(m_lintPanel, &LintPanel::objectSelected, this, [this](const ObjectRef &object) {
        m_properties->showObject(object);
        m_tree->selectObject(object);
        follow(object);
    });
    connect(m_tree, &ModelTree::objectActivated, m_editor, &ObjectEditor::edit);
    connect(m_tree, &ModelTree::diagramActivated, m_workspace, &DiagramWorkspace::showDiagram);
    connect(m_tree, &ModelTree::contextMenuRequested, this, &ModelerPanes::showTreeMenu);
    connect(m_lint, &LintMonitor::findingsChanged, this, [this](const QList<LintFinding> &findings) {
        m_workspace->setLintFindings(findings);
        m_tree->setLintFindings(findings);
    });
    connect(m_workspace, &DiagramWorkspace::message, this, &ModelerPanes::message);
}

QDockWidget *ModelerPanes::addDock(QMainWindow *window, const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name); // for saveState()
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void ModelerPanes::follow(const ObjectRef &object)
{
    m_following = true;
    m_workspace->selectObject(object);
    m_following = false;
}

void ModelerPanes::showTreeMenu(const QPoint &globalPos, const ObjectRef &object)
{
    QMenu menu;
    using K = ObjectRef::Kind;
    if (object.isValid()) {
        menu.addAction(QStringLiteral("Edit…"), this, [this, object] { m_editor->edit(object); });
        if (object.kind == K::Table) {
            menu.addAction(QStringLiteral("Add column…"), this, [this, object] { m_editor->addColumn(object.id); });
            menu.addAction(QStringLiteral("Add foreign key…"), this, [this, object] { m_editor->addForeignKey(object.id); });
            menu.addAction(QStringLiteral("Add index…"), this, [this, object] { m_editor->addIndex(object.id); });
            menu.addAction(QStringLiteral("Add check…"), this, [this, object] { m_editor->addCheck(object.id); });
        }
        if (object.kind == K::Table || object.kind == K::View) {
            QAction *place = menu.addAction(QStringLiteral("Show on this diagram"), this, [this, object] { m_workspace->placeOnDiagram({object.id}); });
            place->setEnabled(m_workspace->currentScene() && m_workspace->currentScene()->cardRect(object.id).isEmpty());
        }
        menu.addSeparator();
        menu.addAction(QStringLiteral("Delete"), this, [this, object] { m_editor->deleteObjects({object}); });
    } else {
        menu.addAction(QStringLiteral("New table…"), m_workspace, &DiagramWorkspace::newTableHere);
        menu.addAction(QStringLiteral("New enum…"), m_editor, &ObjectEditor::newEnum);
        m_editor->addCreateActions(&menu);
    }
    menu.exec(globalPos);
}

} // namespace strata::app

// The modeler's central area: the model's diagrams as tabs along the bottom (a "+" adds one), each
// a DiagramPane. It keeps the tabs in step with the model, passes selection between the diagram and
// the rest of the window, finds tables, and offers the diagram's commands (zoom, layout, add, delete)
// to the window's menus and the context menu.
#pragma once

#include <modeler/Linter.h>
#include <modeler/ObjectRef.h>

#include <QWidget>

class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabBar;

namespace strata::modeler::ui {

class DiagramPane;
class DiagramScene;
class DiagramView;
class LintMonitor;
class ModelDocument;
class ObjectEditor;

class DiagramWorkspace : public QWidget
{
    Q_OBJECT

public:
    DiagramWorkspace(ModelDocument *document, ObjectEditor *editor, QWidget *parent = nullptr);

    DiagramPane *currentPane() const;
    DiagramScene *currentScene() const;
    DiagramView *currentView() const;
    QString currentDiagramId() const;
    QList<DiagramPane *> panes() const;
    void showDiagram(const QString &diagramId);
    QTabBar *tabBar() const { return m_tabs; }
    QLineEdit *findField() const { return m_find; }

    /// Selects an object in the current diagram (or the first diagram that shows it) and centres it.
    void selectObject(const ObjectRef &object);
    void setLintFindings(const QList<LintFinding> &findings);

    // Commands for the window's menus.
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomActual();
    void focusFind();
    /// Finds a table or view by name (exact, else the first containing the text) and centres it.
    bool findCard(const QString &text);
    void autoLayout(bool whole);
    void newTableHere();
    void deleteSelection();
    /// Puts tables and views on the current diagram, around the middle of the view.
    void placeOnDiagram(const QStringList &ids);
    /// The diagram's context menu for a point of the current scene (what a right click shows).
    void fillContextMenu(QMenu *menu, const QPointF &scenePos);

signals:
    void currentObjectChanged(const strata::modeler::ObjectRef &object);
    void message(const QString &text);
    void zoomChanged(double zoom);

private:
    void syncTabs();
    DiagramPane *addPane(const QString &diagramId, const QString &name);
    void showContextMenu(const QPoint &globalPos, const QPointF &scenePos);
    /// Colours for an area: the palette, and any other.
    void addColourMenu(QMenu *menu, const QString &annotation);
    QPointF viewCentre() const;

    ModelDocument *m_document;
    ObjectEditor *m_editor;
    QStackedWidget *m_stack;
    QTabBar *m_tabs;
    QLineEdit *m_find;
    QList<LintFinding> m_findings;
};

} // namespace strata::modeler::ui

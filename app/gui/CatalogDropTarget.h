// Lets tables dragged from the catalog browser be dropped onto any diagram of the workspace: it
// watches each diagram view's viewport (views come and go with diagrams) and reports the tables, the
// diagram and the place in diagram coordinates where they were dropped.
#pragma once

#include <connectors/ui/CatalogSelection.h>

#include <QObject>
#include <QPointF>

namespace strata::modeler::ui {
class DiagramWorkspace;
}

namespace strata::app {

class CatalogDropTarget : public QObject
{
    Q_OBJECT

public:
    explicit CatalogDropTarget(modeler::ui::DiagramWorkspace *workspace, QObject *parent = nullptr);

    /// Watches the views of diagrams added since (called as tabs change).
    void watchViews();

signals:
    void tablesDropped(const strata::connectors::ui::CatalogSelection &tables, const QString &diagramId, QPointF at);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    modeler::ui::DiagramWorkspace *m_workspace;
};

} // namespace strata::app

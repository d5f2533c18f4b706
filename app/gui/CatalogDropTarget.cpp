#include "CatalogDropTarget.h"

#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramView.h>
#include <modeler/ui/DiagramWorkspace.h>

#include <QDropEvent>
#include <QMimeData>
#include <QTabBar>
#include <QTimer>

namespace strata::app {

using connectors::ui::CatalogSelection;

CatalogDropTarget::CatalogDropTarget(modeler::ui::DiagramWorkspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    // A new diagram's tab comes with its view; the tab bar tells of it.
    connect(workspace->tabBar(), &QTabBar::currentChanged, this, &CatalogDropTarget::watchViews);
    connect(workspace->tabBar(), &QTabBar::tabMoved, this, &CatalogDropTarget::watchViews);
    QTimer::singleShot(0, this, &CatalogDropTarget::watchViews);
}

void CatalogDropTarget::watchViews()
{
    for (modeler::ui::DiagramPane *pane : m_workspace->panes()) {
        QWidget *viewport = pane->view()->viewport();
        viewport->setAcceptDrops(true);
        viewport->installEventFilter(this); // installing twice keeps one filter
    }
}

bool CatalogDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    if (!drop->mimeData()->hasFormat(CatalogSelection::mimeType))
        return false; // not ours: the diagram handles it
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type != QEvent::Drop)
        return true;
    const auto tables = CatalogSelection::fromMimeData(drop->mimeData());
    for (modeler::ui::DiagramPane *pane : m_workspace->panes()) {
        if (pane->view()->viewport() == watched && tables) {
            emit tablesDropped(*tables, pane->diagramId(), pane->view()->mapToScene(drop->position().toPoint()));
            break;
        }
    }
    return true;
}

} // namespace strata::app

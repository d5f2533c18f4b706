#include "explain/ui/PlanGraphView.h"

#include "explain/ui/PlanScene.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace strata::explain::ui {

PlanGraphView::PlanGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    // Cards restore what they change; the view need not save the painter for each of them.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(QColor(0xf3, 0xf5, 0xf7));
    setFrameShape(NoFrame);
}

void PlanGraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene && !m_scene->items().isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(QColor(0x6b, 0x72, 0x80)); // on the view's own light background, in either theme
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                      tr("No plan yet.\n\nExplain a statement in the SQL editor (Ctrl+Shift+E, or Ctrl+Alt+E to run it "
                         "with ANALYZE), paste EXPLAIN output of PostgreSQL (text or JSON) or SQLite here with Ctrl+V, "
                         "or drop a plan file."));
    painter->restore();
}

void PlanGraphView::setPlanScene(PlanScene *scene)
{
    m_scene = scene;
    setScene(scene);
}

void PlanGraphView::fitAll()
{
    m_fitting = true;
    fit();
}

void PlanGraphView::fit()
{
    if (!m_scene)
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform::fromScale(1.0, 1.0));
}

void PlanGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fit();
}

void PlanGraphView::setZoom(double zoom)
{
    m_fitting = false;
    zoom = std::clamp(zoom, 0.002, 4.0);
    setTransform(QTransform::fromScale(zoom, zoom));
}

void PlanGraphView::zoomBy(double factor)
{
    m_fitting = false;
    const double target = std::clamp(zoom() * factor, 0.002, 4.0);
    scale(target / zoom(), target / zoom());
}

void PlanGraphView::showNode(int node)
{
    if (!m_scene || !m_scene->plan())
        return;
    const QRectF r = m_scene->nodeRect(node);
    if (zoom() < 0.45)
        setZoom(0.8); // close enough to read the card
    centerOn(r.center());
}

void PlanGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void PlanGraphView::keyPressEvent(QKeyEvent *event)
{
    if (!m_scene || !m_scene->plan()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const Plan &plan = *m_scene->plan();
    const int current = std::max(0, m_scene->selectedNode());
    const PlanNode &n = plan.nodes[current];
    int next = -1;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: fitAll(); return;
    case Qt::Key_Up: next = n.parent; break;
    case Qt::Key_Down: next = n.children.isEmpty() ? -1 : n.children.front(); break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (n.parent < 0)
            break;
        const QList<int> &siblings = plan.nodes[n.parent].children;
        const qsizetype at = siblings.indexOf(current) + (event->key() == Qt::Key_Left ? -1 : 1);
        next = at >= 0 && at < siblings.size() ? siblings[at] : -1;
        break;
    }
    case Qt::Key_Space: m_scene->toggleCollapsed(current); return;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    if (next >= 0) {
        m_scene->selectNode(next);
        ensureVisible(m_scene->nodeRect(next), 40, 40);
    }
}

} // namespace strata::explain::ui

#include "PlanEdgesItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace strata::explain::ui {

PlanEdgesItem::PlanEdgesItem(PlanScene *)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void PlanEdgesItem::setEdges(std::vector<Edge> edges, const QRectF &bounds)
{
    prepareGeometryChange();
    m_edges = std::move(edges);
    m_bounds = bounds;
    update();
}

void PlanEdgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    const QColor colour(0x8a, 0x96, 0xa3);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Edge &e : m_edges) {
        QRectF box(e.points[0], QSizeF(0, 0));
        for (const QPointF &p : e.points)
            box |= QRectF(p, QSizeF(0.01, 0.01));
        if (!box.adjusted(-e.width, -e.width, e.width, e.width).intersects(exposed))
            continue;
        if (e.subplan || lod < 0.2) {
            // Thin or dashed: a cosmetic line is cheap at any zoom.
            painter->setPen(QPen(colour, e.subplan && lod >= 0.2 ? 1.5 : 0, e.subplan ? Qt::DashLine : Qt::SolidLine));
            painter->drawPolyline(e.points.data(), int(e.points.size()));
            continue;
        }
        // Edges run only up, down and across: each piece is a rectangle, far cheaper to fill than
        // a wide pen is to stroke.
        const double half = e.width / 2;
        for (size_t i = 1; i < e.points.size(); ++i) {
            const QPointF &a = e.points[i - 1], &b = e.points[i];
            if (a == b)
                continue;
            painter->fillRect(QRectF(a, b).normalized().adjusted(-half, -half, half, half), colour);
        }
    }
}

} // namespace strata::explain::ui

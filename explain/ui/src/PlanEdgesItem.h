// All edges of a plan drawing in one item: ten thousand edge items would cost more than the
// lines themselves. Only edges crossing the exposed area are painted.
#pragma once

#include <QGraphicsItem>

#include <array>
#include <vector>

namespace strata::explain::ui {

class PlanScene;

class PlanEdgesItem : public QGraphicsItem
{
public:
    explicit PlanEdgesItem(PlanScene *scene);

    struct Edge
    {
        std::array<QPointF, 6> points; ///< from the parent's bottom to the child's top, right angles only
        double width = 1;
        bool subplan = false; ///< InitPlan, SubPlan or CTE: drawn dashed
    };
    void setEdges(std::vector<Edge> edges, const QRectF &bounds);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<Edge> m_edges;
    QRectF m_bounds;
};

} // namespace strata::explain::ui

// One plan node on the canvas: a card painted with less detail the further the view zooms out.
#pragma once

#include <QGraphicsItem>

namespace strata::explain::ui {

class PlanScene;

class NodeCardItem : public QGraphicsItem
{
public:
    NodeCardItem(PlanScene *scene, int node);

    int node() const { return m_node; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF toggleRect() const;
    void paintFull(QPainter *painter, const QRectF &card, const QColor &fill, const QColor &accent) const;

    PlanScene *m_scene;
    int m_node;
};

} // namespace strata::explain::ui

// A table or view card on the diagram. Paints at three levels of detail (a block from afar, the
// name half way, everything close up); drags move it, and a drag from the handle at the end of a
// column's row (or with Ctrl held) draws a foreign key to the table it is dropped on.
#pragma once

#include "CardLint.h"
#include "TableCard.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>

namespace strata::modeler::ui {

class DiagramScene;

class TableCardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    /// On screen a card is painted once into a pixmap and blitted while scrolling.
    static constexpr CacheMode cacheModeOnScreen = DeviceCoordinateCache;

    TableCardItem(DiagramScene *scene, TableCard card);

    const TableCard &card() const { return m_card; }
    QString id() const { return m_card.id; }
    void setCard(TableCard card);
    void setColor(const QString &color);
    void setLint(const CardLint &lint);
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QRectF cardRect() const { return QRectF(pos(), m_card.size); }
    /// Where a drag for a foreign key starts on a column's row, in item coordinates.
    QRectF linkHandle(int row) const;
    /// The column at a point in item coordinates; empty outside the rows.
    QString columnAt(QPointF point) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintHeader(QPainter *painter, const QRectF &rect, double lod) const;
    void paintRows(QPainter *painter) const;
    void updateToolTip();

    DiagramScene *m_scene;
    TableCard m_card;
    QColor m_header;
    CardLint m_lint;
    bool m_highlighted = false;
    int m_hoverRow = -1;
    bool m_linking = false;
};

} // namespace strata::modeler::ui

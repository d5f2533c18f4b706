// A foreign key on the diagram: a line in crow's-foot notation from the referencing table (many,
// or one when the columns are unique; never mandatory) to the referenced table (exactly one, or
// zero or one when the columns may be null). Hovering or selecting it highlights both tables.
#pragma once

#include <QGraphicsItem>

namespace strata::modeler::ui {

class DiagramScene;

class RelationshipItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    struct Ends
    {
        bool many = true;     ///< at the referencing table: crow's foot, else a bar
        bool optional = true; ///< at the referenced table: a circle (nullable columns), else a bar
    };

    RelationshipItem(DiagramScene *scene, const QString &tableId, const QString &foreignKeyId, const QString &targetId);

    QString tableId() const { return m_tableId; }
    QString foreignKeyId() const { return m_foreignKeyId; }
    QString targetId() const { return m_targetId; }
    QPolygonF line() const { return m_line; }

    void setLine(const QPolygonF &line);
    void setEnds(const Ends &ends, const QString &toolTip);
    void setHighlighted(bool highlighted);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    static void paintEnd(QPainter *painter, QPointF tip, QPointF outward, bool many, bool optional);

    DiagramScene *m_scene;
    QString m_tableId, m_foreignKeyId, m_targetId;
    QPolygonF m_line;
    QRectF m_bounds;
    Ends m_ends;
    bool m_highlighted = false;
};

} // namespace strata::modeler::ui

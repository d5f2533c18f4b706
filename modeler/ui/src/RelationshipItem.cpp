#include "RelationshipItem.h"

#include "CardStyle.h"
#include "modeler/ui/DiagramScene.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace strata::modeler::ui {

RelationshipItem::RelationshipItem(DiagramScene *scene, const QString &tableId, const QString &foreignKeyId, const QString &targetId)
    : m_scene(scene), m_tableId(tableId), m_foreignKeyId(foreignKeyId), m_targetId(targetId)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void RelationshipItem::setLine(const QPolygonF &line)
{
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
    m_bounds = line.boundingRect().adjusted(-12, -12, 12, 12);
}

void RelationshipItem::setEnds(const Ends &ends, const QString &toolTip)
{
    m_ends = ends;
    setToolTip(toolTip);
    update();
}

void RelationshipItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QRectF RelationshipItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationshipItem::shape() const
{
    QPainterPath path;
    if (m_line.isEmpty())
        return path;
    path.addPolygon(m_line);
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    return stroker.createStroke(path);
}

void RelationshipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.size() < 2)
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool exporting = m_scene->isExporting();
    const bool selected = isSelected() && !exporting, marked = m_highlighted && !exporting;
    const QColor colour = selected ? style::selected : marked ? style::highlighted : style::line;
    QPen pen(colour, selected || marked ? 2.4 : 1.3);
    if (lod < 0.3) {
        // From afar: a thin line, no notation.
        pen.setCosmetic(true);
        pen.setWidthF(selected || marked ? 2 : 1);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(pen);
        painter->drawPolyline(m_line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_line);
    auto outward = [](QPointF from, QPointF to) {
        const QPointF d = to - from;
        const double len = std::hypot(d.x(), d.y());
        return len > 0 ? d / len : QPointF(1, 0);
    };
    const int n = int(m_line.size());
    painter->setBrush(Qt::white);
    // The referencing table: zero or many (zero or one when unique).
    paintEnd(painter, m_line[0], outward(m_line[0], m_line[1]), m_ends.many, true);
    // The referenced table: exactly one, or zero or one.
    paintEnd(painter, m_line[n - 1], outward(m_line[n - 1], m_line[n - 2]), false, m_ends.optional);
}

void RelationshipItem::paintEnd(QPainter *painter, QPointF tip, QPointF outward, bool many, bool optional)
{
    const QPointF across(-outward.y(), outward.x());
    if (many) {
        const QPointF root = tip + outward * 13;
        painter->drawLine(root, tip + across * 7);
        painter->drawLine(root, tip - across * 7);
        painter->drawLine(root, tip);
    } else {
        const QPointF bar = tip + outward * 7;
        painter->drawLine(bar + across * 6, bar - across * 6);
    }
    if (optional) {
        painter->drawEllipse(tip + outward * 20, 4, 4);
    } else {
        const QPointF bar = tip + outward * 13;
        painter->drawLine(bar + across * 6, bar - across * 6);
    }
}

void RelationshipItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_scene->setHoveredRelationship(this);
}

void RelationshipItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_scene->setHoveredRelationship(nullptr);
}

void RelationshipItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    emit m_scene->objectActivated(ObjectRef::child(ObjectRef::Kind::ForeignKey, m_tableId, m_foreignKeyId));
    event->accept();
}

QVariant RelationshipItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace strata::modeler::ui

#include "AnnotationItem.h"

#include "CardStyle.h"
#include "modeler/ui/DiagramScene.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace strata::modeler::ui {

namespace {

const QColor noteColour(0xff, 0xf4, 0xb8);
constexpr double gripSize = 12;
constexpr QSizeF minimumSize(60, 30);

} // namespace

AnnotationItem::AnnotationItem(DiagramScene *scene, Kind kind, const QString &id) : m_scene(scene), m_kind(kind), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(kind == Kind::Note ? 2 : -10);
}

void AnnotationItem::setContent(const QRectF &rect, const QString &text, const QString &color)
{
    prepareGeometryChange();
    setPos(rect.topLeft());
    m_size = rect.size().expandedTo(minimumSize);
    m_text = text;
    const QColor c(color);
    m_color = c.isValid() ? c : m_kind == Kind::Note ? noteColour : QColor(0x9e, 0xc5, 0xfe);
    update();
}

QRectF AnnotationItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

QRectF AnnotationItem::grip() const
{
    return QRectF(m_size.width() - gripSize, m_size.height() - gripSize, gripSize, gripSize);
}

void AnnotationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(QPointF(0, 0), m_size);
    const bool selected = isSelected() && !m_scene->isExporting();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    if (m_kind == Kind::Area) {
        QColor fill = m_color;
        fill.setAlpha(45);
        painter->setPen(QPen(selected ? style::selected : m_color.darker(120), selected ? 2.5 : 1.2, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, 8, 8);
        QFont f = style::titleFont();
        if (lod < 0.4)
            f.setPixelSize(int(std::min(80.0, 11.0 / lod)));
        painter->setFont(f);
        painter->setPen(m_color.darker(170));
        painter->drawText(rect.adjusted(10, 6, -10, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, m_text);
    } else {
        painter->setPen(QPen(selected ? style::selected : m_color.darker(130), selected ? 2.5 : 1));
        painter->setBrush(m_color);
        painter->drawRect(rect);
        if (lod >= 0.25) {
            painter->setFont(style::rowFont());
            painter->setPen(style::text);
            painter->drawText(rect.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text);
        }
    }
    if (selected) {
        painter->setPen(QPen(style::selected, 1));
        painter->drawLine(grip().topRight(), grip().bottomLeft());
        painter->drawLine(grip().center() + QPointF(gripSize / 2, 0), grip().center() + QPointF(0, gripSize / 2));
    }
}

void AnnotationItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(grip().contains(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
}

void AnnotationItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && grip().contains(event->pos())) {
        m_resizing = true;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void AnnotationItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        prepareGeometryChange();
        m_size = QSizeF(event->pos().x(), event->pos().y()).expandedTo(minimumSize);
        update();
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void AnnotationItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        m_resizing = false;
        m_scene->annotationsChanged();
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void AnnotationItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    emit m_scene->annotationActivated((m_kind == Kind::Note ? QStringLiteral("note:") : QStringLiteral("area:")) + m_id);
    event->accept();
}

QVariant AnnotationItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace strata::modeler::ui

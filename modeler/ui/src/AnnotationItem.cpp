#include "AnnotationItem.h"

#include "AnnotationTextEdit.h"
#include "CardStyle.h"
#include "modeler/ui/DiagramScene.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace strata::modeler::ui {

namespace {

const QColor noteColour(0xff, 0xf4, 0xb8);
constexpr double handleSize = 9;
constexpr QSizeF minimumSize(60, 30);
const int allHandles[] = {AnnotationItem::Left | AnnotationItem::Top, AnnotationItem::Top, AnnotationItem::Right | AnnotationItem::Top,
                          AnnotationItem::Right, AnnotationItem::Right | AnnotationItem::Bottom, AnnotationItem::Bottom,
                          AnnotationItem::Left | AnnotationItem::Bottom, AnnotationItem::Left};

Qt::CursorShape cursorFor(int sides)
{
    switch (sides) {
    case AnnotationItem::Left | AnnotationItem::Top:
    case AnnotationItem::Right | AnnotationItem::Bottom: return Qt::SizeFDiagCursor;
    case AnnotationItem::Right | AnnotationItem::Top:
    case AnnotationItem::Left | AnnotationItem::Bottom: return Qt::SizeBDiagCursor;
    case AnnotationItem::Left:
    case AnnotationItem::Right: return Qt::SizeHorCursor;
    case AnnotationItem::Top:
    case AnnotationItem::Bottom: return Qt::SizeVerCursor;
    default: return Qt::ArrowCursor;
    }
}

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
    const double m = handleSize / 2 + 2;
    return QRectF(QPointF(-m, -m), m_size + QSizeF(2 * m, 2 * m));
}

QPointF AnnotationItem::handlePosition(int sides) const
{
    const double x = sides & Left ? 0 : sides & Right ? m_size.width() : m_size.width() / 2;
    const double y = sides & Top ? 0 : sides & Bottom ? m_size.height() : m_size.height() / 2;
    return QPointF(x, y);
}

QRectF AnnotationItem::handleRect(int sides) const
{
    return QRectF(handlePosition(sides) - QPointF(handleSize / 2, handleSize / 2), QSizeF(handleSize, handleSize));
}

int AnnotationItem::handleAt(QPointF pos) const
{
    if (isEditing())
        return NoSide;
    if (!isSelected()) // the lower right corner resizes without choosing first, as it always did
        return handleRect(Right | Bottom).adjusted(-3, -3, 0, 0).contains(pos) ? Right | Bottom : NoSide;
    for (int sides : allHandles) {
        if (handleRect(sides).adjusted(-2, -2, 2, 2).contains(pos))
            return sides;
    }
    return NoSide;
}

void AnnotationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(QPointF(0, 0), m_size);
    const bool selected = isSelected() && !m_scene->isExporting();
    const QString text = isEditing() ? QString() : m_text; // the editor shows it
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
        painter->drawText(rect.adjusted(10, 6, -10, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
    } else {
        painter->setPen(QPen(selected ? style::selected : m_color.darker(130), selected ? 2.5 : 1));
        painter->setBrush(m_color);
        painter->drawRect(rect);
        if (lod >= 0.25) {
            painter->setFont(style::rowFont());
            painter->setPen(style::text);
            painter->drawText(rect.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        }
    }
    if (selected && !isEditing())
        paintHandles(painter);
}

void AnnotationItem::paintHandles(QPainter *painter) const
{
    painter->setPen(QPen(style::selected, 1));
    painter->setBrush(Qt::white);
    for (int sides : allHandles)
        painter->drawRect(handleRect(sides));
}

void AnnotationItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(cursorFor(handleAt(event->pos())));
}

void AnnotationItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int sides = event->button() == Qt::LeftButton ? handleAt(event->pos()) : NoSide;
    if (sides != NoSide) {
        m_resizing = sides;
        m_pressRect = sceneRectNow();
        m_pressPoint = event->scenePos();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void AnnotationItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing == NoSide) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    // Each side the handle moves follows the mouse; the opposite sides stay.
    const QPointF d = event->scenePos() - m_pressPoint;
    QRectF r = m_pressRect;
    if (m_resizing & Left)
        r.setLeft(std::min(r.left() + d.x(), r.right() - minimumSize.width()));
    if (m_resizing & Right)
        r.setRight(std::max(r.right() + d.x(), r.left() + minimumSize.width()));
    if (m_resizing & Top)
        r.setTop(std::min(r.top() + d.y(), r.bottom() - minimumSize.height()));
    if (m_resizing & Bottom)
        r.setBottom(std::max(r.bottom() + d.y(), r.top() + minimumSize.height()));
    prepareGeometryChange();
    setPos(r.topLeft());
    m_size = r.size();
    update();
}

void AnnotationItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing != NoSide) {
        m_resizing = NoSide;
        m_scene->annotationsChanged();
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void AnnotationItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    beginTextEdit();
    event->accept();
}

void AnnotationItem::beginTextEdit()
{
    if (isEditing())
        return;
    if (scene() && scene()->mouseGrabberItem() == this)
        ungrabMouse(); // the clicks go to the text from now on
    const bool note = m_kind == Kind::Note;
    m_editor = new AnnotationTextEdit(m_text, note, [this](bool keep) { endTextEdit(keep); }, this);
    m_editor->setFont(note ? style::rowFont() : style::titleFont());
    m_editor->setDefaultTextColor(note ? style::text : m_color.darker(170));
    m_editor->setPos(note ? QPointF(4, 2) : QPointF(6, 2));
    m_editor->setTextWidth(m_size.width() - (note ? 8 : 12));
    QTextCursor all(m_editor->document());
    all.select(QTextCursor::Document);
    m_editor->setTextCursor(all); // typing replaces the old text, as in a field
    for (QGraphicsView *view : m_scene->views())
        view->setFocus(Qt::OtherFocusReason);
    m_editor->setFocus(Qt::MouseFocusReason);
    update();
}

void AnnotationItem::endTextEdit(bool keep)
{
    AnnotationTextEdit *editor = m_editor;
    m_editor.clear();
    const QString text = editor->toPlainText();
    editor->hide();
    editor->deleteLater(); // it is still in its own key or focus handler
    update();
    m_scene->annotationTextEdited(this, text, keep);
}

QVariant AnnotationItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace strata::modeler::ui

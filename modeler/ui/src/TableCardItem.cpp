#include "TableCardItem.h"

#include "CardStyle.h"
#include "modeler/ui/DiagramScene.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace strata::modeler::ui {

using namespace style;

namespace {

QColor severityColor(Severity s)
{
    return s == Severity::Error ? style::error : s == Severity::Warning ? style::warning : style::info;
}

void paintBadge(QPainter *painter, const QRectF &r, const QColor &color, const QString &text)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(r, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, text);
}

} // namespace

TableCardItem::TableCardItem(DiagramScene *scene, TableCard card) : m_scene(scene), m_card(std::move(card))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
    setCacheMode(cacheModeOnScreen);
    setColor({});
    updateToolTip();
}

void TableCardItem::setCard(TableCard card)
{
    prepareGeometryChange();
    m_card = std::move(card);
    m_hoverRow = -1;
    updateToolTip();
    update();
}

void TableCardItem::setColor(const QString &color)
{
    const QColor c(color);
    const QColor header = c.isValid() ? c : m_card.kind == TableCard::Kind::View ? viewHeader : tableHeader;
    if (header == m_header)
        return;
    m_header = header;
    update();
}

void TableCardItem::setLint(const CardLint &lint)
{
    m_lint = lint;
    updateToolTip();
    update();
}

void TableCardItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void TableCardItem::updateToolTip()
{
    QString tip = (m_card.schema.isEmpty() ? m_card.title : m_card.schema + u'.' + m_card.title);
    if (!m_card.badge.isEmpty())
        tip += QStringLiteral(" (%1)").arg(m_card.badge);
    if (m_card.kind == TableCard::Kind::Table)
        tip += QStringLiteral("\nDrag from the ⟶ at the end of a column onto another table to add a foreign key.");
    if (m_lint.count > 0)
        tip += QStringLiteral("\n\n") + m_lint.text;
    setToolTip(tip);
}

QRectF TableCardItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_card.size + QSizeF(4, 4));
}

QRectF TableCardItem::linkHandle(int row) const
{
    if (row < 0 || row >= m_card.rows.size() || m_card.kind != TableCard::Kind::Table)
        return {};
    return QRectF(m_card.size.width() - linkHandleWidth, m_card.rows[row].top, linkHandleWidth, rowHeight);
}

QString TableCardItem::columnAt(QPointF point) const
{
    if (point.x() < 0 || point.x() > m_card.size.width())
        return {};
    const int row = m_card.rowAt(point.y());
    return row < 0 ? QString() : m_card.rows[row].columnId;
}

void TableCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(QPointF(0, 0), m_card.size);
    const bool selected = isSelected() && !m_scene->isExporting();
    const bool marked = m_highlighted && !m_scene->isExporting();
    const QColor frame = selected ? style::selected : marked ? style::highlighted : style::border;
    if (lod < 0.12) {
        // From afar a card is a block: its header colour, or the selection's.
        painter->fillRect(rect, selected || marked ? frame : m_header.lighter(135));
        painter->fillRect(QRectF(0, 0, rect.width(), headerHeight), selected || marked ? frame : m_header);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    painter->setPen(QPen(frame, selected || marked ? 2.5 : 1));
    painter->setBrush(body);
    painter->drawRoundedRect(rect, cornerRadius, cornerRadius);
    paintHeader(painter, rect, lod);
    if (lod >= 0.4)
        paintRows(painter);
    else
        painter->fillRect(QRectF(gutterWidth, headerHeight + 6, rect.width() * 0.5, std::max(0.0, rect.height() - headerHeight - 14)),
                          QColor(0xe3, 0xe8, 0xee));
    if (selected || marked) {
        // The frame again on top of the header, so a selected card stands out at any zoom.
        painter->setPen(QPen(frame, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect, cornerRadius, cornerRadius);
    }
}

void TableCardItem::paintHeader(QPainter *painter, const QRectF &rect, double lod) const
{
    // Rounded at the top only: a rounded rectangle with its lower half squared off.
    QPainterPath header;
    header.addRoundedRect(QRectF(0.5, 0.5, rect.width() - 1, headerHeight), cornerRadius, cornerRadius);
    painter->fillPath(header, m_header);
    painter->fillRect(QRectF(0.5, headerHeight / 2, rect.width() - 1, headerHeight / 2), m_header);
    double right = rect.width() - padding;
    if (m_lint.count > 0) {
        const QRectF badge(right - 20, 7, 20, 16);
        painter->setFont(badgeFont());
        paintBadge(painter, badge, severityColor(m_lint.worst), m_lint.worst == Severity::Info ? QStringLiteral("i%1").arg(m_lint.count)
                                                                                                : QStringLiteral("!%1").arg(m_lint.count));
        right = badge.left() - 4;
    }
    painter->setPen(headerText);
    if (lod < 0.4) {
        // Half way out only the name, in a font that stays readable on screen.
        QFont f = titleFont();
        f.setPixelSize(int(std::min(54.0, 10.0 / lod)));
        painter->setFont(f);
        painter->save();
        painter->setClipRect(QRectF(0, 0, right, rect.height()));
        painter->drawText(QRectF(padding, 2, rect.width(), std::max(headerHeight, rect.height() * 0.8)),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, m_card.title);
        painter->restore();
        return;
    }
    const QString label = m_card.schema.isEmpty() ? m_card.badge : m_card.badge.isEmpty() ? m_card.schema : m_card.schema + QStringLiteral(" · ") + m_card.badge;
    if (!label.isEmpty()) {
        painter->setFont(schemaFont());
        painter->setPen(QColor(255, 255, 255, 200));
        const double w = schemaMetrics().horizontalAdvance(label);
        painter->drawText(QPointF(right - w, 19), label);
        right -= w + 8;
    }
    painter->setFont(titleFont());
    painter->setPen(headerText);
    painter->drawText(QPointF(padding, 20), titleMetrics().elidedText(m_card.title, Qt::ElideRight, right - padding));
}

void TableCardItem::paintRows(QPainter *painter) const
{
    const double width = m_card.size.width();
    const double typeRight = width - linkHandleWidth;
    painter->setFont(rowFont());
    const double ascent = rowMetrics().ascent();
    for (int i = 0; i < m_card.rows.size(); ++i) {
        const CardRow &r = m_card.rows[i];
        const double baseline = r.top + (rowHeight + ascent) / 2 - 2;
        if (i % 2 == 1)
            painter->fillRect(QRectF(1, r.top, width - 2, rowHeight), stripe);
        painter->setFont(badgeFont());
        double x = 4;
        auto badge = [&](bool on, const QColor &color, const QString &text) {
            if (on && x < 34) {
                paintBadge(painter, QRectF(x, r.top + 3, 15, rowHeight - 6), color, text);
                x += 16;
            }
        };
        badge(r.primaryKey, primaryKey, QStringLiteral("PK"));
        badge(r.foreignKey, foreignKey, QStringLiteral("FK"));
        badge(r.unique && !r.primaryKey, unique, QStringLiteral("U"));
        if (!r.columnId.isEmpty()) {
            // Not null: a filled diamond; nullable: an open one (as MySQL Workbench and others draw it).
            const QPointF c(gutterWidth - 8, r.top + rowHeight / 2);
            const QPolygonF diamond{c + QPointF(0, -4), c + QPointF(4, 0), c + QPointF(0, 4), c + QPointF(-4, 0)};
            painter->setPen(QPen(quiet, 1));
            painter->setBrush(r.notNull ? QBrush(quiet) : QBrush(Qt::white));
            painter->drawPolygon(diamond);
        }
        painter->setFont(rowFont());
        painter->setPen(text);
        painter->drawText(QPointF(gutterWidth + 2, baseline), r.name);
        if (!r.type.isEmpty()) {
            painter->setPen(quiet);
            painter->drawText(QPointF(typeRight - rowMetrics().horizontalAdvance(r.type), baseline), r.type);
        }
        if (const auto s = m_lint.columns.find(r.columnId); s != m_lint.columns.end() && i != m_hoverRow) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(severityColor(*s));
            painter->drawEllipse(QPointF(width - linkHandleWidth / 2, r.top + rowHeight / 2), 3.5, 3.5);
        }
    }
    if (m_hoverRow >= 0 && !m_scene->isExporting()) {
        const QRectF h = linkHandle(m_hoverRow);
        if (!h.isEmpty()) {
            painter->setPen(QPen(foreignKey, 1.4));
            painter->drawLine(QPointF(h.left() + 2, h.center().y()), QPointF(h.right() - 3, h.center().y()));
            painter->drawLine(QPointF(h.right() - 7, h.center().y() - 4), QPointF(h.right() - 3, h.center().y()));
            painter->drawLine(QPointF(h.right() - 7, h.center().y() + 4), QPointF(h.right() - 3, h.center().y()));
        }
    }
    if (m_card.hiddenColumns > 0) {
        painter->setFont(schemaFont());
        painter->setPen(quiet);
        const double top = m_card.rows.isEmpty() ? headerHeight : m_card.rows.last().top + rowHeight;
        painter->drawText(QRectF(gutterWidth + 2, top, width, footerHeight), Qt::AlignVCenter,
                          QStringLiteral("+ %1 more column%2").arg(m_card.hiddenColumns).arg(m_card.hiddenColumns == 1 ? "" : "s"));
    }
}

QVariant TableCardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->cardMoved(id());
    else if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

void TableCardItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int row = m_card.rowAt(event->pos().y());
    if (row != m_hoverRow) {
        m_hoverRow = row;
        update();
    }
    setCursor(linkHandle(row).contains(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
}

void TableCardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hoverRow >= 0) {
        m_hoverRow = -1;
        update();
    }
}

void TableCardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int row = m_card.rowAt(event->pos().y());
    const bool onHandle = linkHandle(row).contains(event->pos());
    const bool withCtrl = (event->modifiers() & Qt::ControlModifier) && row >= 0 && m_card.kind == TableCard::Kind::Table;
    if (event->button() == Qt::LeftButton && (onHandle || withCtrl) && !m_card.rows[row].columnId.isEmpty()) {
        m_linking = true;
        m_scene->beginLink(id(), m_card.rows[row].columnId, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void TableCardItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linking) {
        m_scene->moveLink(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void TableCardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linking) {
        m_linking = false;
        m_scene->endLink(event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void TableCardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QString column = columnAt(event->pos());
    if (m_card.kind == TableCard::Kind::View)
        emit m_scene->objectActivated(ObjectRef{ObjectRef::Kind::View, id(), {}});
    else if (!column.isEmpty())
        emit m_scene->objectActivated(ObjectRef::child(ObjectRef::Kind::Column, id(), column));
    else
        emit m_scene->objectActivated(ObjectRef::table(id()));
    event->accept();
}

} // namespace strata::modeler::ui

#include "NodeCardItem.h"

#include "explain/ui/HeatScale.h"
#include "explain/ui/PlanScene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace strata::explain::ui {

namespace {

const QColor selectedColour(0x1f, 0x6f, 0xeb);
const QColor highlightColour(0xf5, 0x9e, 0x0b);
const QColor borderColour(0xc4, 0xcc, 0xd4);
const QColor textColour(0x1d, 0x25, 0x2d);
const QColor quietColour(0x5f, 0x6b, 0x78);
const QColor alarmColour(0xc0, 0x26, 0x1a);

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

NodeCardItem::NodeCardItem(PlanScene *scene, int node) : m_scene(scene), m_node(node)
{
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
}

QRectF NodeCardItem::boundingRect() const
{
    return QRectF(-3, -3, PlanScene::cardWidth + 6, PlanScene::cardHeight + PlanScene::toggleSpace + 3);
}

QRectF NodeCardItem::toggleRect() const
{
    return QRectF(PlanScene::cardWidth / 2 - 18, PlanScene::cardHeight + 3, 36, 16);
}

void NodeCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card(0, 0, PlanScene::cardWidth, PlanScene::cardHeight);
    const bool comparing = !m_scene->m_changes.empty();
    const double change = comparing ? m_scene->m_changes[m_node] : 0;
    const double heat = m_scene->m_heat[m_node];
    const QColor fill = comparing ? (std::isnan(change) ? QColor(0xee, 0xf0, 0xf3) : HeatScale::change(change, m_scene->m_maxChange))
                                  : HeatScale::fill(heat);
    const QColor accent = comparing ? fill.darker(140) : HeatScale::accent(heat);
    const bool selected = isSelected(), highlighted = m_scene->m_highlighted[m_node];
    if (lod < 0.15) {
        // From afar a card is a block of its colour; hot ones must stand out of the grey.
        painter->fillRect(card, selected ? selectedColour : highlighted ? highlightColour : comparing ? fill.darker(115) : accent);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    QPen border(selected ? selectedColour : highlighted ? highlightColour : borderColour, selected || highlighted ? 3 : 1);
    if (comparing && std::isnan(change))
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 6, 6);
    painter->fillRect(QRectF(1, 1, 6, PlanScene::cardHeight - 2), accent);
    if (lod >= 0.45) {
        paintFull(painter, card, fill, accent);
    } else if (lod >= 0.2) {
        // Half way out only the name, in a font that stays readable on screen.
        static QFont title = font(9.5, true);
        title.setPointSizeF(std::min(22.0, 8.0 / lod));
        painter->setFont(title);
        painter->setPen(textColour);
        painter->setClipRect(card.adjusted(12, 2, -4, -2));
        painter->drawText(card.adjusted(14, 4, -4, -card.height() / 2), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          m_scene->m_cards[m_node].title);
        painter->setClipping(false);
    } else {
        painter->fillRect(QRectF(14, 12, PlanScene::cardWidth * 0.6, 10), quietColour);
    }
    const auto &c = m_scene->m_cards[m_node];
    if (!m_scene->m_plan->nodes[m_node].children.isEmpty()) {
        const QRectF t = toggleRect();
        painter->setPen(QPen(borderColour, 1));
        painter->setBrush(m_scene->m_collapsed[m_node] ? QColor(0xe3, 0xec, 0xfa) : QColor(Qt::white));
        painter->drawRoundedRect(t, 8, 8);
        if (lod >= 0.45) {
            painter->setPen(quietColour);
            painter->setFont(font(7.5, true));
            painter->drawText(t, Qt::AlignCenter, m_scene->m_collapsed[m_node] ? QStringLiteral("+%1").arg(c.hidden) : QStringLiteral("−"));
        }
    }
}

void NodeCardItem::paintFull(QPainter *painter, const QRectF &card, const QColor &, const QColor &accent) const
{
    const auto &c = m_scene->m_cards[m_node];
    const double left = 14, right = card.width() - 8, width = right - left, barWidth = 64;
    static const QFont titleFont = font(9.5, true), bodyFont = font(8.5), smallFont = font(7.5);
    static const QFontMetricsF titleMetrics(titleFont), bodyMetrics(bodyFont), smallMetrics(smallFont);
    if (c.painted.isEmpty()) {
        // Eliding is the costly part of painting text: done once per card, kept for every repaint.
        QString number = c.number;
        if (c.findings > 0)
            number.prepend(QStringLiteral("⚠%1  ").arg(c.findings));
        const double numberWidth = smallMetrics.horizontalAdvance(number);
        c.painted = {number,
                     titleMetrics.elidedText(c.title, Qt::ElideRight, width - numberWidth - 6),
                     bodyMetrics.elidedText(c.target, Qt::ElideMiddle, width),
                     bodyMetrics.elidedText(c.measure, Qt::ElideRight, width - barWidth - 6),
                     bodyMetrics.elidedText(c.rows, Qt::ElideRight, width),
                     smallMetrics.elidedText(c.note, Qt::ElideRight, width),
                     QString::number(right - numberWidth)};
    }
    const QStringList &p = c.painted;
    // Plain drawText at a point: no layout pass per call, which a rectangle and flags would cost.
    painter->setFont(smallFont);
    painter->setPen(quietColour);
    painter->drawText(QPointF(p[6].toDouble(), 17), p[0]);
    painter->drawText(QPointF(left, 90), p[5]);
    painter->setFont(titleFont);
    painter->setPen(textColour);
    painter->drawText(QPointF(left, 18), p[1]);
    painter->setFont(bodyFont);
    painter->setPen(quietColour);
    painter->drawText(QPointF(left, 34), p[2]);
    painter->setPen(textColour);
    painter->drawText(QPointF(left, 52), p[3]);
    if (c.bar >= 0) {
        const QRectF bar(right - barWidth, 45, barWidth, 6);
        painter->fillRect(bar, QColor(0xe6, 0xea, 0xee));
        painter->fillRect(QRectF(bar.topLeft(), QSizeF(barWidth * std::clamp(c.bar, 0.0, 1.0), bar.height())), accent);
    }
    painter->setPen(c.rowsAlarm ? alarmColour : textColour);
    painter->drawText(QPointF(left, 69), p[4]);
}

void NodeCardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (toggleRect().contains(event->pos()) && !m_scene->m_plan->nodes[m_node].children.isEmpty()) {
        m_scene->toggleCollapsed(m_node);
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NodeCardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    emit m_scene->nodeActivated(m_node);
    event->accept();
}

} // namespace strata::explain::ui

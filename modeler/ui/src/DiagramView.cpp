#include "modeler/ui/DiagramView.h"

#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/ModelDocument.h"

#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::modeler::ui {

namespace {
constexpr double minZoom = 0.01, maxZoom = 4.0;
}

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    // Items set what they paint with; the view need not save the painter around each of them.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // The hint of an empty diagram covers the whole viewport: repainted whole when it comes or goes.
    connect(scene, &QGraphicsScene::changed, this, [this] {
        if (const bool empty = m_scene->items().isEmpty(); empty != m_showsHint) {
            m_showsHint = empty;
            viewport()->update();
        }
    });
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    m_showsHint = m_scene->items().isEmpty();
    if (!m_showsHint)
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                      tr("This diagram is empty.\n\nAdd a table with Model ▸ New table (Ctrl+T), drag tables here from the "
                         "Database pane, or read a schema with File ▸ Import SQL or Database ▸ Reverse-engineer."));
    painter->restore();
}

void DiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
    emit viewportMoved();
}

void DiagramView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, minZoom, maxZoom);
    scale(target / zoom(), target / zoom());
    emit zoomChanged(zoom());
    emit viewportMoved();
}

void DiagramView::fitAll()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        setZoom(1);
        return;
    }
    fitInView(content.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    centerOn(content.center());
    emit zoomChanged(zoom());
    emit viewportMoved();
}

void DiagramView::showCard(const QString &id)
{
    const QRectF r = m_scene->cardRect(id);
    if (r.isEmpty())
        return;
    m_scene->clearSelection();
    m_scene->selectObjects({m_scene->document()->model().table(id) ? ObjectRef::table(id) : ObjectRef{ObjectRef::Kind::View, id, {}}});
    if (zoom() < 0.6)
        setZoom(0.8); // close enough to read the card
    centerOn(r.center());
    emit viewportMoved();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

QString DiagramView::neighbour(int dx, int dy) const
{
    const QStringList selected = m_scene->selectedCardIds();
    const QStringList ids = m_scene->cardIds();
    if (selected.isEmpty())
        return ids.isEmpty() ? QString() : *std::min_element(ids.begin(), ids.end());
    const QPointF from = m_scene->cardRect(selected.first()).center();
    QString best;
    double bestScore = std::numeric_limits<double>::max();
    for (const QString &id : ids) {
        if (id == selected.first())
            continue;
        const QPointF d = m_scene->cardRect(id).center() - from;
        const double along = d.x() * dx + d.y() * dy;       // how far in the direction asked
        const double aside = std::abs(d.x() * dy) + std::abs(d.y() * dx); // how far off it
        if (along <= 1)
            continue;
        const double score = along + 2 * aside; // prefer cards straight ahead
        if (score < bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}

QString DiagramView::nextByName(bool backwards) const
{
    const Model &model = m_scene->document()->model();
    QStringList ids = m_scene->cardIds();
    if (ids.isEmpty())
        return {};
    auto name = [&](const QString &id) {
        const Table *t = model.table(id);
        return t ? model.qualifiedName(*t) : model.view(id) ? model.qualifiedName(model.view(id)->schemaId, model.view(id)->name) : id;
    };
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return name(a).compare(name(b), Qt::CaseInsensitive) < 0; });
    const QStringList selected = m_scene->selectedCardIds();
    const qsizetype at = selected.isEmpty() ? -1 : ids.indexOf(selected.first());
    const qsizetype next = at < 0 ? (backwards ? ids.size() - 1 : 0) : (at + (backwards ? ids.size() - 1 : 1)) % ids.size();
    return ids[next];
}

bool DiagramView::isTyping() const
{
    // A note's text or an area's label edited on the diagram: its keys are text, not commands.
    const auto *text = scene() ? qgraphicsitem_cast<QGraphicsTextItem *>(scene()->focusItem()) : nullptr;
    return text && (text->textInteractionFlags() & Qt::TextEditable);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (isTyping()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    QString next;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: fitAll(); return;
    case Qt::Key_1: setZoom(1.0); return;
    case Qt::Key_Left: next = neighbour(-1, 0); break;
    case Qt::Key_Right: next = neighbour(1, 0); break;
    case Qt::Key_Up: next = neighbour(0, -1); break;
    case Qt::Key_Down: next = neighbour(0, 1); break;
    case Qt::Key_Tab: next = nextByName(false); break;
    case Qt::Key_Backtab: next = nextByName(true); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<ObjectRef> refs = m_scene->selectedObjects();
        if (refs.size() == 1)
            emit m_scene->objectActivated(refs.first());
        return;
    }
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            setDragMode(ScrollHandDrag);
        return;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    if (!next.isEmpty()) {
        m_scene->selectObjects({m_scene->document()->model().table(next) ? ObjectRef::table(next) : ObjectRef{ObjectRef::Kind::View, next, {}}});
        ensureVisible(m_scene->cardRect(next), 40, 40);
        emit viewportMoved();
    }
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && dragMode() == ScrollHandDrag) {
        setDragMode(RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool DiagramView::event(QEvent *event)
{
    // Tab walks the cards instead of leaving the canvas.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            keyPressEvent(key);
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(event->globalPos(), mapToScene(event->pos()));
    event->accept();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    emit viewportMoved();
}

} // namespace strata::modeler::ui

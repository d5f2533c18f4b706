#include "modeler/ui/DiagramScene.h"

#include "AnnotationItem.h"
#include "AnnotationLayer.h"
#include "CardStyle.h"
#include "ForeignKeyDrag.h"
#include "RelationshipItem.h"
#include "RelationshipLayer.h"
#include "TableCardItem.h"

#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"

#include <QGraphicsSceneMouseEvent>
#include <QTimer>

namespace strata::modeler::ui {

namespace {

using K = ObjectRef::Kind;

} // namespace

DiagramScene::DiagramScene(ModelDocument *document, const QString &diagramId, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_diagramId(diagramId),
      m_relationships(std::make_unique<RelationshipLayer>(this, document, m_cards)), m_annotations(std::make_unique<AnnotationLayer>(this)),
      m_drag(std::make_unique<ForeignKeyDrag>(this))
{
    setBackgroundBrush(style::background);
    connect(document, &ModelDocument::modelReset, this, &DiagramScene::rebuild);
    connect(document, &ModelDocument::changed, this, &DiagramScene::apply);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items call back into the scene while they are destroyed (selection, hover): let them go first.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
    m_hovered = nullptr;
    clear();
}

const Diagram *DiagramScene::diagram() const
{
    const auto &list = m_document->model().diagrams;
    const auto it = std::find_if(list.begin(), list.end(), [&](const Diagram &d) { return d.id == m_diagramId; });
    return it == list.end() ? nullptr : &*it;
}

void DiagramScene::rebuild()
{
    m_hovered = nullptr;
    m_drag->forget();
    clearSelection();
    clear();
    m_cards.clear();
    m_relationships->clear();
    m_annotations->clear();
    m_highlightedCards.clear();
    m_highlightedLines.clear();
    const Diagram *d = diagram();
    if (!d)
        return;
    // A thousand cards are placed before the index is built once: inserting into a BSP tree item
    // by item as they move would cost more than drawing them.
    setItemIndexMethod(NoIndex);
    for (auto it = d->placements.begin(); it != d->placements.end(); ++it) {
        if (m_document->model().table(it.key()) || m_document->model().view(it.key()))
            placeCard(it.key(), true);
    }
    for (const QString &id : m_cards.keys())
        m_relationships->syncFrom(id);
    m_annotations->sync();
    routeSoon();
    setItemIndexMethod(BspTreeIndex);
    updateSceneRect();
}

void DiagramScene::apply(const ModelChange &change)
{
    const Diagram *d = diagram();
    if (!d) {
        rebuild();
        return;
    }
    QSet<QString> touched = change.tables;
    touched.unite(change.views);
    touched.unite(change.placements.value(m_diagramId));
    if (change.types || change.diagrams.contains(m_diagramId)) {
        // Renamed types show on many cards; a replaced diagram may have moved anything.
        for (const QString &id : m_cards.keys())
            touched.insert(id);
        for (auto it = d->placements.begin(); it != d->placements.end(); ++it)
            touched.insert(it.key());
    }
    for (const QString &id : touched) {
        const bool shown = d->placements.contains(id) && (m_document->model().table(id) || m_document->model().view(id));
        const bool had = m_cards.contains(id);
        if (!shown) {
            removeCard(id);
            continue;
        }
        placeCard(id, change.tables.contains(id) || change.views.contains(id) || change.types);
        if (!had || change.tables.contains(id))
            m_relationships->syncFrom(id);
        if (!had)
            m_relationships->syncInto(id);
    }
    if (change.diagrams.contains(m_diagramId))
        m_annotations->sync();
    if (!m_lint.isEmpty()) {
        for (const QString &id : touched) {
            if (TableCardItem *card = m_cards.value(id))
                card->setLint(m_lint.value(id));
        }
    }
    routeSoon();
    updateHighlights();
    updateSceneRect();
}

void DiagramScene::placeCard(const QString &id, bool contentChanged)
{
    const Model &model = m_document->model();
    const Placement placement = diagram()->placements.value(id);
    auto card = [&] {
        return model.table(id) ? TableCard::of(model, *model.table(id), placement.collapsed) : TableCard::of(model, *model.view(id), placement.collapsed);
    };
    TableCardItem *item = m_cards.value(id);
    if (!item) {
        item = new TableCardItem(this, card());
        m_cards.insert(id, item);
        item->setPos(placement.position);
        addItem(item);
        if (m_lint.contains(id))
            item->setLint(m_lint.value(id));
    } else {
        // A move is only a move: the card is measured again when its content or keys-only state changed.
        if (contentChanged || item->card().collapsed != placement.collapsed)
            item->setCard(card());
        item->setPos(placement.position);
    }
    item->setColor(placement.color);
    cardMoved(id); // its size may have changed too
}

void DiagramScene::removeCard(const QString &id)
{
    TableCardItem *item = m_cards.take(id);
    if (!item)
        return;
    m_relationships->removeFor(id);
    m_highlightedCards.remove(id);
    delete item;
}

void DiagramScene::routeNow()
{
    m_routingScheduled = false;
    m_refining = false;
    m_relationships->routeNow();
}

void DiagramScene::routeSoon()
{
    // A few lines (an edit, a drag) are routed around the cards at once. Hundreds (a model opened,
    // a layout applied) are drawn straight first and routed around the cards in slices while the
    // window stays free, so that the diagram shows without waiting for them.
    if (m_relationships->unroutedCount() <= routeAtOnce) {
        routeNow();
        return;
    }
    m_relationships->routeRoughly();
    if (m_refining)
        return;
    m_refining = true;
    QTimer::singleShot(0, this, &DiagramScene::refineSome);
}

void DiagramScene::refineSome()
{
    if (!m_refining)
        return;
    if (m_relationships->refine(12))
        QTimer::singleShot(0, this, &DiagramScene::refineSome);
    else
        m_refining = false;
}

int DiagramScene::relationshipCount() const
{
    return int(m_relationships->items().size());
}

void DiagramScene::relationshipRemoved(RelationshipItem *item)
{
    if (m_hovered == item)
        m_hovered = nullptr;
    m_highlightedLines.remove(RelationshipLayer::key(item->tableId(), item->foreignKeyId()));
}

void DiagramScene::scheduleRouting()
{
    if (m_routingScheduled)
        return;
    m_routingScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_routingScheduled) {
            m_routingScheduled = false;
            routeSoon();
        }
    });
}

void DiagramScene::cardMoved(const QString &id)
{
    m_relationships->cardMoved(id);
    if (m_relationships->hasUnrouted())
        scheduleRouting();
}

void DiagramScene::updateSceneRect()
{
    // Room to scroll past the edges, and to drop new cards there.
    setSceneRect(contentRect().adjusted(-1500, -1500, 1500, 1500));
}

QRectF DiagramScene::cardRect(const QString &id) const
{
    const TableCardItem *item = m_cards.value(id);
    return item ? item->cardRect() : QRectF();
}

QHash<QString, QSizeF> DiagramScene::cardSizes() const
{
    QHash<QString, QSizeF> sizes;
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it)
        sizes.insert(it.key(), (*it)->card().size);
    return sizes;
}

QPointF DiagramScene::columnPosition(const QString &tableId, const QString &columnId) const
{
    const TableCardItem *item = m_cards.value(tableId);
    if (!item)
        return {};
    return item->pos() + QPointF(item->card().size.width() / 2, item->card().rowMiddle(columnId));
}

QPointF DiagramScene::linkHandlePosition(const QString &tableId, const QString &columnId) const
{
    const TableCardItem *item = m_cards.value(tableId);
    if (!item)
        return {};
    const auto &rows = item->card().rows;
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const CardRow &r) { return r.columnId == columnId; });
    return it == rows.end() ? QPointF() : item->mapToScene(item->linkHandle(int(it - rows.begin())).center());
}

QPolygonF DiagramScene::relationshipLine(const QString &tableId, const QString &foreignKeyId) const
{
    const RelationshipItem *item = m_relationships->item(RelationshipLayer::key(tableId, foreignKeyId));
    return item ? item->line() : QPolygonF();
}

QRectF DiagramScene::contentRect() const
{
    QRectF r;
    for (const TableCardItem *c : m_cards)
        r |= c->cardRect();
    r |= m_annotations->boundingRect();
    for (const RelationshipItem *l : m_relationships->items())
        r |= l->line().boundingRect();
    return r;
}

QPointF DiagramScene::freeSpot(QPointF point, QSizeF size) const
{
    // Rings of candidate places around the point, nearest first.
    for (int ring = 0; ring < 40; ++ring) {
        for (int i = -ring; i <= ring; ++i) {
            for (const QPointF offset : {QPointF(i, -ring), QPointF(i, ring), QPointF(-ring, i), QPointF(ring, i)}) {
                const QRectF candidate(point + QPointF(offset.x() * (size.width() / 2), offset.y() * (size.height() / 2)), size);
                const QRectF padded = candidate.adjusted(-30, -30, 30, 30);
                if (std::none_of(m_cards.begin(), m_cards.end(), [&](const TableCardItem *c) { return c->cardRect().intersects(padded); }))
                    return candidate.topLeft();
            }
        }
    }
    return point;
}

QRectF DiagramScene::selectionRect() const
{
    QRectF r;
    for (QGraphicsItem *item : selectedItems())
        r |= item->sceneBoundingRect();
    return r;
}

QStringList DiagramScene::selectedCardIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableCardItem::Type)
            ids << static_cast<TableCardItem *>(item)->id();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<ObjectRef> DiagramScene::selectedObjects() const
{
    QList<ObjectRef> refs;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableCardItem::Type) {
            const auto *card = static_cast<TableCardItem *>(item);
            refs << (card->card().kind == TableCard::Kind::View ? ObjectRef{K::View, card->id(), {}} : ObjectRef::table(card->id()));
        } else if (item->type() == RelationshipItem::Type) {
            const auto *line = static_cast<RelationshipItem *>(item);
            refs << ObjectRef::child(K::ForeignKey, line->tableId(), line->foreignKeyId());
        }
    }
    return refs;
}

void DiagramScene::selectObjects(const QList<ObjectRef> &objects)
{
    blockSignals(true);
    clearSelection();
    for (const ObjectRef &o : objects) {
        if (o.kind == K::ForeignKey) {
            if (RelationshipItem *line = m_relationships->item(RelationshipLayer::key(o.id, o.childId))) {
                line->setSelected(true);
                continue;
            }
        }
        if (TableCardItem *card = m_cards.value(o.id))
            card->setSelected(true);
    }
    blockSignals(false);
    onSelectionChanged();
}

ObjectRef DiagramScene::objectAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == TableCardItem::Type) {
            const auto *card = static_cast<TableCardItem *>(item);
            if (card->card().kind == TableCard::Kind::View)
                return ObjectRef{K::View, card->id(), {}};
            const QString column = card->columnAt(card->mapFromScene(scenePos));
            return column.isEmpty() ? ObjectRef::table(card->id()) : ObjectRef::child(K::Column, card->id(), column);
        }
        if (item->type() == RelationshipItem::Type) {
            const auto *line = static_cast<RelationshipItem *>(item);
            return ObjectRef::child(K::ForeignKey, line->tableId(), line->foreignKeyId());
        }
        if (item->type() == AnnotationItem::Type)
            return {};
    }
    return {};
}

QString DiagramScene::annotationAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == AnnotationItem::Type) {
            return AnnotationLayer::key(*static_cast<AnnotationItem *>(item));
        }
        if (item->type() == TableCardItem::Type)
            return {};
    }
    return {};
}

QRectF DiagramScene::annotationRect(const QString &key) const
{
    return m_annotations->rect(key);
}

void DiagramScene::setLintFindings(const QList<LintFinding> &findings)
{
    QHash<QString, CardLint> lint = CardLint::byCard(findings);
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        if (!m_lint.value(it.key()).sameAs(lint.value(it.key())))
            (*it)->setLint(lint.value(it.key()));
    }
    m_lint = std::move(lint);
}

void DiagramScene::setExporting(bool exporting)
{
    if (exporting == m_exporting)
        return;
    m_exporting = exporting;
    // Cached pixmaps would go into an SVG or PDF as pictures: exports paint the items themselves.
    for (TableCardItem *card : m_cards)
        card->setCacheMode(exporting ? QGraphicsItem::NoCache : TableCardItem::cacheModeOnScreen);
    update();
}

void DiagramScene::setHoveredRelationship(RelationshipItem *item)
{
    m_hovered = item;
    updateHighlights();
}

void DiagramScene::onSelectionChanged()
{
    updateHighlights();
    const QList<ObjectRef> refs = selectedObjects();
    emit currentObjectChanged(refs.size() == 1 ? refs.first() : ObjectRef{});
}

void DiagramScene::updateHighlights()
{
    // A hovered or selected line marks its two tables; a selected table marks its lines.
    QSet<QString> cards, lines;
    auto markLine = [&](RelationshipItem *line) {
        const QString key = RelationshipLayer::key(line->tableId(), line->foreignKeyId());
        lines.insert(key);
        cards.insert(line->tableId());
        cards.insert(line->targetId());
    };
    if (m_hovered)
        markLine(m_hovered);
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == RelationshipItem::Type) {
            markLine(static_cast<RelationshipItem *>(item));
        } else if (item->type() == TableCardItem::Type) {
            const QString id = static_cast<TableCardItem *>(item)->id();
            lines.unite(m_relationships->keysOf(id));
        }
    }
    if (!m_dropTarget.isEmpty())
        cards.insert(m_dropTarget);
    for (const QString &id : m_highlightedCards - cards) {
        if (TableCardItem *c = m_cards.value(id))
            c->setHighlighted(false);
    }
    for (const QString &id : cards - m_highlightedCards) {
        if (TableCardItem *c = m_cards.value(id))
            c->setHighlighted(true);
    }
    for (const QString &key : m_highlightedLines - lines) {
        if (RelationshipItem *l = m_relationships->item(key))
            l->setHighlighted(false);
    }
    for (const QString &key : lines - m_highlightedLines) {
        if (RelationshipItem *l = m_relationships->item(key))
            l->setHighlighted(true);
    }
    m_highlightedCards = cards;
    m_highlightedLines = lines;
}

void DiagramScene::beginLink(const QString &tableId, const QString &columnId, QPointF scenePos)
{
    m_drag->begin(tableId, columnId, scenePos);
}

void DiagramScene::moveLink(QPointF scenePos)
{
    m_drag->move(scenePos);
}

void DiagramScene::endLink(QPointF scenePos)
{
    m_drag->end(scenePos);
}

void DiagramScene::setDropTarget(const QString &cardId)
{
    m_dropTarget = cardId;
    updateHighlights();
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMoves();
}

void DiagramScene::commitMoves()
{
    const Diagram *d = diagram();
    if (!d)
        return;
    QHash<QString, QPointF> moved;
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const QPointF pos = (*it)->pos();
        if (d->placements.value(it.key()).position != pos)
            moved.insert(it.key(), pos);
    }
    if (!moved.isEmpty())
        ModelEdits(m_document).moveCards(m_diagramId, moved);
    annotationsChanged();
}

void DiagramScene::annotationsChanged()
{
    m_annotations->commit();
}

void DiagramScene::startNote(QPointF position)
{
    m_annotations->beginNew(AnnotationItem::Kind::Note, QRectF(position, QSizeF(240, 80)));
}

void DiagramScene::startArea(const QRectF &rect)
{
    m_annotations->beginNew(AnnotationItem::Kind::Area, rect);
}

void DiagramScene::editAnnotationText(const QString &key)
{
    m_annotations->beginEdit(key);
}

void DiagramScene::annotationTextEdited(AnnotationItem *item, const QString &text, bool keep)
{
    m_annotations->textEdited(item, text, keep);
}

} // namespace strata::modeler::ui

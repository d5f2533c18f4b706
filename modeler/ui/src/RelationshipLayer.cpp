#include "RelationshipLayer.h"

#include "CardGrid.h"
#include "RelationshipItem.h"
#include "TableCardItem.h"

#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/RelationshipRouter.h"

#include <QElapsedTimer>

namespace strata::modeler::ui {

namespace {

/// Unique columns end a relationship in "one", not "many".
bool isUniqueSet(const Table &t, const QStringList &columnIds)
{
    const QSet<QString> set(columnIds.begin(), columnIds.end());
    auto same = [&](const QStringList &ids) { return QSet<QString>(ids.begin(), ids.end()) == set; };
    if (t.primaryKey && same(t.primaryKey->columnIds))
        return true;
    if (std::any_of(t.uniques.begin(), t.uniques.end(), [&](const KeyConstraint &k) { return same(k.columnIds); }))
        return true;
    return std::any_of(t.indexes.begin(), t.indexes.end(), [&](const Index &i) {
        QStringList ids;
        for (const IndexKey &k : i.keys)
            ids << k.columnId;
        return i.unique && i.where.isEmpty() && same(ids);
    });
}

const ForeignKey *foreignKey(const Table &table, const QString &id)
{
    const auto it = std::find_if(table.foreignKeys.begin(), table.foreignKeys.end(), [&](const ForeignKey &k) { return k.id == id; });
    return it == table.foreignKeys.end() ? nullptr : &*it;
}

} // namespace

RelationshipLayer::RelationshipLayer(DiagramScene *scene, ModelDocument *document, const QHash<QString, TableCardItem *> &cards)
    : m_scene(scene), m_document(document), m_cards(cards), m_grid(std::make_unique<CardGrid>())
{}

RelationshipLayer::~RelationshipLayer() = default;

void RelationshipLayer::clear()
{
    m_items.clear();
    m_keysOf.clear();
    m_unrouted.clear();
    m_rough.clear();
    m_grid->clear();
}

void RelationshipLayer::syncFrom(const QString &tableId)
{
    const QSet<QString> keys = m_keysOf.value(tableId);
    for (const QString &k : keys) {
        if (k.startsWith(tableId + u'\n'))
            remove(k);
    }
    const Table *table = m_document->model().table(tableId);
    if (!table || !m_cards.contains(tableId))
        return;
    for (const ForeignKey &fk : table->foreignKeys) {
        if (!m_cards.contains(fk.referencedTableId) || !m_document->model().table(fk.referencedTableId))
            continue;
        const QString k = key(tableId, fk.id);
        auto *item = new RelationshipItem(m_scene, tableId, fk.id, fk.referencedTableId);
        m_scene->addItem(item);
        m_items.insert(k, item);
        m_keysOf[tableId].insert(k);
        m_keysOf[fk.referencedTableId].insert(k);
    }
    // The lines into this table start at rows that may have moved.
    m_unrouted.unite(m_keysOf.value(tableId));
}

void RelationshipLayer::syncInto(const QString &tableId)
{
    for (const Table &t : m_document->model().tables) {
        if (t.id != tableId && m_cards.contains(t.id) &&
            std::any_of(t.foreignKeys.begin(), t.foreignKeys.end(), [&](const ForeignKey &k) { return k.referencedTableId == tableId; }))
            syncFrom(t.id);
    }
}

void RelationshipLayer::removeFor(const QString &cardId)
{
    for (const QString &k : m_keysOf.value(cardId))
        remove(k);
    m_keysOf.remove(cardId);
    m_grid->remove(cardId);
}

void RelationshipLayer::remove(const QString &k)
{
    RelationshipItem *item = m_items.take(k);
    if (!item)
        return;
    m_keysOf[item->tableId()].remove(k);
    m_keysOf[item->targetId()].remove(k);
    m_unrouted.remove(k);
    m_rough.remove(k);
    m_scene->relationshipRemoved(item);
    delete item;
}

void RelationshipLayer::cardMoved(const QString &cardId)
{
    if (const TableCardItem *card = m_cards.value(cardId)) {
        m_grid->set(cardId, card->cardRect());
        m_unrouted.unite(m_keysOf.value(cardId));
        m_rough.subtract(m_keysOf.value(cardId));
    }
}

void RelationshipLayer::routeNow()
{
    QSet<QString> keys = std::exchange(m_unrouted, {});
    keys.unite(std::exchange(m_rough, {}));
    for (const QString &k : keys) {
        if (RelationshipItem *item = m_items.value(k))
            route(item, true);
    }
}

void RelationshipLayer::routeRoughly()
{
    const QSet<QString> keys = std::exchange(m_unrouted, {});
    for (const QString &k : keys) {
        if (RelationshipItem *item = m_items.value(k)) {
            route(item, false);
            m_rough.insert(k);
        }
    }
}

bool RelationshipLayer::refine(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!m_rough.isEmpty() && clock.elapsed() < milliseconds) {
        const QString k = *m_rough.begin();
        m_rough.erase(m_rough.begin());
        if (RelationshipItem *item = m_items.value(k))
            route(item, true);
    }
    return !m_rough.isEmpty();
}

void RelationshipLayer::route(RelationshipItem *item, bool avoidCards)
{
    const Model &model = m_document->model();
    const Table *table = model.table(item->tableId());
    const Table *target = model.table(item->targetId());
    const ForeignKey *fk = table ? foreignKey(*table, item->foreignKeyId()) : nullptr;
    const TableCardItem *from = m_cards.value(item->tableId()), *to = m_cards.value(item->targetId());
    if (!fk || !target || !from || !to)
        return;
    const RelationshipRouter::End a{from->cardRect(), from->y() + from->card().rowMiddle(fk->columnIds.value(0))};
    const RelationshipRouter::End b{to->cardRect(), to->y() + to->card().rowMiddle(fk->referencedColumnIds.value(0))};
    const QRectF area = a.card.united(b.card).adjusted(-120, -120, 120, 120);
    item->setLine(RelationshipRouter::route(a, b, avoidCards ? m_grid->rectsIn(area) : QList<QRectF>{a.card, b.card}));
    RelationshipItem::Ends ends;
    ends.many = !isUniqueSet(*table, fk->columnIds);
    ends.optional = std::any_of(fk->columnIds.begin(), fk->columnIds.end(), [&](const QString &id) {
        const Column *c = table->column(id);
        return c && c->nullable && !table->isPrimaryKeyColumn(id);
    });
    const QString name = fk->name.isEmpty() ? fk->id : fk->name;
    item->setEnds(ends, QStringLiteral("%1\n%2 (%3) → %4 (%5)\n%6 to %7")
                            .arg(name, model.qualifiedName(*table), table->columnNames(fk->columnIds).join(QStringLiteral(", ")),
                                 model.qualifiedName(*target), target->columnNames(fk->referencedColumnIds).join(QStringLiteral(", ")),
                                 ends.many ? QStringLiteral("many") : QStringLiteral("one"),
                                 ends.optional ? QStringLiteral("zero or one") : QStringLiteral("exactly one")));
}

} // namespace strata::modeler::ui

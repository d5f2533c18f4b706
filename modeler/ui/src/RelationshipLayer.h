// The relationship lines of a diagram scene: one per foreign key between two cards on it, kept in
// step with the model and re-routed (around the cards, through a grid index of them) when a card
// they end at moves or changes.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

namespace strata::modeler::ui {

class CardGrid;
class DiagramScene;
class ModelDocument;
class RelationshipItem;
class TableCardItem;

class RelationshipLayer
{
public:
    RelationshipLayer(DiagramScene *scene, ModelDocument *document, const QHash<QString, TableCardItem *> &cards);
    ~RelationshipLayer();

    static QString key(const QString &tableId, const QString &foreignKeyId) { return tableId + u'\n' + foreignKeyId; }

    /// Forgets every line (the scene has deleted its items).
    void clear();
    /// The lines of a table's foreign keys, made again from the model.
    void syncFrom(const QString &tableId);
    /// The lines of other tables' foreign keys into a table that has just come onto the diagram.
    void syncInto(const QString &tableId);
    /// Deletes the lines ending at a card that leaves the diagram.
    void removeFor(const QString &cardId);
    /// A card was placed, moved or resized: its lines are routed again at the next routeNow().
    void cardMoved(const QString &cardId);
    /// Routes every waiting line around the cards.
    void routeNow();
    /// Gives every waiting line a straight route at once (no cards avoided); refine() improves them.
    void routeRoughly();
    /// Routes waiting lines around the cards for about `milliseconds`; true while some still wait.
    bool refine(int milliseconds);
    bool hasUnrouted() const { return !m_unrouted.isEmpty() || !m_rough.isEmpty(); }
    int unroutedCount() const { return int(m_unrouted.size() + m_rough.size()); }

    RelationshipItem *item(const QString &key) const { return m_items.value(key); }
    const QHash<QString, RelationshipItem *> &items() const { return m_items; }
    QSet<QString> keysOf(const QString &cardId) const { return m_keysOf.value(cardId); }

private:
    void remove(const QString &key);
    void route(RelationshipItem *item, bool avoidCards);

    DiagramScene *m_scene;
    ModelDocument *m_document;
    const QHash<QString, TableCardItem *> &m_cards;
    std::unique_ptr<CardGrid> m_grid;
    QHash<QString, RelationshipItem *> m_items; ///< by key()
    QHash<QString, QSet<QString>> m_keysOf;     ///< card id -> keys of the lines ending at it
    QSet<QString> m_unrouted;
    QSet<QString> m_rough; ///< drawn, but not yet routed around the cards
};

} // namespace strata::modeler::ui

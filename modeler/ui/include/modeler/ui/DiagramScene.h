// The drawing of one diagram of a model: a card per placed table or view, a crow's-foot line per
// foreign key between placed tables, notes and areas. Built from the document's model and updated
// from each change it reports (only the cards and lines concerned), never edited directly: moves,
// resizes and the foreign-key drag are pushed as undoable edits. Also used without a view, to export.
#pragma once

#include "modeler/ui/ModelChange.h"

#include <modeler/Linter.h>
#include <modeler/ObjectRef.h>

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

namespace strata::modeler::ui {

class AnnotationItem;
class AnnotationLayer;
class ForeignKeyDrag;
class ModelDocument;
class RelationshipLayer;
class RelationshipItem;
class TableCardItem;
struct CardLint;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    DiagramScene(ModelDocument *document, const QString &diagramId, QObject *parent = nullptr);
    ~DiagramScene() override;

    ModelDocument *document() const { return m_document; }
    QString diagramId() const { return m_diagramId; }
    /// The diagram in the model; null once it has been deleted.
    const Diagram *diagram() const;

    // What is drawn, in scene coordinates.
    QStringList cardIds() const { return m_cards.keys(); }
    QRectF cardRect(const QString &id) const;
    /// Each card's size as painted (measured with the card fonts): what auto-layout places.
    QHash<QString, QSizeF> cardSizes() const;
    /// The middle of a column's row, and of the handle at its end that starts a foreign-key drag.
    QPointF columnPosition(const QString &tableId, const QString &columnId) const;
    QPointF linkHandlePosition(const QString &tableId, const QString &columnId) const;
    QPolygonF relationshipLine(const QString &tableId, const QString &foreignKeyId) const;
    int relationshipCount() const;
    /// Everything drawn, and what is selected.
    QRectF contentRect() const;
    QRectF selectionRect() const;
    /// A place near `point` where a card of `size` covers no other card.
    QPointF freeSpot(QPointF point, QSizeF size = QSizeF(260, 200)) const;

    // Selection.
    QStringList selectedCardIds() const;
    QList<ObjectRef> selectedObjects() const;
    void selectObjects(const QList<ObjectRef> &objects);
    /// The table, column, view or foreign key at a point (None on empty space or an annotation).
    ObjectRef objectAt(QPointF scenePos) const;
    /// The note or area at a point, as "note:ID" or "area:ID"; empty when none.
    QString annotationAt(QPointF scenePos) const;
    QRectF annotationRect(const QString &key) const;
    /// A new note at `position`, or area over `rect`, whose text the user types on the diagram at
    /// once; added to the model (one undo step) when kept, forgotten on Escape.
    void startNote(QPointF position);
    void startArea(const QRectF &rect);
    /// Edits the text of a note or the label of an area ("note:ID", "area:ID") on the diagram.
    void editAnnotationText(const QString &key);

    void setLintFindings(const QList<LintFinding> &findings);

    /// Pictures: no selection or hover marks, and cards painted as vectors rather than cached pixmaps.
    void setExporting(bool exporting);
    bool isExporting() const { return m_exporting; }

    /// Routes every line that waits for it around the cards, now (pictures, tests).
    void routeNow();
    /// Lines routed at once after an edit; more are drawn straight and routed in idle time.
    static constexpr int routeAtOnce = 200;

    // Called by the items.
    void cardMoved(const QString &id);
    void beginLink(const QString &tableId, const QString &columnId, QPointF scenePos);
    void moveLink(QPointF scenePos);
    void endLink(QPointF scenePos);
    void setDropTarget(const QString &cardId);
    void setHoveredRelationship(RelationshipItem *item);
    void relationshipRemoved(RelationshipItem *item);
    /// A note or area was moved or resized: its rectangle goes to the model.
    void annotationsChanged();
    /// The text editing of a note or area ended.
    void annotationTextEdited(AnnotationItem *item, const QString &text, bool keep);

signals:
    /// A double click: open the object's editor.
    void objectActivated(const strata::modeler::ObjectRef &object);
    /// The one selected object (None when zero or several are selected).
    void currentObjectChanged(const strata::modeler::ObjectRef &object);
    /// Why a gesture did nothing ("orders has no primary key to reference").
    void message(const QString &text);
    /// A drag meant a foreign key onto a key of several columns: `key` has the pairs it could
    /// guess, for the user to finish in the foreign key editor.
    void foreignKeyProposed(const QString &tableId, const strata::modeler::ForeignKey &key);

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void apply(const ModelChange &change);
    void placeCard(const QString &id, bool contentChanged);
    void removeCard(const QString &id);
    void scheduleRouting();
    void routeSoon();
    void refineSome();
    void commitMoves();
    void updateHighlights();
    void onSelectionChanged();
    void updateSceneRect();

    ModelDocument *m_document;
    QString m_diagramId;
    QHash<QString, TableCardItem *> m_cards;
    std::unique_ptr<RelationshipLayer> m_relationships;
    std::unique_ptr<AnnotationLayer> m_annotations;
    std::unique_ptr<ForeignKeyDrag> m_drag;
    QHash<QString, CardLint> m_lint;
    bool m_routingScheduled = false;
    bool m_refining = false;
    bool m_exporting = false;
    RelationshipItem *m_hovered = nullptr;
    QSet<QString> m_highlightedCards, m_highlightedLines;
    QString m_dropTarget;
};

} // namespace strata::modeler::ui

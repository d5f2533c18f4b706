// The notes and areas of a diagram scene: kept in step with the diagram's lists (updated in place, so
// that the item being released after a move survives the update it causes), their rectangles
// written back to the model as one undo step after the user moves or resizes them, and their text
// after the user edits it on the diagram. A new note or area is an item outside the model while
// its text is typed, added to the model (one step) only when the user keeps it.
#pragma once

#include "AnnotationItem.h"

#include <QHash>
#include <QRectF>
#include <QString>

namespace strata::modeler::ui {

class DiagramScene;

class AnnotationLayer
{
public:
    explicit AnnotationLayer(DiagramScene *scene) : m_scene(scene) {}

    /// "note:ID" or "area:ID".
    static QString key(const AnnotationItem &item);

    /// Forgets every item (the scene has deleted them).
    void clear();
    /// Makes the items match the diagram's notes and areas.
    void sync();
    QRectF rect(const QString &key) const;
    QRectF boundingRect() const;
    /// Pushes the rectangles the user changed as one edit.
    void commit();

    /// A new note or area over `rect`, its text edited at once.
    void beginNew(AnnotationItem::Kind kind, const QRectF &rect);
    /// Edits the text of the note or area with this key, on the diagram.
    void beginEdit(const QString &key);
    /// The text editing of an item ended: `keep` what was typed, or leave it.
    void textEdited(AnnotationItem *item, const QString &text, bool keep);
    AnnotationItem *item(const QString &key) const { return m_items.value(key); }

private:
    /// Removes an item once the event that ended its use is over.
    void discard(AnnotationItem *item);

    DiagramScene *m_scene;
    QHash<QString, AnnotationItem *> m_items; ///< by key()
    AnnotationItem *m_pending = nullptr;       ///< a new one, not in the model yet
    QList<AnnotationItem *> m_discarded;
};

} // namespace strata::modeler::ui

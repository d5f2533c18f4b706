// The notes and areas of a diagram scene: kept in step with the diagram's lists (updated in place, so
// that the item being released after a move survives the update it causes), and their rectangles
// written back to the model as one undo step after the user moves or resizes them.
#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

namespace strata::modeler::ui {

class AnnotationItem;
class DiagramScene;

class AnnotationLayer
{
public:
    explicit AnnotationLayer(DiagramScene *scene) : m_scene(scene) {}

    /// "note:ID" or "area:ID".
    static QString key(const AnnotationItem &item);

    /// Forgets every item (the scene has deleted them).
    void clear() { m_items.clear(); }
    /// Makes the items match the diagram's notes and areas.
    void sync();
    QRectF rect(const QString &key) const;
    QRectF boundingRect() const;
    /// Pushes the rectangles the user changed as one edit.
    void commit();

private:
    DiagramScene *m_scene;
    QHash<QString, AnnotationItem *> m_items; ///< by key()
};

} // namespace strata::modeler::ui

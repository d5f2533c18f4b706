// The foreign-key gesture on a diagram: a dashed line follows the mouse from a column's row, the
// table under the pointer lights up, and dropping the line there adds the foreign key (one undo
// step), or says why it cannot. When the key referenced has several columns, the scene proposes the
// foreign key (its pairs guessed) for the user to finish in the editor instead.
#pragma once

#include <QPointF>
#include <QString>

class QGraphicsLineItem;

namespace strata::modeler::ui {

class DiagramScene;
class TableCardItem;

class ForeignKeyDrag
{
public:
    explicit ForeignKeyDrag(DiagramScene *scene) : m_scene(scene) {}

    void begin(const QString &tableId, const QString &columnId, QPointF scenePos);
    void move(QPointF scenePos);
    void end(QPointF scenePos);
    /// The scene deleted every item.
    void forget();

private:
    TableCardItem *cardAt(QPointF scenePos) const;

    DiagramScene *m_scene;
    QGraphicsLineItem *m_line = nullptr;
    QString m_table, m_column, m_target;
};

} // namespace strata::modeler::ui

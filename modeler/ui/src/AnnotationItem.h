// A note (text on a yellow sheet, above the cards) or an area (a coloured, labelled rectangle
// behind the cards that groups them) on a diagram. Both move by dragging and resize from the grip
// in their lower right corner; the scene writes the new rectangle to the model when the mouse is released.
#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace strata::modeler::ui {

class DiagramScene;

class AnnotationItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { Note, Area };

    AnnotationItem(DiagramScene *scene, Kind kind, const QString &id);

    Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    void setContent(const QRectF &rect, const QString &text, const QString &color);
    /// The rectangle in scene coordinates as it is now (moved or resized by the user).
    QRectF sceneRectNow() const { return QRectF(pos(), m_size); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF grip() const;

    DiagramScene *m_scene;
    Kind m_kind;
    QString m_id;
    QSizeF m_size;
    QString m_text;
    QColor m_color;
    bool m_resizing = false;
};

} // namespace strata::modeler::ui

// A note (text on a yellow sheet, above the cards) or an area (a coloured, labelled rectangle
// behind the cards that groups them) on a diagram. Both move by dragging; a selected one resizes
// from the handles on its corners and sides (an unselected one from its lower right corner); a
// double click edits its text where it is drawn. The scene writes what changed to the model.
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPointer>

namespace strata::modeler::ui {

class AnnotationTextEdit;
class DiagramScene;

class AnnotationItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { Note, Area };
    /// Sides a handle moves, or'ed: a corner moves two.
    enum Side { NoSide = 0, Left = 1, Right = 2, Top = 4, Bottom = 8 };

    /// An empty `id` is a note or area not in the model yet, whose text is being typed.
    AnnotationItem(DiagramScene *scene, Kind kind, const QString &id);

    Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    QString text() const { return m_text; }
    void setContent(const QRectF &rect, const QString &text, const QString &color);
    /// The rectangle in scene coordinates as it is now (moved or resized by the user).
    QRectF sceneRectNow() const { return QRectF(pos(), m_size); }
    /// Puts a text editor over the text, with the keyboard focus; the scene hears when it ends.
    void beginTextEdit();
    bool isEditing() const { return !m_editor.isNull(); }
    /// Where the handle for these sides is, in item coordinates (tests drag it).
    QPointF handlePosition(int sides) const;

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
    /// The sides the handle under `pos` moves; NoSide when there is none.
    int handleAt(QPointF pos) const;
    QRectF handleRect(int sides) const;
    void paintHandles(QPainter *painter) const;
    void endTextEdit(bool keep);

    DiagramScene *m_scene;
    Kind m_kind;
    QString m_id;
    QSizeF m_size;
    QString m_text;
    QColor m_color;
    int m_resizing = NoSide;
    QRectF m_pressRect;   ///< the rectangle (scene) when a resize began
    QPointF m_pressPoint; ///< where the mouse was pressed (scene)
    QPointer<AnnotationTextEdit> m_editor;
};

} // namespace strata::modeler::ui

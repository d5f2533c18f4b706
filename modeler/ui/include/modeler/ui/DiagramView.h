// The canvas a diagram is looked at and worked on through. The wheel zooms around the pointer
// (Shift+wheel scrolls), +, - and 0 zoom in, out and to fit; dragging on empty space selects with
// a rubber band, the middle button or Space+drag pans; the arrow keys walk from the selected card
// to the nearest one in that direction, Tab to the next by name, Enter opens its editor.
#pragma once

#include <QGraphicsView>

namespace strata::modeler::ui {

class DiagramScene;

class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const { return m_scene; }

    /// 1.0: cards at their natural size.
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    /// Shows the whole diagram (never past 100%).
    void fitAll();
    /// Selects a card and centres it, zooming in when it would be too small to read.
    void showCard(const QString &id);

signals:
    void zoomChanged(double zoom);
    /// The visible part of the scene changed (scroll, zoom, resize): for the minimap.
    void viewportMoved();
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    /// Says what to do when the diagram has nothing on it.
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);
    bool isTyping() const;
    /// The card nearest to the selected one in a direction (dx, dy one of -1, 0, 1).
    QString neighbour(int dx, int dy) const;
    QString nextByName(bool backwards) const;

    DiagramScene *m_scene;
    bool m_panning = false;
    bool m_showsHint = false;
    QPoint m_panFrom;
};

} // namespace strata::modeler::ui

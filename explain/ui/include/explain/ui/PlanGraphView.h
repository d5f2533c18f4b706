// The canvas a plan drawing is looked at through: wheel zooms around the pointer, dragging pans,
// fit shows the whole tree, the arrow keys walk from a node to its parent, children and siblings.
#pragma once

#include <QGraphicsView>

namespace strata::explain::ui {

class PlanScene;

class PlanGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PlanGraphView(QWidget *parent = nullptr);

    void setPlanScene(PlanScene *scene);
    PlanScene *planScene() const { return m_scene; }

    /// Shows the whole tree, and keeps doing so as the view is resized until the user zooms.
    void fitAll();
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    /// 1.0: cards at their natural size.
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    /// Scrolls so that the node's card is in view, centred.
    void showNode(int node);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// Says how to get a plan when there is none.
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);
    void fit();
    PlanScene *m_scene = nullptr;
    bool m_fitting = false;
};

} // namespace strata::explain::ui

// The minimap over a corner of the diagram: the whole diagram small, with the part the view shows
// framed. Clicking or dragging in it moves the view there. The picture is drawn again a moment
// after the model changes, not on every repaint of the diagram.
#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace strata::modeler::ui {

class DiagramView;

class MinimapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MinimapWidget(DiagramView *view, QWidget *parent = nullptr);

    /// Draws the diagram again (soon, once however often it is asked).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void followView();
    void centreViewAt(QPointF widgetPos);
    /// How scene coordinates map onto the widget.
    QTransform sceneToWidget() const;

    DiagramView *m_view;
    QPixmap m_picture;
    QRectF m_source; ///< the scene rectangle the picture shows
    QTimer m_timer;
};

} // namespace strata::modeler::ui

#include "modeler/ui/MinimapWidget.h"

#include "CardStyle.h"
#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/DiagramView.h"
#include "modeler/ui/ModelDocument.h"

#include <QMouseEvent>
#include <QPainter>

namespace strata::modeler::ui {

MinimapWidget::MinimapWidget(DiagramView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setFixedSize(220, 150);
    setCursor(Qt::PointingHandCursor);
    setToolTip(QStringLiteral("The whole diagram: click or drag to move the view"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &MinimapWidget::redraw);
    connect(view, &DiagramView::viewportMoved, this, &MinimapWidget::followView);
    ModelDocument *document = view->diagramScene()->document();
    connect(document, &ModelDocument::changed, this, &MinimapWidget::refresh);
    connect(document, &ModelDocument::modelReset, this, &MinimapWidget::refresh);
    refresh();
}

void MinimapWidget::refresh()
{
    m_timer.start();
}

void MinimapWidget::followView()
{
    // Only worth its corner when the view shows part of the diagram.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF content = m_view->diagramScene()->contentRect();
    setVisible(!content.isEmpty() && !visible.contains(content));
    update();
}

void MinimapWidget::redraw()
{
    DiagramScene *scene = m_view->diagramScene();
    m_source = scene->contentRect().adjusted(-40, -40, 40, 40);
    const qreal dpr = devicePixelRatioF();
    m_picture = QPixmap((QSizeF(size()) * dpr).toSize());
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(style::background);
    if (!m_source.isEmpty()) {
        QPainter painter(&m_picture);
        scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size())), m_source, Qt::KeepAspectRatio);
    }
    followView();
}

QTransform MinimapWidget::sceneToWidget() const
{
    if (m_source.isEmpty())
        return {};
    const double s = std::min(width() / m_source.width(), height() / m_source.height());
    // KeepAspectRatio centres the picture.
    const QPointF offset((width() - m_source.width() * s) / 2, (height() - m_source.height() * s) / 2);
    return QTransform::fromTranslate(-m_source.left(), -m_source.top()) * QTransform::fromScale(s, s) *
           QTransform::fromTranslate(offset.x(), offset.y());
}

void MinimapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    painter.setPen(QPen(style::border, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF frame = sceneToWidget().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -2, -2));
    QColor fill = style::selected;
    fill.setAlpha(30);
    painter.setPen(QPen(style::selected, 1.5));
    painter.setBrush(fill);
    painter.drawRect(frame);
}

void MinimapWidget::centreViewAt(QPointF widgetPos)
{
    if (m_timer.isActive()) { // the picture is out of date: the click must go where the diagram is now
        m_timer.stop();
        redraw();
    }
    bool invertible = false;
    const QTransform back = sceneToWidget().inverted(&invertible);
    if (invertible)
        m_view->centerOn(back.map(widgetPos));
}

void MinimapWidget::mousePressEvent(QMouseEvent *event)
{
    centreViewAt(event->position());
}

void MinimapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

void MinimapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

} // namespace strata::modeler::ui

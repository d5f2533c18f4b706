#include "modeler/ui/DiagramPane.h"

#include "modeler/ui/DiagramLayout.h"
#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/DiagramView.h"
#include "modeler/ui/MinimapWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace strata::modeler::ui {

DiagramPane::DiagramPane(ModelDocument *document, const QString &diagramId, QWidget *parent) : QWidget(parent)
{
    m_scene = new DiagramScene(document, diagramId, this);
    m_view = new DiagramView(m_scene);
    m_view->setObjectName(QStringLiteral("diagramView"));
    m_minimap = new MinimapWidget(m_view, m_view);
    m_runner = new LayoutRunner(this);

    m_layoutBar = new QWidget;
    m_layoutLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(260);
    auto *cancel = new QPushButton(QStringLiteral("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelLayout"));
    auto *bar = new QHBoxLayout(m_layoutBar);
    bar->setContentsMargins(8, 2, 8, 2);
    bar->addWidget(m_layoutLabel);
    bar->addWidget(m_progress);
    bar->addWidget(cancel);
    bar->addStretch();
    m_layoutBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_layoutBar);

    connect(cancel, &QPushButton::clicked, m_runner, &LayoutRunner::cancel);
    connect(m_runner, &LayoutRunner::started, this, [this, cancel](int cards) {
        m_layoutLabel->setText(QStringLiteral("Laying out %1 cards…").arg(cards));
        m_progress->setRange(0, 0); // busy until the first report
        cancel->setEnabled(true);
        m_layoutBar->show();
    });
    connect(m_runner, &LayoutRunner::cancelling, this, [this, cancel] {
        // Graphviz cannot be stopped inside one run: say what happens meanwhile. The diagram stays
        // usable; nothing moves when it ends.
        m_layoutLabel->setText(QStringLiteral("Cancelling: Graphviz is finishing the part it is laying out; nothing will move"));
        m_progress->setRange(0, 0);
        cancel->setEnabled(false);
    });
    connect(m_runner, &LayoutRunner::progress, this, [this](int done, int total, const QString &step) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_layoutLabel->setText(step);
    });
    connect(m_runner, &LayoutRunner::finished, this, [this](bool, const QString &text) {
        m_layoutBar->hide();
        emit message(text);
    });
    connect(m_scene, &DiagramScene::message, this, &DiagramPane::message);
    connect(m_view, &DiagramView::viewportMoved, this, &DiagramPane::placeMinimap);
}

DiagramPane::~DiagramPane()
{
    m_runner->cancel();
    m_runner->wait();
    // The view (and its minimap) go before the scene they look at.
    delete m_view;
}

QString DiagramPane::diagramId() const
{
    return m_scene->diagramId();
}

QString DiagramPane::layoutStatus() const
{
    return m_layoutBar->isHidden() ? QString() : m_layoutLabel->text();
}

bool DiagramPane::startLayout(bool whole)
{
    const QStringList selected = m_scene->selectedCardIds();
    return m_runner->start(m_scene, whole || selected.size() < 2 ? QStringList() : selected);
}

void DiagramPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeMinimap();
}

void DiagramPane::placeMinimap()
{
    // Over the view's lower right corner, clear of the scroll bars.
    const QRect area = m_view->viewport()->geometry();
    m_minimap->move(area.right() - m_minimap->width() - 12, area.bottom() - m_minimap->height() - 12);
    m_minimap->raise();
}

} // namespace strata::modeler::ui

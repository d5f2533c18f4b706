#include "explain/ui/PlanWorkbench.h"

#include "explain/ui/FindingsView.h"
#include "explain/ui/NodeDetailsView.h"
#include "explain/ui/OperationsView.h"
#include "explain/ui/PlanCompareView.h"
#include "explain/ui/PlanExporter.h"
#include "explain/ui/PlanGraphView.h"
#include "explain/ui/PlanScene.h"
#include "explain/ui/PlanSearchBar.h"
#include "explain/ui/PlanTableView.h"

#include <explain/PlanReader.h>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace strata::explain::ui {

struct PlanWorkbench::Loaded
{
    std::shared_ptr<const Plan> plan, before;
    std::shared_ptr<const PlanAnalysis> analysis, beforeAnalysis;
    std::optional<Error> error;
};

PlanWorkbench::PlanWorkbench(QWidget *parent)
    : QWidget(parent), m_paste(new QAction(tr("Paste plan"), this)), m_metric(new QComboBox(this)), m_tabs(new QTabWidget(this)), m_scene(new PlanScene(this)),
      m_graph(new PlanGraphView(this)), m_table(new PlanTableView(this)), m_operations(new OperationsView(this)),
      m_compare(new PlanCompareView(this)), m_details(new NodeDetailsView(this)), m_findings(new FindingsView(this)),
      m_search(new PlanSearchBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar(layout);
    m_graph->setPlanScene(m_scene);
    // The drawing with the table of the same plan under it, as explain.depesz.com lists it.
    auto *plan = new QSplitter(Qt::Vertical, this);
    plan->addWidget(m_graph);
    plan->addWidget(m_table);
    plan->setStretchFactor(0, 3);
    plan->setStretchFactor(1, 1);
    plan->setSizes({600, 230});
    m_tabs->addTab(plan, tr("Plan"));
    m_tabs->addTab(m_operations, tr("Operations"));
    m_tabs->setDocumentMode(true);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(m_findings);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_tabs);
    main->addWidget(side);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setSizes({900, 360});
    layout->addWidget(main, 1);
    m_compare->hide();
    // Ctrl+V anywhere in the workbench but in a text field (which takes its own paste first).
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_paste->setToolTip(tr("Open the plan on the clipboard: PostgreSQL's JSON or text, or SQLite's EXPLAIN QUERY PLAN (Ctrl+V)"));
    connect(m_paste, &QAction::triggered, this, &PlanWorkbench::paste);
    addAction(m_paste);
    setAcceptDrops(true);

    connect(m_scene, &PlanScene::nodeSelected, this, &PlanWorkbench::selectNode);
    connect(m_table, &PlanTableView::nodeSelected, this, &PlanWorkbench::selectNode);
    connect(m_findings, &FindingsView::nodeSelected, this, &PlanWorkbench::selectNode);
    connect(m_search, &PlanSearchBar::nodeChosen, this, &PlanWorkbench::selectNode);
    connect(m_search, &PlanSearchBar::matchesChanged, m_scene, &PlanScene::setHighlighted);
    connect(m_operations, &OperationsView::nodesChosen, this, [this](const QList<int> &nodes) {
        m_scene->setHighlighted(nodes);
        if (!nodes.isEmpty())
            selectNode(nodes.first());
    });
    connect(m_compare, &PlanCompareView::pairSelected, this, [this](int, int after) {
        if (after >= 0)
            selectNode(after);
    });
}

PlanWorkbench::~PlanWorkbench() = default;

void PlanWorkbench::buildToolBar(QVBoxLayout *layout)
{
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->addWidget(new QLabel(tr(" Colour by "), bar));
    for (Metric m : {Metric::Time, Metric::Rows, Metric::Cost, Metric::Buffers, Metric::Misestimate})
        m_metric->addItem(metricName(m), int(m));
    bar->addWidget(m_metric);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this](int i) { m_scene->setMetric(Metric(m_metric->itemData(i).toInt())); });
    bar->addSeparator();
    bar->addAction(tr("Fit"), this, [this] { m_graph->fitAll(); })->setToolTip(tr("Show the whole plan (0)"));
    bar->addAction(tr("Zoom in"), this, [this] { m_graph->zoomIn(); });
    bar->addAction(tr("Zoom out"), this, [this] { m_graph->zoomOut(); });
    bar->addAction(tr("Expand all"), this, [this] { m_scene->expandAll(); });
    bar->addAction(tr("Collapse below 3 levels"), this, [this] { m_scene->collapseFromDepth(3); });
    bar->addSeparator();
    bar->addAction(tr("Export SVG…"), this, [this] { exportDialog(QStringLiteral("svg")); });
    bar->addAction(tr("Export PNG…"), this, [this] { exportDialog(QStringLiteral("png")); });
    bar->addAction(m_paste);
    bar->addSeparator();
    bar->addWidget(m_search);
    m_search->setMinimumWidth(280);
    layout->addWidget(bar);
}

void PlanWorkbench::runInBackground(std::function<Loaded()> work, std::function<void(Loaded)> done)
{
    const int generation = ++m_generation;
    m_busy = true;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation, done] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer plan was asked for meanwhile
        m_busy = false;
        Loaded loaded = watcher->result();
        if (loaded.error) {
            emit errorOccurred(*loaded.error);
            return;
        }
        done(std::move(loaded));
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void PlanWorkbench::setPlan(const Plan &plan)
{
    auto shared = std::make_shared<const Plan>(plan);
    runInBackground([shared] { return Loaded{shared, nullptr, std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*shared)), nullptr, {}}; },
                    [this](Loaded l) { display(l.plan, l.analysis); });
}

void PlanWorkbench::openText(const QString &text, const QString &sourceName)
{
    runInBackground(
        [text, sourceName] {
            auto plan = PlanReader::read(text, sourceName);
            if (!plan)
                return Loaded{nullptr, nullptr, nullptr, nullptr, plan.error()};
            auto shared = std::make_shared<const Plan>(std::move(*plan));
            return Loaded{shared, nullptr, std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*shared)), nullptr, {}};
        },
        [this](Loaded l) { display(l.plan, l.analysis); });
}

void PlanWorkbench::openFile(const QString &path)
{
    runInBackground(
        [path] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Loaded{nullptr, nullptr, nullptr, nullptr, Error(file.errorString(), SourcePlace::ofSource(path))};
            auto plan = PlanReader::read(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
            if (!plan)
                return Loaded{nullptr, nullptr, nullptr, nullptr, plan.error()};
            auto shared = std::make_shared<const Plan>(std::move(*plan));
            return Loaded{shared, nullptr, std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*shared)), nullptr, {}};
        },
        [this](Loaded l) { display(l.plan, l.analysis); });
}

void PlanWorkbench::paste()
{
    if (!openMimeData(QGuiApplication::clipboard()->mimeData(), tr("pasted plan")))
        emit errorOccurred(Error(tr("the clipboard holds no plan: copy a plan's text (or a plan file) first")));
}

bool PlanWorkbench::openMimeData(const QMimeData *data, const QString &sourceName)
{
    if (!data)
        return false;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            return true;
        }
    }
    if (!data->hasText() || data->text().trimmed().isEmpty())
        return false;
    openText(data->text(), sourceName);
    return true;
}

void PlanWorkbench::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasText() || event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PlanWorkbench::dropEvent(QDropEvent *event)
{
    if (openMimeData(event->mimeData(), tr("dropped plan")))
        event->acceptProposedAction();
}

void PlanWorkbench::compare(const Plan &before, const Plan &after)
{
    auto b = std::make_shared<const Plan>(before), a = std::make_shared<const Plan>(after);
    runInBackground(
        [b, a] {
            return Loaded{a, b, std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*a)),
                          std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*b)), {}};
        },
        [this](Loaded l) {
            display(l.plan, l.analysis);
            m_compare->compare(l.before, l.beforeAnalysis, l.plan, l.analysis);
            if (m_tabs->indexOf(m_compare) < 0)
                m_tabs->insertTab(0, m_compare, tr("Compare"));
            m_tabs->setCurrentWidget(m_compare);
            emit comparisonShown();
        });
}

void PlanWorkbench::display(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    m_plan = std::move(plan);
    m_analysis = std::move(analysis);
    m_selected = -1;
    if (const int i = m_tabs->indexOf(m_compare); i >= 0)
        m_tabs->removeTab(i);
    m_scene->setPlan(m_plan, m_analysis);
    m_metric->blockSignals(true);
    m_metric->setCurrentIndex(m_metric->findData(int(m_scene->metric())));
    m_metric->blockSignals(false);
    m_table->setPlan(m_plan, m_analysis);
    m_operations->setPlan(m_plan, m_analysis);
    m_details->setPlan(m_plan, m_analysis);
    m_findings->setPlan(m_plan, m_analysis);
    m_search->setPlan(m_plan);
    // A small plan fits the window; a big one starts at its root, readable, and Fit shows it all.
    const QSizeF tree = m_scene->treeRect().size();
    const QSize viewport = m_graph->viewport()->size().expandedTo(QSize(1000, 700));
    if (std::min(viewport.width() / tree.width(), viewport.height() / tree.height()) >= 0.35) {
        m_graph->fitAll();
    } else {
        m_graph->setZoom(0.75);
        m_graph->centerOn(m_scene->nodeRect(0).center() + QPointF(0, viewport.height() / 2.0 / 0.75 - 140));
    }
    emit planShown();
}

void PlanWorkbench::selectNode(int node)
{
    if (m_selecting || !m_plan || node < 0 || node >= m_plan->size())
        return;
    m_selecting = true;
    m_selected = node;
    m_scene->selectNode(node);
    if (m_graph->isVisible())
        m_graph->ensureVisible(m_scene->nodeRect(node), 40, 40);
    m_table->selectNode(node);
    m_details->showNode(node);
    if (m_tabs->indexOf(m_compare) >= 0)
        m_compare->selectPair(-1, node);
    m_selecting = false;
    emit nodeSelected(node);
}

void PlanWorkbench::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

Result<void> PlanWorkbench::exportSvg(const QString &path)
{
    if (!m_plan)
        return Error(tr("there is no plan to export"));
    return PlanExporter::save(*m_scene, path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".svg"));
}

Result<void> PlanWorkbench::exportPng(const QString &path)
{
    if (!m_plan)
        return Error(tr("there is no plan to export"));
    return PlanExporter::save(*m_scene, path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".png"));
}

void PlanWorkbench::exportDialog(const QString &suffix)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the plan drawing"), QStringLiteral("plan.") + suffix,
                                                      suffix == u"svg" ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = suffix == u"svg" ? exportSvg(path) : exportPng(path);
    if (!saved)
        QMessageBox::warning(this, tr("Export"), saved.error().toString());
}

} // namespace strata::explain::ui

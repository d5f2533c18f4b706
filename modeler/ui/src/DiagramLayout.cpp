#include "modeler/ui/DiagramLayout.h"

#include "modeler/ui/DiagramScene.h"
#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"

#include <QFutureWatcher>
#include <QUndoStack>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace strata::modeler::ui {

namespace {

QHash<QString, QSizeF> sizesOf(const LayoutGraph &graph)
{
    QHash<QString, QSizeF> sizes;
    for (const LayoutGraph::Node &n : graph.nodes)
        sizes.insert(n.id, n.size);
    return sizes;
}

} // namespace

LayoutGraph DiagramLayout::graphOf(const DiagramScene &scene, const QStringList &ids)
{
    const QHash<QString, QSizeF> sizes = scene.cardSizes();
    QStringList chosen = ids.isEmpty() ? sizes.keys() : ids;
    std::sort(chosen.begin(), chosen.end()); // the same picture for the same diagram, whatever the hash order
    LayoutGraph graph;
    QHash<QString, int> index;
    for (const QString &id : chosen) {
        if (!sizes.contains(id))
            continue;
        index.insert(id, int(graph.nodes.size()));
        graph.nodes.append({id, sizes.value(id)});
    }
    const Model &model = scene.document()->model();
    for (const LayoutGraph::Node &n : graph.nodes) {
        const Table *t = model.table(n.id);
        if (!t)
            continue;
        for (const ForeignKey &fk : t->foreignKeys) {
            if (index.contains(fk.referencedTableId))
                graph.edges.append({index.value(fk.referencedTableId), index.value(n.id)});
        }
    }
    return graph;
}

QPointF DiagramLayout::originFor(const DiagramScene &scene, const QStringList &ids)
{
    if (ids.isEmpty())
        return QPointF(40, 40);
    QRectF r;
    for (const QString &id : ids)
        r |= scene.cardRect(id);
    return r.topLeft();
}

Result<void> DiagramLayout::run(DiagramScene &scene, const QStringList &ids, const GraphvizLayout::Options &options)
{
    const LayoutGraph graph = graphOf(scene, ids);
    auto positions = GraphvizLayout::run(graph, options);
    if (!positions)
        return positions.error();
    apply(scene.document(), scene.diagramId(), *positions, originFor(scene, ids), sizesOf(graph));
    return Result<void>::success();
}

void DiagramLayout::apply(ModelDocument *document, const QString &diagramId, const QHash<QString, QPointF> &positions, QPointF origin,
                          const QHash<QString, QSizeF> &sizes)
{
    const Diagram *diagram = nullptr;
    for (const Diagram &d : document->model().diagrams) {
        if (d.id == diagramId)
            diagram = &d;
    }
    if (!diagram)
        return;
    QHash<QString, QPointF> moves;
    QList<QRectF> cards;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (diagram->placements.contains(it.key())) {
            const QPointF at(std::round(origin.x() + it->x()), std::round(origin.y() + it->y()));
            moves.insert(it.key(), at);
            cards << QRectF(at, sizes.value(it.key()));
        }
    }
    const QList<Note> notes = notesClearOf(diagram->notes, cards);
    if (notes == diagram->notes) {
        ModelEdits(document).moveCards(diagramId, moves, QStringLiteral("Auto-layout"));
        return;
    }
    document->undoStack()->beginMacro(QStringLiteral("Auto-layout"));
    ModelEdits(document).moveCards(diagramId, moves, QStringLiteral("Auto-layout"));
    for (const Diagram &d : document->model().diagrams) { // as the move left it
        if (d.id == diagramId) {
            Diagram withNotes = d;
            withNotes.notes = notes;
            ModelEdits(document).updateDiagram(withNotes, QStringLiteral("Move notes"));
            break;
        }
    }
    document->undoStack()->endMacro();
}

QList<Note> DiagramLayout::notesClearOf(QList<Note> notes, const QList<QRectF> &cards)
{
    // Notes are not in the graph (they belong to no relationship): one the cards now cover goes to a
    // column right of them, in the diagram's order, so that nothing is hidden.
    QRectF bounds;
    for (const QRectF &c : cards)
        bounds |= c;
    constexpr double gap = 40;
    double y = bounds.top();
    for (Note &n : notes) {
        if (!std::any_of(cards.begin(), cards.end(), [&n](const QRectF &c) { return c.intersects(n.rect); }))
            continue;
        n.rect.moveTopLeft(QPointF(bounds.right() + gap, y));
        y += n.rect.height() + gap / 2;
    }
    return notes;
}

struct LayoutRunner::Job
{
    QFutureWatcher<Result<QHash<QString, QPointF>>> watcher;
    QPointer<ModelDocument> document;
    QString diagramId;
    QPointF origin;
    QHash<QString, QSizeF> sizes;
};

LayoutRunner::LayoutRunner(QObject *parent) : QObject(parent) {}

LayoutRunner::~LayoutRunner()
{
    cancel();
    wait();
}

bool LayoutRunner::start(DiagramScene *scene, const QStringList &ids, const GraphvizLayout::Options &options)
{
    if (isRunning())
        return false;
    // The graph is taken now, on the GUI thread (card sizes come from the painted cards); the worker
    // sees only this copy.
    const LayoutGraph graph = DiagramLayout::graphOf(*scene, ids);
    m_control = std::make_shared<TaskControl>([this](qint64 done, qint64 total, const QString &step) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total, step] {
                if (!isCancelling()) // after a cancel the bar says so, not how far Graphviz got
                    emit progress(int(done), int(total), step);
            },
            Qt::QueuedConnection);
    });
    m_job = std::make_unique<Job>();
    m_job->document = scene->document();
    m_job->diagramId = scene->diagramId();
    m_job->origin = DiagramLayout::originFor(*scene, ids);
    m_job->sizes = sizesOf(graph);
    connect(&m_job->watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_job->watcher.result();
        const std::unique_ptr<Job> job = std::move(m_job);
        m_control.reset();
        if (!result) {
            const bool cancelled = result.error().code == QLatin1String(cancelledCode);
            emit finished(false, cancelled ? QStringLiteral("Layout cancelled") : result.error().message);
            return;
        }
        if (job->document)
            DiagramLayout::apply(job->document, job->diagramId, *result, job->origin, job->sizes);
        emit finished(true, QStringLiteral("Laid out %1 cards").arg(result->size()));
    });
    const std::shared_ptr<TaskControl> control = m_control;
    m_job->watcher.setFuture(QtConcurrent::run([graph, options, control] { return GraphvizLayout::run(graph, options, control.get()); }));
    emit started(int(graph.nodes.size()));
    return true;
}

void LayoutRunner::cancel()
{
    if (!m_control || m_control->isCancelled())
        return;
    m_control->cancel();
    emit cancelling();
}

void LayoutRunner::wait()
{
    if (m_job)
        m_job->watcher.waitForFinished();
}

} // namespace strata::modeler::ui

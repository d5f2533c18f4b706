// Auto-layout of a diagram, or of some of its cards: the graph is the cards as painted (their real
// sizes) and the foreign keys between them; the result is one undoable move of every card (and of
// the notes they would cover).
// run() blocks (the CLI, tests); LayoutRunner runs it in a worker with progress and cancel.
#pragma once

#include "modeler/ui/GraphvizLayout.h"

#include <modeler/Diagram.h>

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <memory>

namespace strata::modeler::ui {

class DiagramScene;
class ModelDocument;

class DiagramLayout
{
public:
    /// The cards `ids` of the scene (all when empty) and the foreign keys among them.
    static LayoutGraph graphOf(const DiagramScene &scene, const QStringList &ids = {});
    /// Where the top-left of the laid-out cards goes: the selection's corner, or near the origin.
    static QPointF originFor(const DiagramScene &scene, const QStringList &ids);
    /// Lays out and pushes the move as one undo step ("Auto-layout"); returns what went wrong.
    static Result<void> run(DiagramScene &scene, const QStringList &ids = {}, const GraphvizLayout::Options &options = {});
    /// Pushes computed positions (those of cards still on the diagram) as one undo step; notes the
    /// cards (of `sizes`) would cover move beside them in the same step.
    static void apply(ModelDocument *document, const QString &diagramId, const QHash<QString, QPointF> &positions, QPointF origin,
                      const QHash<QString, QSizeF> &sizes = {});
    /// `notes`, those that overlap a card moved right of all the cards.
    static QList<Note> notesClearOf(QList<Note> notes, const QList<QRectF> &cards);
};

/// Runs a diagram's layout in a worker thread (one at a time, see GraphvizLayout).
class LayoutRunner : public QObject
{
    Q_OBJECT

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    bool isRunning() const { return m_control != nullptr; }
    /// Cancel was asked and the worker has not ended yet (Graphviz finishing the part it is in).
    bool isCancelling() const { return m_control && m_control->isCancelled(); }
    /// Starts laying out the cards `ids` (all when empty) of the scene. False when one is running.
    bool start(DiagramScene *scene, const QStringList &ids = {}, const GraphvizLayout::Options &options = {});
    /// Asks the layout to stop. Between components it stops at once; inside one Graphviz runs to the
    /// end of it first (cancelling() says so), and nothing is moved either way.
    void cancel();
    /// Blocks until the running layout ends (tests, closing the window).
    void wait();

signals:
    void started(int cards);
    void progress(int done, int total, const QString &step);
    /// Cancel was asked while the worker runs; finished() follows when it has stopped.
    void cancelling();
    /// The layout ended: applied (one undo step), cancelled, or failed with a message.
    void finished(bool applied, const QString &message);

private:
    struct Job;
    std::shared_ptr<TaskControl> m_control;
    std::unique_ptr<Job> m_job;
};

} // namespace strata::modeler::ui

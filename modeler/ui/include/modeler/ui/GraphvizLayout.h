// Auto-layout of boxes joined by edges through Graphviz, in process (libgvc and libcgraph, not a
// spawned `dot`). The engine is chosen by size: hierarchical `dot` for small graphs and selections;
// for large ones each connected component on its own (`dot` when small, `sfdp` with prism overlap
// removal when large; measured on 1,000 tables and 1,500 foreign keys: dot 8 min 40 s, neato
// 3.4 s, sfdp 1.0 s), the components then packed together by Graphviz's packer.
//
// Graphviz keeps global state and is not thread-safe: run() serialises every layout of the process
// on one lock, so one layout runs at a time (a second caller waits). Call it from a worker thread.
#pragma once

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>

namespace strata::modeler::ui {

struct LayoutGraph
{
    struct Node
    {
        QString id;
        QSizeF size;
    };
    QList<Node> nodes;
    /// Indices into nodes: referenced table first, referencing table second (parents to the left).
    QList<QPair<int, int>> edges;
};

class GraphvizLayout
{
public:
    enum class Engine { Automatic, Hierarchical, ForceDirected };

    struct Options
    {
        Engine engine = Engine::Automatic;
        /// Graphs (and components) up to this many nodes are laid out by dot.
        int hierarchicalLimit = 60;
        double gap = 40; ///< between boxes, in scene units (points)
    };

    /// The top-left corner of every node, by id; the whole picture starts at (0, 0). Reports
    /// progress per component and stops between components when cancelled. One component's layout
    /// cannot be interrupted inside Graphviz (gvLayout has no cancel or progress callback): a cancel
    /// that comes while it runs waits for it to end, and its result is then dropped.
    static Result<QHash<QString, QPointF>> run(const LayoutGraph &graph, const Options &options, TaskControl *control = nullptr);
    static Result<QHash<QString, QPointF>> run(const LayoutGraph &graph) { return run(graph, Options{}); }

    /// "dot" or "sfdp": the engine for a graph or component of this many nodes.
    static QString engineFor(int nodes, const Options &options);
};

} // namespace strata::modeler::ui

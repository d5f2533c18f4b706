#include "modeler/ui/GraphvizLayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/pack.h>
#include <graphviz/types.h>

#include <QMutex>
#include <QRectF>

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace strata::modeler::ui {

namespace {

QMutex graphvizLock; // libgvc and libcgraph keep global state: one layout at a time in the process

constexpr double pointsPerInch = 72;

/// Connected components, largest first; each a list of node indices in input order.
QList<QList<int>> components(const LayoutGraph &graph)
{
    std::vector<int> parent(graph.nodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (const auto &[a, b] : graph.edges)
        parent[find(a)] = find(b);
    QHash<int, int> slot;
    QList<QList<int>> out;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const int root = find(i);
        if (!slot.contains(root)) {
            slot.insert(root, int(out.size()));
            out.append(QList<int>());
        }
        out[slot.value(root)] << i;
    }
    std::stable_sort(out.begin(), out.end(), [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    return out;
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / pointsPerInch, 'f', 4);
}

/// Lays out some nodes of the graph with one engine; returns top-left corners relative to the
/// component's own top-left, and its size.
Result<QList<QPointF>> layoutComponent(GVC_t *gvc, const LayoutGraph &graph, const QList<int> &members, const QString &engine,
                                       const GraphvizLayout::Options &options, QSizeF *size)
{
    Agraph_t *g = agopen(const_cast<char *>("diagram"), Agdirected, nullptr);
    const QByteArray gap = inches(options.gap);
    if (engine == u"dot") {
        set(g, "rankdir", "LR");
        set(g, "nodesep", gap);
        set(g, "ranksep", inches(options.gap * 2.5));
    } else {
        set(g, "overlap", "prism");
        set(g, "sep", "+" + QByteArray::number(int(options.gap / 2)));
    }
    set(g, "splines", "false"); // lines are routed by the diagram, around the cards
    agattr(g, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(g, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g, AGNODE, const_cast<char *>("label"), const_cast<char *>("")); // no text to measure: sizes are given
    agattr(g, AGNODE, const_cast<char *>("width"), const_cast<char *>("1"));
    agattr(g, AGNODE, const_cast<char *>("height"), const_cast<char *>("1"));
    QHash<int, Agnode_t *> nodes;
    for (int i : members) {
        Agnode_t *n = agnode(g, const_cast<char *>(QByteArray("n" + QByteArray::number(i)).constData()), 1);
        set(n, "width", inches(graph.nodes[i].size.width()));
        set(n, "height", inches(graph.nodes[i].size.height()));
        nodes.insert(i, n);
    }
    for (const auto &[a, b] : graph.edges) {
        if (nodes.contains(a) && nodes.contains(b) && a != b)
            agedge(g, nodes.value(a), nodes.value(b), nullptr, 1);
    }
    if (gvLayout(gvc, g, engine.toLatin1().constData()) != 0) {
        agclose(g);
        return Error(QStringLiteral("Graphviz could not lay out the diagram with %1").arg(engine), {}, QStringLiteral("layout.graphviz"));
    }
    QList<QPointF> corners;
    double left = std::numeric_limits<double>::max(), top = left, right = -left, bottom = -left;
    for (int i : members) {
        const pointf c = ND_coord(nodes.value(i));
        const QSizeF s = graph.nodes[i].size;
        // Graphviz gives centres with y upwards; the scene has corners with y downwards.
        const QPointF corner(c.x - s.width() / 2, -c.y - s.height() / 2);
        corners << corner;
        left = std::min(left, corner.x());
        top = std::min(top, corner.y());
        right = std::max(right, corner.x() + s.width());
        bottom = std::max(bottom, corner.y() + s.height());
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    for (QPointF &p : corners)
        p -= QPointF(left, top);
    *size = QSizeF(right - left, bottom - top);
    return corners;
}

/// Offsets that pack boxes of these sizes together without overlap (Graphviz's packer).
QList<QPointF> pack(const QList<QSizeF> &sizes, double margin)
{
    QList<QPointF> out;
    if (sizes.size() == 1)
        return {QPointF(0, 0)};
    std::vector<boxf> boxes(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        boxes[i].LL = {0, 0};
        boxes[i].UR = {sizes[i].width(), sizes[i].height()};
    }
    pack_info info{};
    info.mode = l_graph;
    info.margin = unsigned(margin);
    info.doSplines = 0;
    info.aspect = 1;
    point *offsets = putRects(int(sizes.size()), boxes.data(), &info);
    if (!offsets) {
        // Packing failed (it should not): fall back to a row.
        double x = 0;
        for (const QSizeF &s : sizes) {
            out << QPointF(x, 0);
            x += s.width() + margin;
        }
        return out;
    }
    for (int i = 0; i < sizes.size(); ++i) // y upwards in Graphviz, and offsets move the lower left corner
        out << QPointF(offsets[i].x, -(offsets[i].y + sizes[i].height()));
    std::free(offsets);
    return out;
}

} // namespace

QString GraphvizLayout::engineFor(int nodes, const Options &options)
{
    switch (options.engine) {
    case Engine::Hierarchical: return QStringLiteral("dot");
    case Engine::ForceDirected: return QStringLiteral("sfdp");
    case Engine::Automatic: break;
    }
    return nodes <= options.hierarchicalLimit ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

Result<QHash<QString, QPointF>> GraphvizLayout::run(const LayoutGraph &graph, const Options &options, TaskControl *control)
{
    QHash<QString, QPointF> positions;
    if (graph.nodes.isEmpty())
        return positions;
    // A small graph (or a chosen engine) is laid out whole: dot places the components itself.
    const bool whole = options.engine != Engine::Automatic || graph.nodes.size() <= options.hierarchicalLimit;
    QList<QList<int>> parts;
    if (whole) {
        QList<int> all(graph.nodes.size());
        std::iota(all.begin(), all.end(), 0);
        parts << all;
    } else {
        parts = components(graph);
    }
    QMutexLocker lock(&graphvizLock);
    GVC_t *gvc = gvContext();
    QList<QList<QPointF>> corners;
    QList<QSizeF> sizes;
    qint64 done = 0;
    auto cancelled = [&] {
        gvFreeContext(gvc);
        return Error(QStringLiteral("the layout was cancelled"), {}, QString::fromLatin1(cancelledCode));
    };
    for (const QList<int> &part : parts) {
        // Graphviz cannot be stopped inside gvLayout: cancel is honoured between components, and
        // a component's result that comes back after a cancel is dropped (below).
        if (TaskControl::cancelled(control))
            return cancelled();
        const QString engine = whole ? engineFor(int(graph.nodes.size()), options) : engineFor(int(part.size()), options);
        TaskControl::report(control, done, graph.nodes.size(),
                            QStringLiteral("Laying out %1 of %2 tables with %3").arg(part.size()).arg(graph.nodes.size()).arg(engine));
        QSizeF size;
        auto placed = layoutComponent(gvc, graph, part, engine, options, &size);
        if (!placed) {
            gvFreeContext(gvc);
            return placed.error();
        }
        corners << placed.value();
        sizes << size;
        done += part.size();
        TaskControl::report(control, done, graph.nodes.size(), QStringLiteral("Laid out %1 of %2 tables").arg(done).arg(graph.nodes.size()));
    }
    if (TaskControl::cancelled(control))
        return cancelled(); // asked while the last component ran: the user wants nothing moved
    gvFreeContext(gvc);
    const QList<QPointF> offsets = pack(sizes, options.gap);
    QRectF bounds;
    for (int c = 0; c < parts.size(); ++c) {
        for (int k = 0; k < parts[c].size(); ++k) {
            const int i = parts[c][k];
            const QPointF p = corners[c][k] + offsets[c];
            positions.insert(graph.nodes[i].id, p);
            bounds |= QRectF(p, graph.nodes[i].size);
        }
    }
    for (QPointF &p : positions)
        p -= bounds.topLeft();
    return positions;
}

} // namespace strata::modeler::ui

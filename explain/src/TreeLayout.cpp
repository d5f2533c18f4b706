#include "explain/TreeLayout.h"

#include "explain/Plan.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::explain {

namespace {

int subtreeEnd(const Plan &plan, int i)
{
    while (!plan.nodes[i].children.isEmpty())
        i = plan.nodes[i].children.back();
    return i;
}

// Buchheim, Jünger, Leipert: "Improving Walker's Algorithm to Run in Linear Time" (2002), over the
// subtree of one node (contiguous in preorder, so everything is indexed from the root). The walks
// run without recursion, so a plan of any depth lays out.
class Walker
{
public:
    /// `sizes` and `cut` are indexed from `root`; below a cut node nothing is laid out.
    Walker(const Plan &plan, int root, int end, const std::vector<QSizeF> &sizes, const std::vector<bool> &cut, double gap)
        : m_sizes(sizes), m_gap(gap)
    {
        const int n = end - root + 1;
        m_children.resize(n);
        m_parent.assign(n, -1);
        m_number.assign(n, 0);
        m_visible.assign(n, false);
        m_visible[0] = true;
        for (int g = root + 1; g <= end; ++g) {
            const int v = g - root, p = plan.nodes[g].parent - root;
            m_visible[v] = m_visible[p] && !cut[p];
            if (!m_visible[v])
                continue;
            m_parent[v] = p;
            m_number[v] = int(m_children[p].size());
            m_children[p].push_back(v);
        }
        prelim.assign(n, 0);
        mod.assign(n, 0);
        m_thread.assign(n, -1);
        m_ancestor.resize(n);
        for (int i = 0; i < n; ++i)
            m_ancestor[i] = i;
        m_change.assign(n, 0);
        m_shift.assign(n, 0);
        m_defaultAncestor.assign(n, -1);
    }

    void firstWalk()
    {
        // Left-to-right postorder: a node after all its children, children in order.
        std::vector<std::pair<int, size_t>> stack{{0, 0}};
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < m_children[v].size()) {
                const int child = m_children[v][next++];
                stack.push_back({child, 0});
                continue;
            }
            const int done = v;
            stack.pop_back();
            visit(done);
        }
    }

    const std::vector<std::vector<int>> &children() const { return m_children; }
    bool visible(int v) const { return m_visible[v]; }

    std::vector<double> prelim, mod; ///< indexed from the root

private:
    double distance(int left, int right) const { return (m_sizes[left].width() + m_sizes[right].width()) / 2 + m_gap; }
    int leftSibling(int v) const { return m_parent[v] < 0 || m_number[v] == 0 ? -1 : m_children[m_parent[v]][m_number[v] - 1]; }
    int leftmostSibling(int v) const { return m_parent[v] < 0 ? v : m_children[m_parent[v]].front(); }
    int nextLeft(int v) const { return m_children[v].empty() ? m_thread[v] : m_children[v].front(); }
    int nextRight(int v) const { return m_children[v].empty() ? m_thread[v] : m_children[v].back(); }

    void visit(int v)
    {
        const int left = leftSibling(v);
        if (m_children[v].empty()) {
            prelim[v] = left >= 0 ? prelim[left] + distance(left, v) : 0;
        } else {
            executeShifts(v);
            const double midpoint = (prelim[m_children[v].front()] + prelim[m_children[v].back()]) / 2;
            if (left >= 0) {
                prelim[v] = prelim[left] + distance(left, v);
                mod[v] = prelim[v] - midpoint;
            } else {
                prelim[v] = midpoint;
            }
        }
        const int p = m_parent[v];
        if (p >= 0) {
            if (m_defaultAncestor[p] < 0)
                m_defaultAncestor[p] = m_children[p].front();
            m_defaultAncestor[p] = apportion(v, m_defaultAncestor[p]);
        }
    }

    int apportion(int v, int defaultAncestor)
    {
        const int w = leftSibling(v);
        if (w < 0)
            return defaultAncestor;
        int vip = v, vop = v, vim = w, vom = leftmostSibling(vip);
        double sip = mod[vip], sop = mod[vop], sim = mod[vim], som = mod[vom];
        while (nextRight(vim) >= 0 && nextLeft(vip) >= 0) {
            vim = nextRight(vim);
            vip = nextLeft(vip);
            vom = nextLeft(vom);
            vop = nextRight(vop);
            m_ancestor[vop] = v;
            const double shift = (prelim[vim] + sim) - (prelim[vip] + sip) + distance(vim, vip);
            if (shift > 0) {
                const int a = (m_parent[m_ancestor[vim]] == m_parent[v]) ? m_ancestor[vim] : defaultAncestor;
                moveSubtree(a, v, shift);
                sip += shift;
                sop += shift;
            }
            sim += mod[vim];
            sip += mod[vip];
            som += mod[vom];
            sop += mod[vop];
        }
        if (nextRight(vim) >= 0 && nextRight(vop) < 0) {
            m_thread[vop] = nextRight(vim);
            mod[vop] += sim - sop;
        }
        if (nextLeft(vip) >= 0 && nextLeft(vom) < 0) {
            m_thread[vom] = nextLeft(vip);
            mod[vom] += sip - som;
            defaultAncestor = v;
        }
        return defaultAncestor;
    }

    void moveSubtree(int wm, int wp, double shift)
    {
        const double subtrees = m_number[wp] - m_number[wm];
        if (subtrees <= 0)
            return;
        m_change[wp] -= shift / subtrees;
        m_shift[wp] += shift;
        m_change[wm] += shift / subtrees;
        prelim[wp] += shift;
        mod[wp] += shift;
    }

    void executeShifts(int v)
    {
        double shift = 0, change = 0;
        for (auto it = m_children[v].rbegin(); it != m_children[v].rend(); ++it) {
            prelim[*it] += shift;
            mod[*it] += shift;
            change += m_change[*it];
            shift += m_shift[*it] + change;
        }
    }

    const std::vector<QSizeF> &m_sizes;
    double m_gap;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_parent, m_number, m_thread, m_ancestor, m_defaultAncestor;
    std::vector<bool> m_visible;
    std::vector<double> m_change, m_shift;
};

// A laid-out subtree: its nodes' rectangles relative to the subtree's top-left, and its size.
struct Block
{
    std::vector<std::pair<int, QRectF>> rects;
    QSizeF size;
};

class Layout
{
public:
    Layout(const Plan &plan, const std::vector<QSizeF> &sizes, const std::vector<bool> &collapsed,
           const TreeLayout::Options &options)
        : m_plan(plan), m_sizes(sizes), m_options(options), m_closed(plan.size(), false), m_wide(plan.size(), false)
    {
        for (int i = 0; i < plan.size(); ++i) {
            m_closed[i] = i < int(collapsed.size()) && collapsed[i];
            m_wide[i] = !m_closed[i] && options.maxChildrenInRow > 0 &&
                        plan.nodes[i].children.size() > options.maxChildrenInRow;
        }
    }

    Block subtree(int root) const
    {
        const int end = subtreeEnd(m_plan, root), n = end - root + 1;
        // Nodes with children in rows are laid out first, as blocks; the tidy walk then sees each as
        // one big card.
        std::vector<QSizeF> sizes(m_sizes.begin() + root, m_sizes.begin() + end + 1);
        std::vector<bool> cut(n), inside(n, false);
        std::vector<std::pair<int, Block>> packed;
        inside[0] = true;
        for (int v = 0; v < n; ++v) {
            const int g = root + v;
            cut[v] = m_closed[g] || m_wide[g];
            if (v > 0)
                inside[v] = inside[m_plan.nodes[g].parent - root] && !cut[m_plan.nodes[g].parent - root];
            if (!inside[v] || !m_wide[g])
                continue;
            Block rows = inRows(g);
            sizes[v] = QSizeF(std::max(m_sizes[g].width(), rows.size.width()),
                              m_sizes[g].height() + m_options.levelGap + rows.size.height());
            packed.push_back({g, std::move(rows)});
        }
        Walker walker(m_plan, root, end, sizes, cut, m_options.siblingGap);
        walker.firstWalk();
        // Each depth as tall as its tallest card (a block of rows counts as one tall card).
        const int base = m_plan.nodes[root].depth;
        std::vector<double> rowHeight;
        for (int v = 0; v < n; ++v) {
            if (!walker.visible(v))
                continue;
            const size_t d = size_t(m_plan.nodes[root + v].depth - base);
            if (rowHeight.size() <= d)
                rowHeight.resize(d + 1, 0);
            rowHeight[d] = std::max(rowHeight[d], sizes[v].height());
        }
        std::vector<double> rowTop(rowHeight.size(), 0);
        for (size_t d = 1; d < rowHeight.size(); ++d)
            rowTop[d] = rowTop[d - 1] + rowHeight[d - 1] + m_options.levelGap;
        // Second walk: a node's x is its preliminary x plus the modifiers of its ancestors.
        std::vector<double> modSum(n, 0);
        std::vector<QRectF> box(n);
        double minX = std::numeric_limits<double>::max();
        for (int v = 0; v < n; ++v) {
            if (!walker.visible(v))
                continue;
            const double x = walker.prelim[v] + modSum[v];
            for (int c : walker.children()[v])
                modSum[c] = modSum[v] + walker.mod[v];
            box[v] = QRectF(x - sizes[v].width() / 2, rowTop[size_t(m_plan.nodes[root + v].depth - base)], sizes[v].width(),
                            sizes[v].height());
            minX = std::min(minX, box[v].left());
        }
        Block out;
        size_t nextPacked = 0;
        for (int v = 0; v < n; ++v) {
            if (!walker.visible(v))
                continue;
            const int g = root + v;
            const QRectF b = box[v].translated(-minX, 0);
            out.size = out.size.expandedTo(QSizeF(b.right(), b.bottom()));
            if (nextPacked < packed.size() && packed[nextPacked].first == g) {
                // The node's card centred at the top of its box, its rows below.
                const Block &rows = packed[nextPacked++].second;
                out.rects.push_back({g, QRectF(QPointF(b.center().x() - m_sizes[g].width() / 2, b.top()), m_sizes[g])});
                const QPointF origin(b.left(), b.top() + m_sizes[g].height() + m_options.levelGap);
                for (const auto &[child, r] : rows.rects)
                    out.rects.push_back({child, r.translated(origin)});
            } else {
                out.rects.push_back({g, QRectF(QPointF(b.center().x() - m_sizes[g].width() / 2, b.top()), m_sizes[g])});
            }
        }
        return out;
    }

private:
    // The children of a node with too many of them: their subtrees in rows, left aligned after the
    // indent, one row below the other; rows about as wide as the whole is tall, as a screen is.
    Block inRows(int node) const
    {
        std::vector<Block> blocks;
        double area = 0, widest = 0;
        for (int child : m_plan.nodes[node].children) {
            blocks.push_back(subtree(child));
            const QSizeF &size = blocks.back().size;
            area += (size.width() + m_options.siblingGap) * (size.height() + m_options.levelGap);
            widest = std::max(widest, size.width());
        }
        const double rowLimit = std::max({widest, std::sqrt(area * 1.6),
                                          m_options.maxChildrenInRow * (widest + m_options.siblingGap) * 0.5});
        Block out;
        double y = 0, rowWidth = 0, rowHeight = 0;
        for (const Block &b : blocks) {
            if (rowWidth > 0 && rowWidth + m_options.siblingGap + b.size.width() > rowLimit) {
                y += rowHeight + m_options.levelGap;
                rowWidth = rowHeight = 0;
            }
            const QPointF origin(m_options.rowIndent + rowWidth + (rowWidth > 0 ? m_options.siblingGap : 0), y);
            for (const auto &[n, r] : b.rects)
                out.rects.push_back({n, r.translated(origin)});
            rowWidth = origin.x() - m_options.rowIndent + b.size.width();
            rowHeight = std::max(rowHeight, b.size.height());
            out.size = out.size.expandedTo(QSizeF(m_options.rowIndent + rowWidth, y + rowHeight));
        }
        return out;
    }

    const Plan &m_plan;
    const std::vector<QSizeF> &m_sizes;
    TreeLayout::Options m_options;
    std::vector<bool> m_closed, m_wide;
};

} // namespace

std::vector<QRectF> TreeLayout::layout(const Plan &plan, const std::vector<QSizeF> &sizes,
                                       const std::vector<bool> &collapsed, const Options &options)
{
    std::vector<QRectF> out(plan.size());
    if (plan.isEmpty())
        return out;
    const Block all = Layout(plan, sizes, collapsed, options).subtree(0);
    for (const auto &[node, rect] : all.rects)
        out[node] = rect;
    return out;
}

} // namespace strata::explain

#include "explain/ui/PlanScene.h"

#include "NodeCardItem.h"
#include "PlanEdgesItem.h"

#include "explain/ui/HeatScale.h"

#include <explain/TreeLayout.h>
#include <explain/Units.h>

#include <cmath>
#include <limits>

namespace strata::explain::ui {

PlanScene::PlanScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xf3, 0xf5, 0xf7));
    connect(this, &QGraphicsScene::selectionChanged, this, &PlanScene::onSelectionChanged);
}

PlanScene::~PlanScene() = default;

void PlanScene::setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    clear();
    m_items.clear();
    m_edges = nullptr;
    m_plan = std::move(plan);
    m_analysis = std::move(analysis);
    m_changes.clear();
    const int n = m_plan ? m_plan->size() : 0;
    m_collapsed.assign(n, false);
    m_highlighted.assign(n, false);
    if (n == 0)
        return;
    m_metric = m_analysis->defaultMetric();
    // The index is built once, after all items have their place: inserting into a BSP tree item
    // by item as they move would cost more than drawing.
    setItemIndexMethod(NoIndex);
    m_items.reserve(n);
    for (int i = 0; i < n; ++i) {
        auto *item = new NodeCardItem(this, i);
        addItem(item);
        m_items.push_back(item);
    }
    m_edges = new PlanEdgesItem(this);
    addItem(m_edges);
    buildCards();
    recolour();
    relayout();
}

void PlanScene::buildCards()
{
    const Plan &plan = *m_plan;
    const PlanAnalysis &a = *m_analysis;
    m_cards.assign(plan.size(), Card());
    std::vector<int> subtree(plan.size(), 1);
    for (int i = plan.size() - 1; i > 0; --i)
        subtree[plan.nodes[i].parent] += subtree[i];
    for (const Finding &f : a.findings) {
        if (f.node >= 0)
            ++m_cards[f.node].findings;
    }
    const bool changes = !m_changes.empty();
    for (const PlanNode &n : plan.nodes) {
        Card &c = m_cards[n.index];
        const NodeMetrics &m = a.nodes[n.index];
        c.hidden = subtree[n.index] - 1;
        c.number = QStringLiteral("#%1").arg(n.index + 1);
        const bool sqlite = !plan.isPostgres();
        c.title = sqlite ? n.nodeType : n.label();
        c.target = n.target();
        if (c.target.isEmpty()) {
            // What a node without a table works by: its key or condition.
            for (const char *key : {"Sort Key", "Group Key", "Hash Cond", "Merge Cond", "Join Filter", "Cache Key",
                                    "One-Time Filter", "Filter", "Index Cond", "Recheck Cond"}) {
                const QString value = n.text(QLatin1String(key));
                if (!value.isEmpty()) {
                    c.target = QLatin1String(key) + QStringLiteral(": ") + value;
                    break;
                }
            }
        }
        if (!n.subplanName.isEmpty())
            c.target = u'[' + n.subplanName + QStringLiteral("] ") + c.target;
        c.bar = -1;
        if (changes) {
            const double d = m_changes[n.index];
            c.measure = std::isnan(d) ? QStringLiteral("only in this plan") + (a.hasTimes ? QStringLiteral(" · ") + Units::milliseconds(m.exclusiveTime) : QString())
                                      : Units::milliseconds(m.exclusiveTime) + QStringLiteral("  (") + (d >= 0 ? QStringLiteral("+") : QString()) +
                                            Units::milliseconds(d) + u')';
        } else if (a.hasTimes) {
            c.measure = Units::milliseconds(m.exclusiveTime) + QStringLiteral(" · ") + Units::percent(m.timeShare);
            c.bar = m.timeShare;
        } else if (n.hasCosts) {
            const double share = a.totalCost > 0 ? m.exclusiveCost / a.totalCost : 0;
            c.measure = QStringLiteral("cost ") + Units::count(m.exclusiveCost) + QStringLiteral(" · ") + Units::percent(share);
            c.bar = share;
        }
        if (n.hasActuals && n.actualLoops > 0) {
            c.rows = Units::count(m.totalRows) + (std::llround(m.totalRows) == 1 ? QStringLiteral(" row of ") : QStringLiteral(" rows of ")) +
                     Units::count(m.estimatedRows) + QStringLiteral(" est.");
            if (m.misestimateFactor() >= 2)
                c.rows += QStringLiteral("  ") + Units::factor(m.misestimateFactor()) + (m.isUnderEstimate() ? QStringLiteral("× under") : QStringLiteral("× over"));
            c.rowsAlarm = m.misestimateFactor() >= 10;
            if (n.actualLoops > 1)
                c.rows += QStringLiteral(" · %1 loops").arg(Units::count(n.actualLoops));
        } else if (n.isNeverExecuted()) {
            c.rows = QStringLiteral("never executed");
        } else if (n.hasCosts) {
            c.rows = Units::count(n.planRows) + QStringLiteral(" rows est.");
        }
        if (!m.spill.isEmpty())
            c.note = QStringLiteral("spilled ") + Units::kilobytes(m.spilledKb) + QStringLiteral(" to disk");
        else if (m.rowsRemoved > 0)
            c.note = QStringLiteral("removed ") + Units::count(m.rowsRemoved) + QStringLiteral(" rows");
        else if (m.heapFetches > 0)
            c.note = Units::count(m.heapFetches) + QStringLiteral(" heap fetches");
        if (n.hasBuffers && !m.exclusiveBuffers.isZero())
            c.note += (c.note.isEmpty() ? QString() : QStringLiteral(" · ")) + QStringLiteral("buffers hit %1 read %2")
                                                                                   .arg(Units::count(double(m.exclusiveBuffers.hit())),
                                                                                        Units::count(double(m.exclusiveBuffers.read())));
        if (c.note.isEmpty() && n.hasCosts)
            c.note = QStringLiteral("cost %1..%2").arg(n.startupCost, 0, 'f', 2).arg(n.totalCost, 0, 'f', 2);
    }
}

void PlanScene::recolour()
{
    if (!m_plan)
        return;
    const int n = m_plan->size();
    m_heat.assign(n, 0);
    const double maximum = m_analysis->maximum(m_metric);
    for (int i = 0; i < n; ++i)
        m_heat[i] = HeatScale::fraction(m_analysis->value(i, m_metric), maximum, m_metric);
    update();
}

void PlanScene::relayout()
{
    const Plan &plan = *m_plan;
    const int n = plan.size();
    const std::vector<QSizeF> sizes(n, QSizeF(cardWidth, cardHeight + toggleSpace));
    TreeLayout::Options options;
    options.siblingGap = 26;
    options.levelGap = 34;
    options.maxChildrenInRow = maxChildrenInRow;
    options.rowIndent = 32;
    const std::vector<QRectF> rects = TreeLayout::layout(plan, sizes, m_collapsed, options);
    std::vector<PlanEdgesItem::Edge> edges;
    edges.reserve(n);
    const double maxRows = m_analysis->maximum(Metric::Rows);
    m_treeRect = QRectF();
    // Where each node's rows of children start (for nodes with many children).
    std::vector<double> rowsLeft(n, std::numeric_limits<double>::max()), trunkBottom(n, 0);
    for (int i = 1; i < n; ++i) {
        if (!rects[i].isEmpty())
            rowsLeft[plan.nodes[i].parent] = std::min(rowsLeft[plan.nodes[i].parent], rects[i].left());
    }
    for (int i = 0; i < n; ++i) {
        const bool shown = !rects[i].isEmpty();
        m_items[i]->setVisible(shown);
        if (!shown)
            continue;
        m_items[i]->setPos(rects[i].topLeft());
        m_treeRect |= rects[i];
        const PlanNode &node = plan.nodes[i];
        if (node.parent < 0)
            continue;
        const QRectF &p = rects[node.parent];
        // An edge as wide as the rows it carries up, like water in pipes.
        const double rows = m_analysis->nodes[i].totalRows > 0 ? m_analysis->nodes[i].totalRows : node.planRows;
        const double width = 1.5 + 6.0 * (maxRows > 0 ? std::log1p(rows) / std::log1p(std::max(maxRows, rows)) : 0);
        const bool subplan = node.relationship == Relationship::InitPlan || node.relationship == Relationship::SubPlan;
        const QPointF to(rects[i].center().x(), rects[i].top());
        const double bottom = p.top() + cardHeight + toggleSpace - 2, above = rects[i].top() - options.levelGap / 2;
        const QPointF from(p.center().x(), bottom);
        if (plan.nodes[node.parent].children.size() > maxChildrenInRow) {
            // Children in rows hang off a trunk down the left of the rows (drawn once, below);
            // each child's edge is only its short branch, so a screen draws only the branches in it.
            const double trunk = rowsLeft[node.parent] - options.rowIndent / 2;
            edges.push_back({{QPointF(trunk, above), QPointF(to.x(), above), to, to, to, to}, width, subplan});
            trunkBottom[node.parent] = std::max(trunkBottom[node.parent], above);
        } else {
            edges.push_back({{from, QPointF(from.x(), above), QPointF(to.x(), above), to, to, to}, width, subplan});
        }
    }
    for (int i = 0; i < n; ++i) {
        if (trunkBottom[i] <= 0)
            continue;
        const QRectF &p = rects[i];
        const QPointF from(p.center().x(), p.top() + cardHeight + toggleSpace - 2);
        const double firstRow = p.top() + cardHeight + toggleSpace + options.levelGap / 2, trunk = rowsLeft[i] - options.rowIndent / 2;
        edges.push_back({{from, QPointF(from.x(), firstRow), QPointF(trunk, firstRow), QPointF(trunk, trunkBottom[i]),
                          QPointF(trunk, trunkBottom[i]), QPointF(trunk, trunkBottom[i])},
                         3, false});
    }
    m_edges->setEdges(std::move(edges), m_treeRect);
    setSceneRect(m_treeRect.adjusted(-60, -60, 60, 60));
}

void PlanScene::setMetric(Metric metric)
{
    m_metric = metric;
    recolour();
}

void PlanScene::setChanges(const std::vector<double> &changes)
{
    m_changes = changes;
    m_maxChange = 0;
    for (double d : changes) {
        if (!std::isnan(d))
            m_maxChange = std::max(m_maxChange, std::fabs(d));
    }
    if (m_plan) {
        buildCards();
        update();
    }
}

void PlanScene::setCollapsed(int node, bool collapsed)
{
    if (!m_plan || m_collapsed[node] == collapsed || m_plan->nodes[node].children.isEmpty())
        return;
    m_collapsed[node] = collapsed;
    relayout();
}

void PlanScene::expandAll()
{
    std::fill(m_collapsed.begin(), m_collapsed.end(), false);
    if (m_plan)
        relayout();
}

void PlanScene::collapseFromDepth(int depth)
{
    if (!m_plan)
        return;
    for (const PlanNode &n : m_plan->nodes)
        m_collapsed[n.index] = n.depth == depth && !n.children.isEmpty();
    relayout();
}

void PlanScene::selectNode(int node)
{
    if (!m_plan || node < 0 || node >= m_plan->size())
        return;
    nodeRect(node); // shows it
    m_selecting = true;
    clearSelection();
    m_items[node]->setSelected(true);
    m_selecting = false;
    emit nodeSelected(node);
}

int PlanScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *card = dynamic_cast<NodeCardItem *>(item))
            return card->node();
    }
    return -1;
}

void PlanScene::setHighlighted(const QList<int> &nodes)
{
    std::fill(m_highlighted.begin(), m_highlighted.end(), false);
    for (int n : nodes) {
        if (n >= 0 && n < int(m_highlighted.size()))
            m_highlighted[n] = true;
    }
    update();
}

QRectF PlanScene::nodeRect(int node)
{
    bool hidden = false;
    for (int p = m_plan->nodes[node].parent; p >= 0; p = m_plan->nodes[p].parent) {
        if (m_collapsed[p]) {
            m_collapsed[p] = false;
            hidden = true;
        }
    }
    if (hidden)
        relayout();
    return QRectF(m_items[node]->pos(), QSizeF(cardWidth, cardHeight));
}

void PlanScene::onSelectionChanged()
{
    if (m_selecting)
        return;
    const int node = selectedNode();
    if (node >= 0)
        emit nodeSelected(node);
}

} // namespace strata::explain::ui

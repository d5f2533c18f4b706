#include "explain/PlanComparison.h"

#include <QHash>

namespace strata::explain {

namespace {

// Operations that do the same job under another name match each other ("Hash Join" before,
// "Merge Join" after).
QString family(const PlanNode &n)
{
    const QString &t = n.nodeType;
    if (t == u"Nested Loop" || t == u"Hash Join" || t == u"Merge Join")
        return QStringLiteral("join");
    if (t.endsWith(u"Scan") || t == u"Search" || t == u"Scan")
        return QStringLiteral("scan");
    if (t == u"Sort" || t == u"Incremental Sort")
        return QStringLiteral("sort");
    if (t == u"Aggregate" || t == u"Group")
        return QStringLiteral("aggregate");
    if (t == u"Materialize" || t == u"Memoize")
        return QStringLiteral("cache");
    if (t == u"Append" || t == u"Merge Append")
        return QStringLiteral("append");
    if (t == u"Gather" || t == u"Gather Merge")
        return QStringLiteral("gather");
    return t;
}

QString scanKey(const PlanNode &n)
{
    QString object = n.relationName;
    if (object.isEmpty())
        object = !n.cteName.isEmpty() ? QStringLiteral("cte:") + n.cteName : n.functionName;
    if (object.isEmpty())
        return {};
    return n.schema + u'.' + object + u'|' + n.alias;
}

class Matcher
{
public:
    Matcher(const Plan &before, const Plan &after) : b(before), a(after), bOf(after.size(), -1), aOf(before.size(), -1) {}

    void run()
    {
        matchScans();
        matchAncestors();
        matchByPosition();
    }

    const Plan &b, &a;
    std::vector<int> bOf, aOf;

private:
    void pair(int before, int after)
    {
        bOf[after] = before;
        aOf[before] = after;
    }

    void matchScans()
    {
        QHash<QString, QList<int>> beforeScans;
        for (const PlanNode &n : b.nodes) {
            const QString key = scanKey(n);
            if (!key.isEmpty())
                beforeScans[key].append(n.index);
        }
        for (const PlanNode &n : a.nodes) {
            QList<int> &candidates = beforeScans[scanKey(n)];
            if (!scanKey(n).isEmpty() && !candidates.isEmpty())
                pair(candidates.takeFirst(), n.index);
        }
    }

    int lowestCommonAncestor(int x, int y) const
    {
        while (x != y) {
            if (b.nodes[x].depth >= b.nodes[y].depth)
                x = b.nodes[x].parent;
            else
                y = b.nodes[y].parent;
            if (x < 0 || y < 0)
                return -1;
        }
        return x;
    }

    // An operation matches the one that combines the same matched nodes below it.
    void matchAncestors()
    {
        std::vector<int> anchor(a.size(), -2); // -2: no matched node below yet
        for (int i = a.size() - 1; i >= 0; --i) {
            const PlanNode &n = a.nodes[i];
            int lca = -2;
            for (int c : n.children) {
                const int below = bOf[c] >= 0 ? bOf[c] : anchor[c];
                if (below < 0)
                    continue;
                lca = lca == -2 ? below : lowestCommonAncestor(lca, below);
                if (lca < 0)
                    break;
            }
            anchor[i] = lca;
            if (bOf[i] >= 0 || lca < 0)
                continue;
            // The lowest common ancestor, or one of its ancestors, that does the same job.
            for (int candidate = lca; candidate >= 0; candidate = b.nodes[candidate].parent) {
                if (aOf[candidate] >= 0)
                    continue;
                if (family(b.nodes[candidate]) == family(n)) {
                    bool covers = true;
                    for (int c : n.children) {
                        const int below = bOf[c] >= 0 ? bOf[c] : anchor[c];
                        covers = covers && (below < 0 || (b.isWithin(below, candidate) && below != candidate));
                    }
                    if (covers) {
                        pair(candidate, i);
                        anchor[i] = candidate;
                    }
                    break;
                }
            }
        }
    }

    // What is left: the roots, then children under matched parents, in order, by kind.
    void matchByPosition()
    {
        if (!b.isEmpty() && !a.isEmpty() && bOf[0] < 0 && aOf[0] < 0)
            pair(0, 0);
        for (const PlanNode &n : a.nodes) {
            const int p = bOf[n.index];
            if (p < 0)
                continue;
            for (int c : n.children) {
                if (bOf[c] >= 0)
                    continue;
                for (bool exact : {true, false}) {
                    int found = -1;
                    for (int d : b.nodes[p].children) {
                        if (aOf[d] < 0 && (exact ? b.nodes[d].nodeType == a.nodes[c].nodeType
                                                 : family(b.nodes[d]) == family(a.nodes[c]))) {
                            found = d;
                            break;
                        }
                    }
                    if (found >= 0) {
                        pair(found, c);
                        break;
                    }
                }
            }
        }
    }
};

PlanTotals totalsOf(const Plan &plan, const PlanAnalysis &a)
{
    PlanTotals t;
    if (plan.isEmpty())
        return t;
    t.executionTime = plan.executionTime().value_or(a.totalTime);
    t.planningTime = plan.planningTime().value_or(0);
    t.totalCost = plan.root().totalCost;
    t.rows = a.nodes[0].totalRows;
    t.buffers = plan.root().buffers;
    return t;
}

} // namespace

PlanComparison PlanComparison::compare(const Plan &before, const PlanAnalysis &beforeAnalysis, const Plan &after,
                                       const PlanAnalysis &afterAnalysis)
{
    PlanComparison c(beforeAnalysis, afterAnalysis);
    Matcher m(before, after);
    m.run();
    c.afterOfBefore = m.aOf;
    c.beforeOfAfter = m.bOf;
    for (int i = 0; i < after.size(); ++i)
        c.pairs.append({m.bOf[i], i});
    for (int i = 0; i < before.size(); ++i) {
        if (m.aOf[i] < 0)
            c.pairs.append({i, -1});
    }
    c.beforeTotals = totalsOf(before, beforeAnalysis);
    c.afterTotals = totalsOf(after, afterAnalysis);
    // The execution time is the summary's, else the root's (totalsOf): known with either.
    auto timed = [](const Plan &p) { return p.executionTime().has_value() || p.hasTimes(); };
    c.measured = {timed(before) && timed(after), before.planningTime() && after.planningTime(),
                  before.hasTimes() && after.hasTimes(), before.hasActuals() && after.hasActuals(),
                  before.hasCosts() && after.hasCosts(), before.hasBuffers() && after.hasBuffers()};
    return c;
}

double PlanComparison::timeDelta(const NodePair &p) const
{
    return (p.after >= 0 ? m_after.nodes[p.after].exclusiveTime : 0) - (p.before >= 0 ? m_before.nodes[p.before].exclusiveTime : 0);
}

double PlanComparison::rowsDelta(const NodePair &p) const
{
    return (p.after >= 0 ? m_after.nodes[p.after].totalRows : 0) - (p.before >= 0 ? m_before.nodes[p.before].totalRows : 0);
}

double PlanComparison::buffersDelta(const NodePair &p) const
{
    return double((p.after >= 0 ? m_after.nodes[p.after].exclusiveBuffers.total() : 0) -
                  (p.before >= 0 ? m_before.nodes[p.before].exclusiveBuffers.total() : 0));
}

} // namespace strata::explain

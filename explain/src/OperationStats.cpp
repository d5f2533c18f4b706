#include "explain/OperationStats.h"

#include <QHash>

#include <algorithm>

namespace strata::explain {

QList<OperationStat> OperationStats::of(const Plan &plan, const PlanAnalysis &analysis)
{
    QList<OperationStat> out;
    QHash<QString, int> index;
    for (const PlanNode &n : plan.nodes) {
        QString object = n.relationName;
        if (object.isEmpty())
            object = !n.indexName.isEmpty() ? n.indexName : !n.cteName.isEmpty() ? n.cteName : n.functionName;
        const QString operation = plan.isPostgres() ? n.label() : n.nodeType;
        const QString key = operation + u'\n' + object;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, int(out.size()));
            out.append({operation, object, 0, 0, 0, 0, 0, 0, {}});
        }
        OperationStat &s = out[*it];
        const NodeMetrics &m = analysis.nodes[n.index];
        ++s.count;
        s.time += m.exclusiveTime;
        s.share += m.timeShare;
        s.rows += m.totalRows;
        s.cost += m.exclusiveCost;
        s.blocks += m.exclusiveBuffers.total();
        s.nodes << n.index;
    }
    const bool timed = analysis.hasTimes;
    std::stable_sort(out.begin(), out.end(), [timed](const OperationStat &a, const OperationStat &b) {
        return timed ? a.time > b.time : a.cost > b.cost;
    });
    return out;
}

} // namespace strata::explain

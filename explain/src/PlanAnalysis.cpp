#include "explain/PlanAnalysis.h"

#include "explain/PlanAdvisor.h"
#include "explain/Units.h"

#include "Attribution.h"

#include <strata/TaskControl.h>

#include <QJsonArray>

#include <algorithm>

namespace strata::explain {

namespace {

// Processes sharing each node's work: under Gather or Gather Merge, as many as ran its child (the
// leader and the workers launched); 1 elsewhere.
std::vector<int> processesPerNode(const Plan &plan)
{
    std::vector<int> out(plan.size(), 1);
    for (const PlanNode &n : plan.nodes) {
        if (n.parent < 0)
            continue;
        const PlanNode &p = plan.nodes[n.parent];
        const bool gathered = (p.nodeType == u"Gather" || p.nodeType == u"Gather Merge") &&
                              n.relationship != Relationship::InitPlan && n.hasActuals && p.hasActuals;
        out[n.index] = gathered ? std::max(1, int(n.actualLoops / std::max(1.0, p.actualLoops) + 0.5)) : out[n.parent];
    }
    return out;
}

void describeSpill(const PlanNode &n, NodeMetrics &m)
{
    auto add = [&](double kb, const QString &what) {
        m.spilledKb += kb;
        m.spill += (m.spill.isEmpty() ? QString() : QStringLiteral("; ")) + what;
    };
    if (n.sortSpaceType == u"Disk")
        add(n.sortSpaceUsed, QStringLiteral("sort (%1) wrote %2 to disk").arg(n.sortMethod, Units::kilobytes(n.sortSpaceUsed)));
    for (const QJsonValue &w : n.fields.value(QLatin1String("Workers")).toArray()) {
        const QJsonObject o = w.toObject();
        if (o.value(QLatin1String("Sort Space Type")).toString() == u"Disk")
            add(o.value(QLatin1String("Sort Space Used")).toDouble(),
                QStringLiteral("worker %1 sort wrote %2 to disk")
                    .arg(o.value(QLatin1String("Worker Number")).toInt())
                    .arg(Units::kilobytes(o.value(QLatin1String("Sort Space Used")).toDouble())));
    }
    if (n.hashBatches > 1)
        add(n.hasBuffers ? double(n.buffers.tempWritten) * 8 : n.peakMemory * (n.hashBatches - 1),
            QStringLiteral("hash table split into %1 batches of up to %2 (the planner expected %3)")
                .arg(n.hashBatches).arg(Units::kilobytes(n.peakMemory)).arg(n.originalHashBatches));
    if (n.hashAggBatches > 1 || n.diskUsage > 0)
        add(n.diskUsage, QStringLiteral("hash aggregate used %1 batches and %2 of disk").arg(n.hashAggBatches).arg(Units::kilobytes(n.diskUsage)));
    for (const char *group : {"Full-sort Groups", "Pre-sorted Groups"}) {
        const QJsonObject disk = n.fields.value(QLatin1String(group)).toObject().value(QLatin1String("Sort Space Disk")).toObject();
        if (!disk.isEmpty())
            add(disk.value(QLatin1String("Peak Sort Space Used")).toDouble(),
                QStringLiteral("incremental sort wrote up to %1 to disk").arg(Units::kilobytes(disk.value(QLatin1String("Peak Sort Space Used")).toDouble())));
    }
}

std::vector<double> bufferCounter(const Plan &plan, qint64 BufferCounts::*counter)
{
    std::vector<double> out(plan.size());
    for (const PlanNode &n : plan.nodes)
        out[n.index] = double(n.buffers.*counter);
    return out;
}

} // namespace

PlanAnalysis PlanAnalysis::of(const Plan &plan, TaskControl *control)
{
    PlanAnalysis a;
    const int n = plan.size();
    a.nodes.resize(n);
    if (n == 0)
        return a;
    a.hasTimes = plan.hasTimes();
    const std::vector<int> processes = processesPerNode(plan);
    std::vector<double> time(n), io(n);
    for (const PlanNode &node : plan.nodes) {
        NodeMetrics &m = a.nodes[node.index];
        m.processes = processes[node.index];
        time[node.index] = node.hasTimes ? node.actualTotalTime * node.actualLoops / m.processes : 0;
        io[node.index] = node.ioReadTime + node.ioWriteTime;
        m.inclusiveTime = time[node.index];
        m.ioTime = io[node.index];
        m.buffers = node.buffers;
        if (node.hasActuals) {
            m.totalRows = node.totalRows();
            m.estimatedRows = node.planRows * std::max(1.0, node.actualLoops);
            if (m.processes > 1) {
                // A parallel node's estimate is per process, with the leader counted as part of one
                // (PostgreSQL's parallel divisor): the total is the estimate times that divisor.
                const double workers = m.processes - 1;
                const double divisor = workers + std::max(0.0, 1.0 - 0.3 * workers);
                m.estimatedRows = node.planRows * divisor * std::max(1.0, node.actualLoops / m.processes);
            }
            if (node.hasCosts && node.actualLoops > 0)
                m.misestimate = std::max(1.0, node.actualRows) / std::max(1.0, node.planRows);
        }
        m.rowsRemoved = (node.rowsRemovedByFilter + node.rowsRemovedByJoinFilter + node.rowsRemovedByIndexRecheck) *
                        std::max(1.0, node.actualLoops);
        m.heapFetches = node.heapFetches;
        double childCost = 0;
        for (int c : node.children) {
            if (plan.nodes[c].relationship != Relationship::InitPlan)
                childCost += plan.nodes[c].totalCost;
        }
        m.exclusiveCost = std::max(0.0, node.totalCost - childCost);
        describeSpill(node, m);
    }
    if (TaskControl::cancelled(control))
        return a;
    const Attribution attribution(plan);
    const std::vector<double> ownTime = attribution.exclusive(time);
    const std::vector<double> ownIo = attribution.exclusive(io);
    qint64 BufferCounts::*const counters[] = {&BufferCounts::sharedHit,    &BufferCounts::sharedRead,   &BufferCounts::sharedDirtied,
                                              &BufferCounts::sharedWritten, &BufferCounts::localHit,     &BufferCounts::localRead,
                                              &BufferCounts::localDirtied,  &BufferCounts::localWritten, &BufferCounts::tempRead,
                                              &BufferCounts::tempWritten};
    if (plan.hasBuffers()) {
        for (qint64 BufferCounts::*counter : counters) {
            const std::vector<double> own = attribution.exclusive(bufferCounter(plan, counter));
            for (int k = 0; k < n; ++k)
                a.nodes[k].exclusiveBuffers.*counter = qint64(own[k] + 0.5);
        }
    }
    a.totalTime = time[0];
    a.totalCost = plan.root().totalCost;
    a.totalBuffers = plan.root().buffers;
    for (int k = 0; k < n; ++k) {
        NodeMetrics &m = a.nodes[k];
        m.exclusiveTime = ownTime[k];
        m.exclusiveIoTime = ownIo[k];
        m.timeShare = a.totalTime > 0 ? ownTime[k] / a.totalTime : 0;
    }
    a.findings = PlanAdvisor::findings(plan, a);
    return a;
}

double PlanAnalysis::value(int node, Metric metric) const
{
    const NodeMetrics &m = nodes[node];
    switch (metric) {
    case Metric::Time: return m.exclusiveTime;
    case Metric::Rows: return m.totalRows;
    case Metric::Cost: return m.exclusiveCost;
    case Metric::Buffers: return double(m.exclusiveBuffers.total());
    case Metric::Misestimate: return m.misestimateFactor();
    }
    return 0;
}

double PlanAnalysis::maximum(Metric metric) const
{
    double best = 0;
    for (int i = 0; i < nodes.size(); ++i)
        best = std::max(best, value(i, metric));
    return best;
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Time: return QStringLiteral("time");
    case Metric::Rows: return QStringLiteral("rows");
    case Metric::Cost: return QStringLiteral("cost");
    case Metric::Buffers: return QStringLiteral("buffers");
    case Metric::Misestimate: return QStringLiteral("misestimate");
    }
    return {};
}

bool metricFromName(const QString &name, Metric *metric)
{
    for (Metric m : {Metric::Time, Metric::Rows, Metric::Cost, Metric::Buffers, Metric::Misestimate}) {
        if (metricName(m) == name) {
            *metric = m;
            return true;
        }
    }
    return false;
}

} // namespace strata::explain

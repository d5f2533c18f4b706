#include "explain/ui/PlanTableModel.h"

#include "explain/ui/HeatScale.h"

#include <explain/PlanTextReport.h>
#include <explain/Units.h>

#include <QFont>

namespace strata::explain::ui {

PlanTableModel::PlanTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanTableModel::setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_analysis = std::move(analysis);
    m_prefixes = m_plan ? PlanTextReport::treePrefixes(*m_plan) : QStringList();
    m_maxTime = m_analysis ? m_analysis->maximum(m_analysis->defaultMetric()) : 0;
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : m_plan->size();
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[] = {"#", "Node", "Exclusive", "%", "Inclusive", "Rows", "Estimated", "Off by", "Loops",
                                        "Buffers (hit/read)", "Cost"};
    return QString::fromLatin1(names[section]);
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid())
        return {};
    const PlanNode &n = m_plan->nodes[index.row()];
    const NodeMetrics &m = m_analysis->nodes[index.row()];
    const bool timed = m_analysis->hasTimes;
    if (role == NodeRole)
        return n.index;
    if (role == SortRole) {
        switch (index.column()) {
        case Number: return n.index;
        case Node: return n.title();
        case Exclusive:
        case Share: return timed ? m.exclusiveTime : m.exclusiveCost;
        case Inclusive: return m.inclusiveTime;
        case Rows: return m.totalRows;
        case Estimated: return m.estimatedRows;
        case Misestimate: return m.misestimateFactor();
        case Loops: return n.actualLoops;
        case Buffers: return double(m.exclusiveBuffers.hit() + m.exclusiveBuffers.read());
        case Cost: return n.totalCost;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return n.index + 1;
        case Node: return m_prefixes[n.index] + PlanTextReport::nodeLine(n);
        case Exclusive: return timed ? Units::milliseconds(m.exclusiveTime) : QString::number(m.exclusiveCost, 'f', 2);
        case Share: return Units::percent(timed ? m.timeShare : (m_analysis->totalCost > 0 ? m.exclusiveCost / m_analysis->totalCost : 0));
        case Inclusive: return timed ? Units::milliseconds(m.inclusiveTime) : QString();
        case Rows: return n.hasActuals ? Units::count(m.totalRows) : QString();
        case Estimated: return n.hasCosts ? Units::count(n.hasActuals ? m.estimatedRows : n.planRows) : QString();
        case Misestimate:
            return m.misestimateFactor() >= 2 ? Units::factor(m.misestimateFactor()) + (m.isUnderEstimate() ? QStringLiteral("× under") : QStringLiteral("× over"))
                                              : QString();
        case Loops: return n.hasActuals ? Units::count(n.actualLoops) : QString();
        case Buffers:
            return n.hasBuffers ? QStringLiteral("%1 / %2").arg(Units::count(double(m.exclusiveBuffers.hit())), Units::count(double(m.exclusiveBuffers.read())))
                                : QString();
        case Cost: return n.hasCosts ? QString::number(n.totalCost, 'f', 2) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Node)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && (index.column() == Exclusive || index.column() == Share)) {
        const Metric metric = m_analysis->defaultMetric();
        return HeatScale::fill(HeatScale::fraction(m_analysis->value(n.index, metric), m_maxTime, metric));
    }
    if (role == Qt::BackgroundRole && index.column() == Misestimate && m.misestimateFactor() >= 10)
        return HeatScale::fill(HeatScale::fraction(m.misestimateFactor(), 0, Metric::Misestimate));
    if (role == Qt::ToolTipRole && index.column() == Node)
        return n.title();
    return {};
}

} // namespace strata::explain::ui

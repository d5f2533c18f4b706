#include "explain/ui/NodeDetailsView.h"

#include <explain/FieldOrder.h>
#include <explain/PlanTextReport.h>
#include <explain/Units.h>

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace strata::explain::ui {

namespace {

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 1e15 ? Units::count(d) : QString::number(d, 'g', 12);
    }
    if (v.isNull())
        return QStringLiteral("null");
    return {};
}

void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString &k : FieldOrder::sorted(o.keys()))
            addValue(item, k, o.value(k));
        item->setExpanded(true);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        bool scalars = true;
        QStringList parts;
        for (const QJsonValue &v : a) {
            scalars = scalars && !v.isObject() && !v.isArray();
            parts << scalarText(v);
        }
        if (scalars) {
            item->setText(1, parts.join(QStringLiteral(", ")));
            item->setToolTip(1, parts.join(u'\n'));
        } else {
            for (qsizetype i = 0; i < a.size(); ++i)
                addValue(item, QStringLiteral("[%1]").arg(i), a[i]);
            item->setExpanded(true);
        }
    } else {
        item->setText(1, scalarText(value));
        item->setToolTip(1, scalarText(value));
    }
}

} // namespace

NodeDetailsView::NodeDetailsView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void NodeDetailsView::setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    m_plan = std::move(plan);
    m_analysis = std::move(analysis);
    showSummary();
}

QTreeWidgetItem *NodeDetailsView::addSection(const QString &title)
{
    auto *section = new QTreeWidgetItem(this, {title});
    QFont bold = font();
    bold.setBold(true);
    section->setFont(0, bold);
    section->setFirstColumnSpanned(true);
    section->setExpanded(true);
    return section;
}

void NodeDetailsView::showSummary()
{
    clear();
    m_node = -1;
    if (!m_plan)
        return;
    QTreeWidgetItem *plan = addSection(tr("Plan"));
    new QTreeWidgetItem(plan, {tr("Nodes"), Units::count(m_plan->size())});
    if (m_analysis && m_analysis->hasTimes)
        new QTreeWidgetItem(plan, {tr("Root's total time"), Units::milliseconds(m_analysis->totalTime)});
    for (const QString &k : FieldOrder::sorted(m_plan->summary.keys()))
        addValue(plan, k, m_plan->summary.value(k));
    for (const Diagnostic &note : m_plan->notes)
        new QTreeWidgetItem(plan, {tr("Note"), note.toString()});
}

void NodeDetailsView::addMeasures(const PlanNode &n, const NodeMetrics &m)
{
    QTreeWidgetItem *measures = addSection(tr("Measured"));
    auto row = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            new QTreeWidgetItem(measures, {name, value});
    };
    if (m_analysis->hasTimes) {
        row(tr("Exclusive time"), Units::milliseconds(m.exclusiveTime) + QStringLiteral(" (") + Units::percent(m.timeShare) + u')');
        row(tr("Inclusive time"), Units::milliseconds(m.inclusiveTime));
        if (m.processes > 1)
            row(tr("Parallel processes"), QString::number(m.processes));
    }
    row(tr("Exclusive cost"), n.hasCosts ? QString::number(m.exclusiveCost, 'f', 2) : QString());
    if (n.hasActuals) {
        row(tr("Rows"), Units::count(m.totalRows) + tr(" (%1 per loop × %2 loops)").arg(Units::count(n.actualRows), Units::count(n.actualLoops)));
        row(tr("Estimated rows"), Units::count(m.estimatedRows));
        if (m.misestimateFactor() >= 1.05)
            row(tr("Misestimate"), Units::factor(m.misestimateFactor()) + (m.isUnderEstimate() ? tr("× under-estimated") : tr("× over-estimated")));
    }
    row(tr("Rows removed"), m.rowsRemoved > 0 ? Units::count(m.rowsRemoved) : QString());
    row(tr("Heap fetches"), m.heapFetches > 0 ? Units::count(m.heapFetches) : QString());
    if (n.hasBuffers) {
        row(tr("Buffers, this node"), tr("hit %1, read %2, dirtied %3, written %4")
                                          .arg(Units::count(double(m.exclusiveBuffers.hit())), Units::count(double(m.exclusiveBuffers.read())),
                                               Units::count(double(m.exclusiveBuffers.dirtied())), Units::count(double(m.exclusiveBuffers.written()))));
        row(tr("Buffers, with children"), tr("hit %1, read %2").arg(Units::count(double(m.buffers.hit())), Units::count(double(m.buffers.read()))));
    }
    row(tr("I/O time"), m.ioTime > 0 ? Units::milliseconds(m.exclusiveIoTime) + tr(" (with children %1)").arg(Units::milliseconds(m.ioTime)) : QString());
    row(tr("Spilled to disk"), m.spill);
    for (const Finding &f : m_analysis->findings) {
        if (f.node == n.index)
            row(tr("Finding"), f.diagnostic.message + QStringLiteral(" — ") + f.diagnostic.hint);
    }
}

void NodeDetailsView::showNode(int node)
{
    if (!m_plan || node < 0 || node >= m_plan->size()) {
        showSummary();
        return;
    }
    clear();
    m_node = node;
    const PlanNode &n = m_plan->nodes[node];
    QTreeWidgetItem *title = addSection(QStringLiteral("#%1  %2").arg(node + 1).arg(PlanTextReport::nodeLine(n)));
    title->setToolTip(0, PlanTextReport::nodeLine(n));
    addMeasures(n, m_analysis->nodes[node]);
    QTreeWidgetItem *fields = addSection(tr("Reported by the database"));
    for (const QString &k : FieldOrder::sorted(n.fields.keys()))
        addValue(fields, k, n.fields.value(k));
}

void NodeDetailsView::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // Long conditions wrap: row heights follow the width of the value column.
    scheduleDelayedItemsLayout();
}

QString NodeDetailsView::valueOf(const QString &name) const
{
    const QList<QTreeWidgetItem *> found = findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

} // namespace strata::explain::ui

#include "explain/PlanTextReport.h"

#include "explain/Units.h"

#include <QTextStream>

namespace strata::explain {

namespace {

QString sourceLabel(const Plan &plan)
{
    switch (plan.source) {
    case PlanSource::PostgresJson: return QStringLiteral("PostgreSQL plan (JSON)");
    case PlanSource::PostgresText: return QStringLiteral("PostgreSQL plan (text)");
    case PlanSource::SqliteRows:
    case PlanSource::SqliteText: return QStringLiteral("SQLite query plan");
    }
    return {};
}

QString headline(const Plan &plan, const PlanAnalysis &a)
{
    QString out = sourceLabel(plan);
    if (!plan.sourceName.isEmpty())
        out += QStringLiteral(" from ") + plan.sourceName;
    out += QStringLiteral(": %1 nodes").arg(plan.size());
    if (const auto t = plan.executionTime())
        out += QStringLiteral(", execution ") + Units::milliseconds(*t);
    else if (a.hasTimes)
        out += QStringLiteral(", ") + Units::milliseconds(a.totalTime);
    if (const auto t = plan.planningTime())
        out += QStringLiteral(", planning ") + Units::milliseconds(*t);
    if (plan.isPostgres() && !plan.hasActuals())
        out += QStringLiteral(" (estimates only: run EXPLAIN ANALYZE for actual times and rows)");
    return out;
}

// A short note of what stands out in a node: rows thrown away, spills, heap fetches.
QString remarks(const PlanNode &n, const NodeMetrics &m)
{
    QStringList out;
    if (m.rowsRemoved > 0)
        out << QStringLiteral("removed %1 rows").arg(Units::count(m.rowsRemoved));
    if (!m.spill.isEmpty())
        out << m.spill;
    if (m.heapFetches > 0)
        out << QStringLiteral("%1 heap fetches").arg(Units::count(m.heapFetches));
    if (n.isNeverExecuted())
        out << QStringLiteral("never executed");
    return out.isEmpty() ? QString() : QStringLiteral("  [") + out.join(QStringLiteral("; ")) + u']';
}

QString estimate(const PlanNode &n, const NodeMetrics &m)
{
    if (!n.hasActuals || n.actualLoops <= 0 || m.misestimateFactor() < 2)
        return {};
    return Units::factor(m.misestimateFactor()) + (m.isUnderEstimate() ? QStringLiteral("× under") : QStringLiteral("× over"));
}

} // namespace

QString PlanTextReport::nodeLine(const PlanNode &node)
{
    if (node.relationship == Relationship::InitPlan || node.relationship == Relationship::SubPlan)
        return u'[' + node.subplanName + QStringLiteral("] ") + node.title();
    return node.title();
}

QStringList PlanTextReport::treePrefixes(const Plan &plan)
{
    // For each node: the bars of its ancestors that have siblings still to come, then its own branch.
    QStringList out(plan.size());
    QList<QString> continuation(plan.size());
    for (const PlanNode &n : plan.nodes) {
        if (n.parent < 0)
            continue;
        const PlanNode &p = plan.nodes[n.parent];
        const bool last = p.children.back() == n.index;
        out[n.index] = continuation[n.parent] + (last ? QStringLiteral("└─ ") : QStringLiteral("├─ "));
        continuation[n.index] = continuation[n.parent] + (last ? QStringLiteral("   ") : QStringLiteral("│  "));
    }
    return out;
}

QString PlanTextReport::render(const Plan &plan, const PlanAnalysis &a)
{
    QString text;
    QTextStream out(&text);
    out << headline(plan, a) << "\n\n";
    const QStringList prefixes = treePrefixes(plan);
    const bool timed = a.hasTimes, actual = plan.hasActuals(), buffers = plan.hasBuffers();
    if (!plan.isPostgres()) {
        for (const PlanNode &n : plan.nodes)
            out << QStringLiteral("%1  ").arg(n.index + 1, 4) << prefixes[n.index] << nodeLine(n) << '\n';
    } else {
        out << "   #" << (timed ? "   exclusive      %" : "  excl.cost      %") << (actual ? "        rows   estimated   off by       loops" : "   est.rows")
            << (buffers ? "   buffers(hit/read)" : "") << "  node\n";
        for (const PlanNode &n : plan.nodes) {
            const NodeMetrics &m = a.nodes[n.index];
            out << QStringLiteral("%1").arg(n.index + 1, 4);
            if (timed)
                out << QStringLiteral("%1 %2").arg(Units::milliseconds(m.exclusiveTime), 12).arg(Units::percent(m.timeShare), 6);
            else
                out << QStringLiteral("%1 %2").arg(QString::number(m.exclusiveCost, 'f', 2), 12)
                           .arg(Units::percent(a.totalCost > 0 ? m.exclusiveCost / a.totalCost : 0), 6);
            if (actual)
                out << QStringLiteral("%1  %2  %3  %4")
                           .arg(Units::count(m.totalRows), 10)
                           .arg(Units::count(m.estimatedRows), 10)
                           .arg(estimate(n, m), 10)
                           .arg(Units::count(n.actualLoops), 10);
            else
                out << QStringLiteral("%1").arg(Units::count(n.planRows), 11);
            if (buffers)
                out << QStringLiteral("%1").arg(QStringLiteral("%1/%2").arg(Units::count(double(m.exclusiveBuffers.hit())),
                                                                             Units::count(double(m.exclusiveBuffers.read()))), 20);
            out << "  " << prefixes[n.index] << nodeLine(n) << remarks(n, m) << '\n';
        }
        if (timed)
            out << "\nExclusive times are the time spent in each node itself; they add up to the root's "
                << Units::milliseconds(a.totalTime) << ".\n";
    }
    out << '\n';
    if (a.findings.isEmpty()) {
        out << "No findings.\n";
    } else {
        out << "Findings, most costly first:\n";
        int i = 1;
        for (const Finding &f : a.findings) {
            out << QStringLiteral("%1. ").arg(i++, 2) << severityName(f.diagnostic.severity) << " at "
                << (f.node >= 0 ? QStringLiteral("#%1").arg(f.node + 1) : QStringLiteral("plan")) << ": "
                << f.diagnostic.message << '\n';
            if (!f.diagnostic.hint.isEmpty())
                out << "    -> " << f.diagnostic.hint << '\n';
        }
    }
    for (const Diagnostic &d : plan.notes)
        out << "note: " << d.toString() << '\n';
    return text;
}

QString PlanTextReport::renderComparison(const Plan &before, const Plan &after, const PlanComparison &c)
{
    QString text;
    QTextStream out(&text);
    auto change = [](double b, double a, const QString &unit) {
        const double pct = b > 0 ? (a - b) / b * 100 : 0;
        return QStringLiteral("%1 -> %2%3 (%4%5%)").arg(QString::number(b, 'f', 3), QString::number(a, 'f', 3),
                                                          unit.isEmpty() ? QString() : u' ' + unit,
                                                          a >= b ? QStringLiteral("+") : QString(), QString::number(pct, 'f', 1));
    };
    out << "Before: " << headline(before, c.beforeAnalysis()) << '\n';
    out << "After:  " << headline(after, c.afterAnalysis()) << "\n\n";
    const PlanMeasures &m = c.measured;
    if (m.executionTime)
        out << "Execution time  " << change(c.beforeTotals.executionTime, c.afterTotals.executionTime, QStringLiteral("ms")) << '\n';
    if (m.planningTime)
        out << "Planning time   " << change(c.beforeTotals.planningTime, c.afterTotals.planningTime, QStringLiteral("ms")) << '\n';
    if (m.costs)
        out << "Total cost      " << change(c.beforeTotals.totalCost, c.afterTotals.totalCost, QString()) << '\n';
    if (m.actuals)
        out << "Rows returned   " << Units::count(c.beforeTotals.rows) << " -> " << Units::count(c.afterTotals.rows) << '\n';
    if (m.buffers)
        out << "Buffers         " << Units::count(double(c.beforeTotals.buffers.total())) << " -> "
            << Units::count(double(c.afterTotals.buffers.total())) << '\n';
    if (!m.times && !m.actuals && !m.costs)
        out << "Neither plan was measured (no ANALYZE, no costs): the steps are compared, not their numbers.\n";
    out << '\n' << "  before  after" << (m.times ? "   time change" : "") << (m.actuals ? "    rows change" : "")
        << (m.buffers ? "  buffers change" : "") << "  node (after / before)\n";
    for (const NodePair &p : c.pairs) {
        const QString title = p.after >= 0 ? nodeLine(after.nodes[p.after]) : nodeLine(before.nodes[p.before]);
        QString was;
        if (p.after >= 0 && p.before >= 0 && before.nodes[p.before].title() != after.nodes[p.after].title())
            was = QStringLiteral("  (was ") + before.nodes[p.before].title() + u')';
        else if (p.after < 0)
            was = QStringLiteral("  (only before)");
        else if (p.before < 0)
            was = QStringLiteral("  (new)");
        const double dt = c.timeDelta(p);
        out << QStringLiteral("%1  %2  ")
                   .arg(p.before >= 0 ? QString::number(p.before + 1) : QStringLiteral("-"), 6)
                   .arg(p.after >= 0 ? QString::number(p.after + 1) : QStringLiteral("-"), 5);
        if (m.times)
            out << QStringLiteral("%1  ").arg((dt >= 0 ? QStringLiteral("+") : QString()) + Units::milliseconds(dt), 13);
        if (m.actuals)
            out << QStringLiteral("%1  ").arg((c.rowsDelta(p) >= 0 ? QStringLiteral("+") : QString()) + Units::count(c.rowsDelta(p)), 13);
        if (m.buffers)
            out << QStringLiteral("%1  ").arg((c.buffersDelta(p) >= 0 ? QStringLiteral("+") : QString()) + Units::count(c.buffersDelta(p)), 14);
        out << title << was << '\n';
    }
    return text;
}

} // namespace strata::explain

#include "explain/PlanAdvisor.h"

#include "explain/PlanAnalysis.h"
#include "explain/Units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace strata::explain {

namespace {

QString count(double v)
{
    return Units::count(v);
}

QString ms(double v)
{
    return Units::milliseconds(v);
}

QString factor(double v)
{
    return Units::factor(v);
}

QString rows(double v)
{
    return Units::count(v) + (std::llround(v) == 1 ? QStringLiteral(" row") : QStringLiteral(" rows"));
}

// A work_mem that holds `neededKb`, rounded up to a power of two in MB.
QString workMemFor(double neededKb)
{
    double mb = 1;
    while (mb * 1024 < neededKb && mb < 64 * 1024)
        mb *= 2;
    return mb >= 1024 ? QStringLiteral("%1GB").arg(mb / 1024) : QStringLiteral("%1MB").arg(mb);
}

class Advisor
{
public:
    Advisor(const Plan &plan, const PlanAnalysis &a) : m_plan(plan), m_a(a) {}

    QList<Finding> run()
    {
        for (const PlanNode &n : m_plan.nodes) {
            if (m_plan.isPostgres()) {
                scanFilter(n);
                misestimate(n);
                spill(n);
                nestedLoop(n);
                heapFetches(n);
                lossyBitmap(n);
                workers(n);
                diskReads(n);
            } else {
                sqlite(n);
            }
        }
        if (m_plan.isPostgres())
            summary();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Finding &x, const Finding &y) { return x.impact > y.impact; });
        return m_out;
    }

private:
    // Impact in ms when the plan was timed, else the node's share of the cost.
    double own(int node) const
    {
        return m_a.hasTimes ? m_a.nodes[node].exclusiveTime : m_a.nodes[node].exclusiveCost;
    }
    double subtree(int node) const
    {
        return m_a.hasTimes ? m_a.nodes[node].inclusiveTime : m_plan.nodes[node].totalCost;
    }

    void add(const QString &code, Severity severity, int node, double impact, const QString &message, const QString &hint)
    {
        Finding f;
        f.node = node;
        f.impact = impact;
        f.diagnostic.severity = severity;
        f.diagnostic.code = code;
        f.diagnostic.message = message;
        f.diagnostic.hint = hint;
        f.diagnostic.place.source = m_plan.sourceName;
        if (node >= 0)
            f.diagnostic.place.path = QStringLiteral("node %1: %2").arg(node + 1).arg(m_plan.nodes[node].title());
        m_out.append(f);
    }

    QString indexHint(const PlanNode &n, const QString &condition) const
    {
        const QStringList columns = PlanAdvisor::filterColumns(condition);
        const QString table = n.schema.isEmpty() ? n.relationName : n.schema + u'.' + n.relationName;
        if (columns.isEmpty())
            return QStringLiteral("An index on the columns of the filter would let PostgreSQL read only the rows it needs.");
        return QStringLiteral("An index would let PostgreSQL read only the rows it needs: CREATE INDEX ON %1 (%2);")
            .arg(table, columns.join(QStringLiteral(", ")));
    }

    void scanFilter(const PlanNode &n)
    {
        const NodeMetrics &m = m_a.nodes[n.index];
        if (!n.hasActuals || n.rowsRemovedByFilter <= 0)
            return;
        const double removed = n.rowsRemovedByFilter * std::max(1.0, n.actualLoops);
        const double read = removed + m.totalRows;
        if (removed < 1000 || removed / read < 0.5)
            return;
        const QString filter = n.text(QStringLiteral("Filter"));
        const QString pct = QString::number(100.0 * removed / read, 'f', 1);
        if (n.nodeType == u"Seq Scan") {
            add(QStringLiteral("seq-scan-filter"), Severity::Warning, n.index, own(n.index),
                QStringLiteral("%1 reads %2 rows and its filter throws away %3 of them (%4%)")
                    .arg(n.title(), count(read), count(removed), pct),
                indexHint(n, filter));
        } else if (n.nodeType == u"Index Scan" || n.nodeType == u"Bitmap Heap Scan" || n.nodeType == u"Index Only Scan") {
            add(QStringLiteral("index-filter"), Severity::Warning, n.index, own(n.index),
                QStringLiteral("%1 fetches %2 rows through the index, then its filter throws away %3 of them (%4%)")
                    .arg(n.title(), count(read), count(removed), pct),
                QStringLiteral("Add the filter's columns (%1) to the index so that it finds only the rows wanted.")
                    .arg(PlanAdvisor::filterColumns(filter).join(QStringLiteral(", "))));
        }
    }

    void misestimate(const PlanNode &n)
    {
        const NodeMetrics &m = m_a.nodes[n.index];
        if (!n.hasActuals || n.actualLoops <= 0 || m.misestimateFactor() < 10)
            return;
        if (std::max(n.actualRows, n.planRows) * std::max(1.0, n.actualLoops) < 100)
            return;
        // Report where the error starts, not every node it travels up through.
        for (int c : n.children) {
            const NodeMetrics &cm = m_a.nodes[c];
            if (cm.misestimateFactor() >= 10 && cm.isUnderEstimate() == m.isUnderEstimate())
                return;
        }
        const QString direction = m.isUnderEstimate() ? QStringLiteral("under") : QStringLiteral("over");
        QString hint;
        if (!n.relationName.isEmpty())
            hint = QStringLiteral("Run ANALYZE %1; if the conditions combine correlated columns, create extended statistics "
                                  "(CREATE STATISTICS ON col_a, col_b FROM %1) and ANALYZE again.")
                       .arg(n.relationName);
        else
            hint = QStringLiteral("The planner chose the operations above this one for %1. Check that the tables "
                                  "below have fresh statistics (ANALYZE) and, for correlated join or filter columns, "
                                  "extended statistics.")
                       .arg(rows(n.planRows));
        const double impact = n.parent >= 0 ? subtree(n.parent) : subtree(n.index);
        add(QStringLiteral("misestimate"), Severity::Warning, n.index, impact * 0.5,
            QStringLiteral("%1 was estimated at %2 and returned %3 per loop: %4× %5-estimated")
                .arg(n.title(), rows(n.planRows), rows(n.actualRows), factor(m.misestimateFactor()), direction),
            hint);
    }

    void spill(const PlanNode &n)
    {
        const NodeMetrics &m = m_a.nodes[n.index];
        if (m.spill.isEmpty())
            return;
        const QString what = n.nodeType == u"Hash" ? QStringLiteral("hash-spill")
                             : n.nodeType == u"Aggregate" ? QStringLiteral("hashagg-spill")
                                                          : QStringLiteral("sort-spill");
        // What would have fitted: a sort needs about twice its on-disk size in memory, a hash its
        // peak per batch times the batches, a hash aggregate its memory plus what it wrote.
        double needed = m.spilledKb * 2;
        if (what == u"hash-spill")
            needed = n.peakMemory * std::max(1.0, n.hashBatches);
        else if (what == u"hashagg-spill")
            needed = n.peakMemory + n.diskUsage;
        QString hint = QStringLiteral("Give this query more memory: SET work_mem = '%1'%2 and run it again.")
                           .arg(workMemFor(needed), what == u"sort-spill" ? QString() : QStringLiteral(" (or raise hash_mem_multiplier)"));
        if (what == u"sort-spill")
            hint += sortIndexHint(n);
        add(what, Severity::Warning, n.index, own(n.index), QStringLiteral("%1 ran out of work_mem: %2").arg(n.title(), m.spill), hint);
    }

    // An index can only stand in for a sort of plain columns of one table read right below it.
    QString sortIndexHint(const PlanNode &sort) const
    {
        if (sort.children.isEmpty())
            return {};
        const PlanNode &input = m_plan.nodes[sort.children.front()];
        if (input.relationName.isEmpty() || !input.nodeType.endsWith(u"Scan") || input.nodeType == u"CTE Scan")
            return {};
        QStringList columns;
        static const QRegularExpression plain(QStringLiteral("^(?:\\w+\\.)?(\\w+)( DESC)?$"));
        for (const QJsonValue &key : sort.fields.value(QLatin1String("Sort Key")).toArray()) {
            const auto m = plain.match(key.toString());
            if (!m.hasMatch())
                return {};
            columns << m.captured(1) + m.captured(2);
        }
        if (columns.isEmpty())
            return {};
        return QStringLiteral(" An index in the sort's order lets PostgreSQL read the rows sorted: CREATE INDEX ON %1 (%2);")
            .arg(input.relationName, columns.join(QStringLiteral(", ")));
    }

    void nestedLoop(const PlanNode &n)
    {
        if (n.nodeType != u"Nested Loop" || !n.hasActuals)
            return;
        QList<int> regular;
        for (int c : n.children) {
            const Relationship r = m_plan.nodes[c].relationship;
            if (r != Relationship::InitPlan && r != Relationship::SubPlan)
                regular << c;
        }
        if (regular.size() < 2)
            return;
        const int inner = regular[1];
        const PlanNode &in = m_plan.nodes[inner];
        const double loops = in.actualLoops;
        const double innerTime = m_a.nodes[inner].inclusiveTime;
        const bool costly = m_a.hasTimes ? (m_a.totalTime > 0 && innerTime / m_a.totalTime >= 0.1) : loops >= 10000;
        if (loops < 1000 || !costly)
            return;
        // What the inner side does each time: look through Materialize/Memoize to the scan.
        int scan = inner;
        while (m_plan.nodes[scan].children.size() == 1 &&
               (m_plan.nodes[scan].nodeType == u"Materialize" || m_plan.nodes[scan].nodeType == u"Memoize"))
            scan = m_plan.nodes[scan].children.front();
        const PlanNode &s = m_plan.nodes[scan];
        QString hint;
        if (s.nodeType == u"Seq Scan")
            hint = QStringLiteral("Every loop reads %1 from start to end: an index on its join column(s) makes each loop "
                                  "a lookup, or, if the outer side is much bigger than the planner thought (it expected "
                                  "%2 rows), fresh statistics let it choose a hash join.")
                       .arg(s.relationName, count(m_plan.nodes[regular[0]].planRows));
        else
            hint = QStringLiteral("The planner expected %1 outer rows; if that estimate is far off, fix it (ANALYZE, "
                                  "extended statistics) so that a hash or merge join can be chosen.")
                       .arg(count(m_plan.nodes[regular[0]].planRows));
        add(QStringLiteral("nested-loop"), Severity::Warning, n.index, m_a.hasTimes ? innerTime : subtree(inner),
            QStringLiteral("%1 runs its inner side %2 times (%3 each time)")
                .arg(n.title(), count(loops), s.title()),
            hint);
    }

    void heapFetches(const PlanNode &n)
    {
        const NodeMetrics &m = m_a.nodes[n.index];
        if (n.nodeType != u"Index Only Scan" || m.heapFetches < 1000 || m.heapFetches < 0.1 * m.totalRows)
            return;
        add(QStringLiteral("heap-fetches"), Severity::Warning, n.index, own(n.index),
            QStringLiteral("%1 had to visit the table for %2 of its %3 rows (heap fetches)")
                .arg(n.title(), count(m.heapFetches), count(m.totalRows)),
            QStringLiteral("VACUUM %1 so that the visibility map is current; autovacuum may not keep up with changes "
                           "to this table.")
                .arg(n.relationName));
    }

    void lossyBitmap(const PlanNode &n)
    {
        if (n.lossyHeapBlocks <= 0)
            return;
        add(QStringLiteral("lossy-bitmap"), Severity::Warning, n.index, own(n.index),
            QStringLiteral("%1 lost track of single rows in %2 blocks and rechecked %3 rows")
                .arg(n.title(), count(n.lossyHeapBlocks), count(n.rowsRemovedByIndexRecheck * std::max(1.0, n.actualLoops))),
            QStringLiteral("The bitmap did not fit in work_mem; raise work_mem for this query."));
    }

    void workers(const PlanNode &n)
    {
        if (n.workersPlanned <= 0 || n.workersLaunched < 0 || n.workersLaunched >= n.workersPlanned)
            return;
        add(QStringLiteral("workers-not-launched"), Severity::Warning, n.index,
            subtree(n.index) * (1.0 - double(n.workersLaunched + 1) / (n.workersPlanned + 1)),
            QStringLiteral("%1 launched %2 of the %3 workers it planned").arg(n.title()).arg(n.workersLaunched).arg(n.workersPlanned),
            QStringLiteral("Other queries held the parallel workers: raise max_parallel_workers (and "
                           "max_worker_processes) or run fewer parallel queries at once."));
    }

    void diskReads(const PlanNode &n)
    {
        const NodeMetrics &m = m_a.nodes[n.index];
        if (!m_a.hasTimes || m_a.totalTime <= 0 || m.exclusiveIoTime < 0.2 * m_a.totalTime || m.exclusiveIoTime < 10)
            return;
        add(QStringLiteral("disk-reads"), Severity::Info, n.index, m.exclusiveIoTime,
            QStringLiteral("%1 waited %2 for %3 blocks from disk").arg(n.title(), ms(m.exclusiveIoTime), count(double(m.exclusiveBuffers.read()))),
            QStringLiteral("The data was not in shared_buffers: the next run may be faster; for good, read fewer blocks "
                           "(a more selective index) or give the cache more memory."));
    }

    void summary()
    {
        const QJsonObject &s = m_plan.summary;
        const double execution = m_plan.executionTime().value_or(m_a.totalTime);
        const QJsonValue jitTotal = s.value(QLatin1String("JIT")).toObject().value(QLatin1String("Timing")).toObject().value(QLatin1String("Total"));
        if (jitTotal.isDouble() && execution > 0 && jitTotal.toDouble() > 0.1 * execution && jitTotal.toDouble() > 20)
            add(QStringLiteral("jit"), Severity::Warning, 0, jitTotal.toDouble(),
                QStringLiteral("JIT compilation took %1 of the %2 execution").arg(ms(jitTotal.toDouble()), ms(execution)),
                QStringLiteral("For a query this short JIT costs more than it saves: SET jit = off, or raise jit_above_cost."));
        const auto planning = m_plan.planningTime();
        if (planning && *planning > 10 && *planning > execution)
            add(QStringLiteral("planning-time"), Severity::Info, 0, *planning - execution,
                QStringLiteral("Planning took %1, longer than running the query (%2)").arg(ms(*planning), ms(execution)),
                QStringLiteral("Prepare the statement once and execute it many times, or simplify the query (fewer "
                               "partitions or joins to consider)."));
        for (const QJsonValue &t : s.value(QLatin1String("Triggers")).toArray()) {
            const QJsonObject trigger = t.toObject();
            const double time = trigger.value(QLatin1String("Time")).toDouble();
            if (execution <= 0 || time < 0.3 * execution)
                continue;
            const bool fk = trigger.contains(QLatin1String("Constraint Name"));
            add(QStringLiteral("trigger-time"), Severity::Warning, 0, time,
                QStringLiteral("Trigger %1 took %2 of the %3 execution (%4 calls)")
                    .arg(trigger.value(QLatin1String(fk ? "Constraint Name" : "Trigger Name")).toString(), ms(time), ms(execution))
                    .arg(trigger.value(QLatin1String("Calls")).toDouble()),
                fk ? QStringLiteral("A foreign key check scans the referencing table for every row: index its referencing columns.")
                   : QStringLiteral("The trigger's own statements run for every row; look at what they do."));
        }
    }

    void sqlite(const PlanNode &n)
    {
        if (n.fields.value(QLatin1String("Automatic Index")).toBool()) {
            const QString cond = n.text(QStringLiteral("Index Cond"));
            static const QRegularExpression column(QStringLiteral("(\\w+)[=<>]"));
            QStringList columns;
            auto it = column.globalMatch(cond);
            while (it.hasNext())
                columns << it.next().captured(1);
            add(QStringLiteral("sqlite-automatic-index"), Severity::Warning, n.index, 3,
                QStringLiteral("SQLite builds a temporary index on %1 every time the query runs").arg(n.relationName),
                QStringLiteral("Create it once: CREATE INDEX %1_%2 ON %1 (%3);")
                    .arg(n.relationName, columns.join(u'_'), columns.join(QStringLiteral(", "))));
        }
        if (n.nodeType == u"Scan" && !n.relationName.isEmpty() && n.parent >= 0 && !sqliteSubqueryNames().contains(n.relationName)) {
            // Scans and searches under one parent are nested loops, the first one outermost; a
            // correlated subquery runs once per row of the query around it.
            const PlanNode &parent = m_plan.nodes[n.parent];
            bool inLoop = parent.nodeType.startsWith(u"Correlated");
            for (int sibling : parent.children) {
                if (sibling == n.index)
                    break;
                const QString &t = m_plan.nodes[sibling].nodeType;
                inLoop = inLoop || t == u"Scan" || t == u"Search";
            }
            if (inLoop)
                add(QStringLiteral("sqlite-scan-in-loop"), Severity::Warning, n.index, 2,
                    QStringLiteral("%1 runs inside a loop: the whole table is read once per row of the steps before it").arg(n.title()),
                    QStringLiteral("Create an index on the column(s) the query joins %1 on (%1 names the table or its alias in the query).").arg(n.relationName));
            else if (!n.fields.contains(QLatin1String("Index Name")))
                add(QStringLiteral("sqlite-full-scan"), Severity::Info, n.index, 1,
                    QStringLiteral("%1 reads the whole table").arg(n.title()),
                    QStringLiteral("Fine for a small table; for a big one, an index on the WHERE columns lets SQLite search instead."));
        }
        if (n.nodeType == u"Temp B-Tree")
            add(QStringLiteral("sqlite-temp-btree"), Severity::Info, n.index, 1,
                QStringLiteral("SQLite sorts the rows in a temporary B-tree for %1").arg(n.text(QStringLiteral("Temp B-Tree For"))),
                QStringLiteral("An index whose columns match the %1 lets SQLite read the rows already in order.")
                    .arg(n.text(QStringLiteral("Temp B-Tree For"))));
    }

    // Names SQLite gives materialised CTEs and co-routines: scanning them is by design.
    QStringList sqliteSubqueryNames() const
    {
        QStringList names;
        for (const PlanNode &n : m_plan.nodes) {
            if (n.nodeType == u"Materialize" || n.nodeType == u"Co-routine")
                names << n.cteName;
        }
        return names;
    }

    const Plan &m_plan;
    const PlanAnalysis &m_a;
    QList<Finding> m_out;
};

} // namespace

QList<Finding> PlanAdvisor::findings(const Plan &plan, const PlanAnalysis &analysis)
{
    return Advisor(plan, analysis).run();
}

QStringList PlanAdvisor::filterColumns(const QString &condition)
{
    // A column (maybe "alias.", maybe cast) followed by a comparison.
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[\\s(])(?:\"?[\\w$]+\"?\\.)?\"?([A-Za-z_][\\w$]*)\"?\\)?(?:::[\\w ]+?(?:\\[\\])?\\)?)?\\s*"
        "(= ANY|=|<>|!=|<=|>=|<|>|~~\\*?|!~~\\*?|IS |@>|<@|&&|LIKE|IN )"));
    static const QStringList words = {QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
                                      QStringLiteral("text"), QStringLiteral("numeric"), QStringLiteral("integer"),
                                      QStringLiteral("date"), QStringLiteral("timestamp"), QStringLiteral("true"),
                                      QStringLiteral("false"), QStringLiteral("NULL")};
    QStringList equality, other;
    auto it = re.globalMatch(condition);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString column = m.captured(1);
        if (words.contains(column) || column.startsWith(u'$') || equality.contains(column) || other.contains(column))
            continue;
        const QString op = m.captured(2);
        (op.startsWith(u'=') || op == u"IS " || op == u"IN " ? equality : other).append(column);
    }
    return (equality + other).mid(0, 4);
}

} // namespace strata::explain

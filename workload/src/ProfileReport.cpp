#include "workload/ProfileReport.h"

#include <QJsonArray>

#include <cmath>

namespace strata::workload {

namespace {

// The counter columns of a profile, in a fixed order, as far as any statement has them.
QStringList counterNames(const WorkloadProfile &profile)
{
    static const QStringList order{QStringLiteral("rows_examined"), QStringLiteral("rows_visited"), QStringLiteral("fullscan_steps"),
                                   QStringLiteral("sorts"), QStringLiteral("autoindexes"), QStringLiteral("vm_steps")};
    QStringList out;
    for (const QString &name : order)
        for (const StatementProfile &s : profile.statements)
            if (s.counters.contains(name) && !out.contains(name)) {
                out << name;
                break;
            }
    return out;
}

QString amount(double v)
{
    return v >= 100 || v == std::floor(v) ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', 1);
}

QString headline(const WorkloadProfile &p)
{
    qint64 executions = 0;
    for (const StatementProfile &s : p.statements)
        executions += s.latency.count;
    return QStringLiteral("%1 (%2), %3 session%4, %5 executions in %6 s (%7 per second)")
        .arg(p.database, p.engine)
        .arg(p.concurrency)
        .arg(p.concurrency == 1 ? QString() : QStringLiteral("s"))
        .arg(executions)
        .arg(QString::number(p.seconds, 'f', 2))
        .arg(qint64(std::llround(p.executionsPerSecond)));
}

// The table's cells: a header row, a row per statement and the total.
QList<QStringList> cells(const WorkloadProfile &p, const QStringList &counters)
{
    QStringList header{QStringLiteral("statement"), QStringLiteral("weight"), QStringLiteral("executions"), QStringLiteral("p50 ms"),
                       QStringLiteral("p95 ms"), QStringLiteral("p99 ms"), QStringLiteral("max ms"), QStringLiteral("rows/exec")};
    for (const QString &c : counters)
        header << c + QStringLiteral("/exec");
    header << QStringLiteral("errors");
    QList<QStringList> out{header};
    const auto latencies = [](const LatencySummary &l) {
        return QStringList{ProfileReport::milliseconds(l.p50), ProfileReport::milliseconds(l.p95), ProfileReport::milliseconds(l.p99),
                           ProfileReport::milliseconds(l.max)};
    };
    for (const StatementProfile &s : p.statements) {
        QStringList row{s.name, amount(s.weight), QString::number(s.latency.count)};
        row += latencies(s.latency);
        row << amount(s.rowsReturned);
        for (const QString &c : counters)
            row << (s.counters.contains(c) ? amount(s.counters.value(c)) : QStringLiteral("-"));
        row << QString::number(s.errors);
        out << row;
    }
    QStringList total{QStringLiteral("total"), QString(), QString::number(p.total.count)};
    total += latencies(p.total);
    while (total.size() < header.size())
        total << QString();
    out << total;
    return out;
}

} // namespace

QString ProfileReport::milliseconds(double value)
{
    return QString::number(value, 'f', value < 1 ? 3 : value < 100 ? 2 : 1);
}

QString ProfileReport::text(const WorkloadProfile &p)
{
    const QList<QStringList> table = cells(p, counterNames(p));
    QList<int> widths(table.first().size(), 0);
    for (const QStringList &row : table)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    QString out = QStringLiteral("Workload profile: ") + headline(p) + QStringLiteral("\n\n");
    for (const QStringList &row : table) {
        QStringList padded;
        for (int i = 0; i < row.size(); ++i)
            padded << (i == 0 ? row[i].leftJustified(widths[i]) : row[i].rightJustified(widths[i]));
        out += padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    for (const StatementProfile &s : p.statements) {
        out += u'\n' + s.name + u'\n';
        if (!s.plan.isEmpty())
            out += QStringLiteral("  plan: ") + s.plan + u'\n';
        for (const QString &f : s.findings)
            out += QStringLiteral("  finding: ") + f + u'\n';
        if (!s.fingerprint.isEmpty())
            out += QStringLiteral("  fingerprint: ") + s.fingerprint + u'\n';
        if (!s.firstError.isEmpty())
            out += QStringLiteral("  error: ") + s.firstError.split(u'\n').first() + u'\n';
    }
    for (const FingerprintGroup &g : p.fingerprints)
        if (g.statements.size() > 1)
            out += QStringLiteral("\nOne query (fingerprint %1): %2, %3 executions, %4 ms in all\n")
                       .arg(g.fingerprint, g.statements.join(QStringLiteral(", ")))
                       .arg(g.executions)
                       .arg(milliseconds(g.totalMilliseconds));
    return out;
}

QString ProfileReport::markdown(const WorkloadProfile &p)
{
    const QList<QStringList> table = cells(p, counterNames(p));
    QString out = QStringLiteral("## Workload profile\n\n") + headline(p) + QStringLiteral("\n\n");
    for (int r = 0; r < table.size(); ++r) {
        out += QStringLiteral("| ") + table[r].join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            out += QStringLiteral("|") + QString(QStringLiteral(" --- |")).repeated(table[r].size()) + u'\n';
    }
    for (const StatementProfile &s : p.statements) {
        out += QStringLiteral("\n### %1\n\n```sql\n%2\n```\n\n").arg(s.name, s.sql);
        if (!s.plan.isEmpty())
            out += QStringLiteral("Plan: `%1`\n\n").arg(s.plan);
        for (const QString &f : s.findings)
            out += QStringLiteral("- %1\n").arg(f);
        if (!s.fingerprint.isEmpty())
            out += QStringLiteral("\nFingerprint: `%1`\n").arg(s.fingerprint);
    }
    return out;
}

QJsonObject ProfileReport::json(const WorkloadProfile &p)
{
    const auto latency = [](const LatencySummary &l) {
        return QJsonObject{{u"executions"_qs, l.count}, {u"mean_ms"_qs, l.mean}, {u"p50_ms"_qs, l.p50},
                           {u"p95_ms"_qs, l.p95},       {u"p99_ms"_qs, l.p99},   {u"max_ms"_qs, l.max}};
    };
    QJsonArray statements;
    for (const StatementProfile &s : p.statements) {
        QJsonObject counters;
        for (auto it = s.counters.begin(); it != s.counters.end(); ++it)
            counters.insert(it.key(), it.value());
        statements.append(QJsonObject{{u"name"_qs, s.name}, {u"sql"_qs, s.sql}, {u"weight"_qs, s.weight},
                                      {u"latency"_qs, latency(s.latency)}, {u"rows_per_execution"_qs, s.rowsReturned},
                                      {u"counters_per_execution"_qs, counters}, {u"errors"_qs, s.errors},
                                      {u"first_error"_qs, s.firstError}, {u"plan"_qs, s.plan},
                                      {u"findings"_qs, QJsonArray::fromStringList(s.findings)}, {u"fingerprint"_qs, s.fingerprint}});
    }
    QJsonArray groups;
    for (const FingerprintGroup &g : p.fingerprints)
        groups.append(QJsonObject{{u"fingerprint"_qs, g.fingerprint}, {u"statements"_qs, QJsonArray::fromStringList(g.statements)},
                                  {u"executions"_qs, g.executions}, {u"total_ms"_qs, g.totalMilliseconds}});
    QJsonArray notes;
    for (const Diagnostic &d : p.notes)
        notes.append(d.toString());
    return QJsonObject{{u"database"_qs, p.database}, {u"engine"_qs, p.engine}, {u"concurrency"_qs, p.concurrency},
                       {u"seconds"_qs, p.seconds}, {u"executions_per_second"_qs, p.executionsPerSecond},
                       {u"total"_qs, latency(p.total)}, {u"statements"_qs, statements}, {u"fingerprints"_qs, groups},
                       {u"notes"_qs, notes}};
}

} // namespace strata::workload

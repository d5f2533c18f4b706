#include "workload/IndexAdvice.h"
#include "workload/ProfileReport.h"

#include <QJsonArray>

namespace strata::workload {

namespace {

QString size(qint64 bytes)
{
    return bytes >= 1048576 ? QStringLiteral("%1 MB").arg(double(bytes) / 1048576, 0, 'f', 1)
                            : QStringLiteral("%1 kB").arg(double(bytes) / 1024, 0, 'f', 0);
}

QString effect(const StatementEffect &e)
{
    return QStringLiteral("%1: %2 -> %3 ms (x%4)%5")
        .arg(e.statement, ProfileReport::milliseconds(e.beforeMs), ProfileReport::milliseconds(e.afterMs))
        .arg(QString::number(e.speedup(), 'f', 1))
        .arg(e.usesIndex ? QString() : QStringLiteral(", plan does not use it"));
}

QString writeCost(const IndexVerdict &v)
{
    return QStringLiteral("+%1 µs per inserted row (%2 µs without it, +%3%)")
        .arg(v.writeCostUs, 0, 'f', 2)
        .arg(v.writeBaseUs, 0, 'f', 2)
        .arg(v.writeBaseUs > 0 ? qint64(std::llround(100 * v.writeCostUs / v.writeBaseUs)) : 0);
}

QJsonArray effects(const QList<StatementEffect> &list)
{
    QJsonArray out;
    for (const StatementEffect &e : list)
        out.append(QJsonObject{{u"statement"_qs, e.statement}, {u"before_ms"_qs, e.beforeMs}, {u"after_ms"_qs, e.afterMs},
                               {u"uses_index"_qs, e.usesIndex}, {u"speedup"_qs, e.speedup()}});
    return out;
}

QJsonObject verdictJson(const IndexVerdict &v)
{
    return QJsonObject{{u"name"_qs, v.name}, {u"table"_qs, v.candidate.table}, {u"columns"_qs, QJsonArray::fromStringList(v.candidate.columns)},
                       {u"include"_qs, QJsonArray::fromStringList(v.candidate.include)}, {u"reason"_qs, v.candidate.reason},
                       {u"create"_qs, v.createSql}, {u"kept"_qs, v.kept}, {u"why_not"_qs, v.why}, {u"effects"_qs, effects(v.effects)},
                       {u"write_cost_us_per_row"_qs, v.writeCostUs}, {u"write_base_us_per_row"_qs, v.writeBaseUs},
                       {u"size_bytes"_qs, v.sizeBytes}, {u"build_ms"_qs, v.buildMs}};
}

} // namespace

QString IndexAdvice::text() const
{
    QString out = QStringLiteral("Index advice: %1 (%2), %3 timing rounds; an index counts when its plan uses it and every round "
                                 "with it is at least %4% faster than every round without it\n")
                      .arg(database, engine)
                      .arg(rounds)
                      .arg(qint64(std::llround(threshold * 100)));
    if (kept.isEmpty())
        out += QStringLiteral("\nNo candidate index measurably helps.\n");
    for (const IndexVerdict &v : kept) {
        out += QStringLiteral("\n%1\n  why: %2\n").arg(v.createSql, v.candidate.reason);
        for (const StatementEffect &e : v.effects)
            out += QStringLiteral("  %1\n").arg(effect(e));
        out += QStringLiteral("  write cost: %1\n  size: %2, built in %3 ms\n").arg(writeCost(v), size(v.sizeBytes)).arg(v.buildMs, 0, 'f', 1);
    }
    if (!combined.isEmpty()) {
        out += QStringLiteral("\nWith all of them:\n");
        for (const StatementEffect &e : combined)
            out += QStringLiteral("  %1\n").arg(effect(e).remove(QStringLiteral(", plan does not use it")));
    }
    if (!rejected.isEmpty()) {
        out += QStringLiteral("\nTried and left out:\n");
        for (const IndexVerdict &v : rejected)
            out += QStringLiteral("  %1 (%2): %3\n").arg(v.name, v.candidate.columns.join(QStringLiteral(", ")), v.why);
    }
    if (!unused.isEmpty()) {
        out += QStringLiteral("\nIndexes no statement of the workload uses:\n");
        for (const UnusedIndex &u : unused)
            out += QStringLiteral("  %1 on %2: %3\n").arg(u.name, u.table, u.note);
    }
    out += QStringLiteral("\nThe database is left as it was: every index was tried in a transaction that was rolled back.\n");
    return out;
}

QString IndexAdvice::markdown() const
{
    QString out = QStringLiteral("## Index advice\n\n%1 (%2), %3 timing rounds per measurement.\n").arg(database, engine).arg(rounds);
    for (const IndexVerdict &v : kept) {
        out += QStringLiteral("\n```sql\n%1\n```\n\n%2. Write cost %3; size %4.\n\n| statement | before ms | after ms | speedup |\n| --- | --- | --- | --- |\n")
                   .arg(v.createSql, v.candidate.reason, writeCost(v), size(v.sizeBytes));
        for (const StatementEffect &e : v.effects)
            out += QStringLiteral("| %1 | %2 | %3 | x%4 |\n")
                       .arg(e.statement, ProfileReport::milliseconds(e.beforeMs), ProfileReport::milliseconds(e.afterMs))
                       .arg(QString::number(e.speedup(), 'f', 1));
    }
    if (!rejected.isEmpty()) {
        out += QStringLiteral("\nLeft out:\n\n");
        for (const IndexVerdict &v : rejected)
            out += QStringLiteral("- `%1` (%2): %3\n").arg(v.name, v.candidate.columns.join(QStringLiteral(", ")), v.why);
    }
    if (!unused.isEmpty()) {
        out += QStringLiteral("\nUnused by the workload:\n\n");
        for (const UnusedIndex &u : unused)
            out += QStringLiteral("- `%1` on %2: %3\n").arg(u.name, u.table, u.note);
    }
    return out;
}

QJsonObject IndexAdvice::json() const
{
    QJsonArray keptList, rejectedList, unusedList, notesList;
    for (const IndexVerdict &v : kept)
        keptList.append(verdictJson(v));
    for (const IndexVerdict &v : rejected)
        rejectedList.append(verdictJson(v));
    for (const UnusedIndex &u : unused)
        unusedList.append(QJsonObject{{u"name"_qs, u.name}, {u"table"_qs, u.table}, {u"note"_qs, u.note}});
    for (const Diagnostic &d : notes)
        notesList.append(d.toString());
    return QJsonObject{{u"database"_qs, database}, {u"engine"_qs, engine}, {u"rounds"_qs, rounds}, {u"threshold"_qs, threshold},
                       {u"kept"_qs, keptList}, {u"rejected"_qs, rejectedList}, {u"combined"_qs, effects(combined)},
                       {u"unused"_qs, unusedList}, {u"notes"_qs, notesList}};
}

} // namespace strata::workload

#include "PlanTreeCompare.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace strata::test {

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return (v.isDouble() && v.toDouble() == 0) || (v.isBool() && !v.toBool()) || (v.isArray() && v.toArray().isEmpty()) ||
           (v.isObject() && v.toObject().isEmpty()) || (v.isString() && v.toString().isEmpty()) || v.isNull();
}

QString describe(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isUndefined())
        return QStringLiteral("(missing)");
    return QStringLiteral("(structure)");
}

QString valueDifference(const QJsonValue &a, const QJsonValue &b, const QString &path, const QSet<QString> &ignored);

QString objectDifference(const QJsonObject &a, const QJsonObject &b, const QString &path, const QSet<QString> &ignored)
{
    QSet<QString> keys;
    for (const QString &k : a.keys())
        keys.insert(k);
    for (const QString &k : b.keys())
        keys.insert(k);
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &k : sorted) {
        if (ignored.contains(k))
            continue;
        const QJsonValue va = a.value(k), vb = b.value(k);
        if (va.isUndefined() && isEmptyValue(vb))
            continue;
        if (vb.isUndefined() && isEmptyValue(va))
            continue;
        const QString d = valueDifference(va, vb, path + u'.' + k, ignored);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QString valueDifference(const QJsonValue &a, const QJsonValue &b, const QString &path, const QSet<QString> &ignored)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        if (std::fabs(x - y) <= 1e-9 * std::max({1.0, std::fabs(x), std::fabs(y)}))
            return {};
    } else if (a.isObject() && b.isObject()) {
        return objectDifference(a.toObject(), b.toObject(), path, ignored);
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 items against %3").arg(path).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString d = valueDifference(x[i], y[i], path + QStringLiteral("[%1]").arg(i), ignored);
            if (!d.isEmpty())
                return d;
        }
        return {};
    } else if (a == b) {
        return {};
    }
    return QStringLiteral("%1: %2 against %3").arg(path, describe(a), describe(b));
}

} // namespace

QString planDifference(const explain::Plan &a, const explain::Plan &b, const TreeCompareOptions &options)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 nodes against %2").arg(a.size()).arg(b.size());
    for (int i = 0; i < a.size(); ++i) {
        const explain::PlanNode &x = a.nodes[i], &y = b.nodes[i];
        const QString where = QStringLiteral("node %1 (%2)").arg(i + 1).arg(x.title());
        if (x.parent != y.parent)
            return QStringLiteral("%1: parent %2 against %3").arg(where).arg(x.parent + 1).arg(y.parent + 1);
        const QString d = objectDifference(x.fields, y.fields, where, options.ignoredKeys);
        if (!d.isEmpty())
            return d;
    }
    if (options.compareSummary)
        return objectDifference(a.summary, b.summary, QStringLiteral("summary"), options.ignoredSummaryKeys);
    return {};
}

QSet<QString> executionKeys()
{
    return {QStringLiteral("Actual Startup Time"), QStringLiteral("Actual Total Time"), QStringLiteral("Actual Rows"),
            QStringLiteral("Actual Loops"), QStringLiteral("Rows Removed by Filter"), QStringLiteral("Rows Removed by Join Filter"),
            QStringLiteral("Rows Removed by Index Recheck"), QStringLiteral("Heap Fetches"), QStringLiteral("Workers"),
            QStringLiteral("Shared Hit Blocks"), QStringLiteral("Shared Read Blocks"), QStringLiteral("Shared Dirtied Blocks"),
            QStringLiteral("Shared Written Blocks"), QStringLiteral("Local Hit Blocks"), QStringLiteral("Local Read Blocks"),
            QStringLiteral("Local Dirtied Blocks"), QStringLiteral("Local Written Blocks"), QStringLiteral("Temp Read Blocks"),
            QStringLiteral("Temp Written Blocks"), QStringLiteral("Peak Memory Usage"), QStringLiteral("Hash Buckets"),
            QStringLiteral("Original Hash Buckets"), QStringLiteral("Hash Batches"), QStringLiteral("Original Hash Batches"),
            QStringLiteral("HashAgg Batches"), QStringLiteral("Disk Usage"), QStringLiteral("Sort Method"),
            QStringLiteral("Sort Space Used"), QStringLiteral("Sort Space Type"), QStringLiteral("Exact Heap Blocks"),
            QStringLiteral("Lossy Heap Blocks"), QStringLiteral("Storage"), QStringLiteral("Maximum Storage"),
            QStringLiteral("Cache Hits"), QStringLiteral("Cache Misses"), QStringLiteral("Cache Evictions"),
            QStringLiteral("Cache Overflows"), QStringLiteral("Workers Launched"), QStringLiteral("Full-sort Groups"),
            QStringLiteral("Pre-sorted Groups"), QStringLiteral("I/O Read Time"), QStringLiteral("I/O Write Time"),
            QStringLiteral("Temp I/O Read Time"), QStringLiteral("Temp I/O Write Time")};
}

} // namespace strata::test

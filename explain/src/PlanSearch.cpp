#include "explain/PlanSearch.h"

#include <QJsonArray>

namespace strata::explain {

namespace {

QString names(const PlanNode &n)
{
    return QStringList{n.label(), n.nodeType, n.relationName, n.schema, n.alias, n.indexName, n.cteName, n.functionName,
                       n.subplanName, n.fields.value(QLatin1String("Detail")).toString()}
        .join(u' ');
}

QString conditions(const PlanNode &n)
{
    QStringList out;
    for (auto it = n.fields.constBegin(); it != n.fields.constEnd(); ++it) {
        if (it.value().isString())
            out << it.value().toString();
        else if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                out << v.toString();
        }
    }
    return out.join(u' ');
}

bool containsAll(const QString &text, const QStringList &words)
{
    for (const QString &w : words) {
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

QList<int> PlanSearch::find(const Plan &plan, const QString &query)
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QList<int> byName, byCondition;
    for (const PlanNode &n : plan.nodes) {
        if (containsAll(names(n), words))
            byName << n.index;
        else if (containsAll(names(n) + u' ' + conditions(n), words))
            byCondition << n.index;
    }
    return byName + byCondition;
}

} // namespace strata::explain

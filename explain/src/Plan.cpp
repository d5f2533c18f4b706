#include "explain/Plan.h"

#include <QJsonArray>

#include <algorithm>

namespace strata::explain {

namespace {

std::optional<double> summaryNumber(const QJsonObject &summary, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        const QJsonValue v = summary.value(key);
        if (v.isDouble())
            return v.toDouble();
    }
    return std::nullopt;
}

} // namespace

std::optional<double> Plan::planningTime() const
{
    return summaryNumber(summary, {QLatin1String("Planning Time")});
}

std::optional<double> Plan::executionTime() const
{
    return summaryNumber(summary, {QLatin1String("Execution Time"), QLatin1String("Total Runtime")});
}

bool Plan::hasActuals() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const PlanNode &n) { return n.hasActuals; });
}

bool Plan::hasTimes() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const PlanNode &n) { return n.hasTimes; });
}

bool Plan::hasBuffers() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const PlanNode &n) { return n.hasBuffers; });
}

bool Plan::hasCosts() const
{
    return std::any_of(nodes.begin(), nodes.end(), [](const PlanNode &n) { return n.hasCosts; });
}

QJsonObject Plan::nodeToJson(int index) const
{
    // Built bottom-up without recursion: text plans have no depth limit.
    const int end = subtreeEnd(index);
    QList<QJsonObject> built(end - index + 1);
    for (int i = end; i >= index; --i) {
        const PlanNode &n = nodes[i];
        QJsonObject o = n.fields;
        if (!n.children.isEmpty()) {
            QJsonArray plans;
            for (int c : n.children)
                plans.append(built[c - index]);
            o.insert(QLatin1String("Plans"), plans);
        }
        built[i - index] = o;
        for (int c : n.children)
            built[c - index] = QJsonObject(); // free children as soon as they are inside the parent
    }
    return built.front();
}

QJsonObject Plan::toJson() const
{
    QJsonObject out = summary;
    if (!nodes.isEmpty())
        out.insert(QLatin1String("Plan"), nodeToJson(0));
    return out;
}

int Plan::subtreeEnd(int index) const
{
    // A subtree ends where the next node outside it starts: the last descendant along the
    // rightmost path.
    int i = index;
    while (!nodes[i].children.isEmpty())
        i = nodes[i].children.back();
    return i;
}

bool Plan::isWithin(int index, int ancestor) const
{
    return index >= ancestor && index <= subtreeEnd(ancestor);
}

int Plan::addNode(int parent, QJsonObject fields)
{
    PlanNode node;
    node.fields = std::move(fields);
    node.index = int(nodes.size());
    node.parent = parent;
    if (parent >= 0) {
        node.depth = nodes[parent].depth + 1;
        nodes[parent].children.append(node.index);
    }
    node.readFields();
    nodes.append(std::move(node));
    return int(nodes.size()) - 1;
}

} // namespace strata::explain

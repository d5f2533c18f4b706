#include "Attribution.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace strata::explain {

namespace {

// The parameters an InitPlan sets, as its users' expressions name them: "$0", "$1" up to
// PostgreSQL 15 ("InitPlan 1 (returns $0,$1)"), "(InitPlan 1)" from 16 on.
QStringList parameterNames(const QString &subplanName)
{
    static const QRegularExpression returns(QStringLiteral("\\(returns ([^)]*)\\)"));
    QStringList names;
    const auto m = returns.match(subplanName);
    if (m.hasMatch()) {
        for (const QString &p : m.captured(1).split(u',', Qt::SkipEmptyParts))
            names << p.trimmed();
    }
    static const QRegularExpression numbered(QStringLiteral("^InitPlan (\\d+)"));
    if (const auto n = numbered.match(subplanName); n.hasMatch())
        names << QStringLiteral("(InitPlan %1)").arg(n.captured(1));
    return names;
}

bool mentions(const QString &text, const QString &name)
{
    qsizetype at = text.indexOf(name);
    while (at >= 0) {
        const qsizetype after = at + name.size();
        // "$1" must not match "$10".
        if (!name.startsWith(u'$') || after >= text.size() || !text[after].isDigit())
            return true;
        at = text.indexOf(name, after);
    }
    return false;
}

bool nodeMentions(const PlanNode &node, const QStringList &names)
{
    for (auto it = node.fields.constBegin(); it != node.fields.constEnd(); ++it) {
        QStringList texts;
        if (it.value().isString())
            texts << it.value().toString();
        else if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                texts << v.toString();
        }
        for (const QString &t : texts) {
            for (const QString &name : names) {
                if (mentions(t, name))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

Attribution::Attribution(const Plan &plan) : m_plan(plan)
{
    const int n = plan.size();
    m_subtreeEnd.resize(n);
    for (int i = n - 1; i >= 0; --i) {
        const PlanNode &node = plan.nodes[i];
        m_subtreeEnd[i] = node.children.isEmpty() ? i : m_subtreeEnd[node.children.back()];
    }
    m_consumers.resize(n);
    findConsumers();
}

void Attribution::findConsumers()
{
    const int n = m_plan.size();
    for (int i = 0; i < n; ++i) {
        const PlanNode &init = m_plan.nodes[i];
        if (init.relationship != Relationship::InitPlan || init.parent < 0)
            continue;
        if (init.isCte()) {
            const QString name = init.cteDefinitionName();
            for (int j = 0; j < n; ++j) {
                const PlanNode &scan = m_plan.nodes[j];
                if (scan.nodeType == u"CTE Scan" && scan.cteName == name && (j < i || j > m_subtreeEnd[i]))
                    m_consumers[i].push_back(j);
            }
            continue;
        }
        const QStringList names = parameterNames(init.subplanName);
        if (names.isEmpty())
            continue;
        const int owner = init.parent;
        for (int j = owner; j <= m_subtreeEnd[owner]; ++j) {
            if (j >= i && j <= m_subtreeEnd[i]) {
                j = m_subtreeEnd[i];
                continue;
            }
            if (nodeMentions(m_plan.nodes[j], names))
                m_consumers[i].push_back(j);
        }
    }
}

// Takes up to `amount` from a node's own share (what it has above zero); returns what it took.
double Attribution::charge(std::vector<double> &exclusive, int node, double amount) const
{
    const double take = std::min(amount, std::max(0.0, exclusive[node]));
    exclusive[node] -= take;
    return take;
}

std::vector<double> Attribution::exclusive(const std::vector<double> &inclusive) const
{
    const int n = m_plan.size();
    std::vector<double> out = inclusive;
    for (int i = 1; i < n; ++i) {
        const PlanNode &node = m_plan.nodes[i];
        if (node.parent >= 0 && node.relationship != Relationship::InitPlan)
            out[node.parent] -= inclusive[i];
    }
    // InitPlans and CTEs: the users first, then the owner, then the rest of the owner's subtree.
    for (int i = 1; i < n; ++i) {
        const PlanNode &node = m_plan.nodes[i];
        if (node.parent < 0 || node.relationship != Relationship::InitPlan)
            continue;
        double amount = inclusive[i];
        for (int c : m_consumers[i]) {
            if (amount <= 0)
                break;
            amount -= charge(out, c, amount);
        }
        const int owner = node.parent;
        amount -= charge(out, owner, amount);
        for (int j = owner + 1; j <= m_subtreeEnd[owner] && amount > 0; ++j) {
            if (j >= i && j <= m_subtreeEnd[i]) {
                j = m_subtreeEnd[i];
                continue;
            }
            amount -= charge(out, j, amount);
        }
        out[owner] -= amount; // whatever is left: the fix-up below moves it up
    }
    // Rounding (times are printed to 1 µs and averaged over loops and workers) can leave a parent
    // with less than its children: move the deficit up, keeping the sum.
    for (int i = n - 1; i >= 1; --i) {
        if (out[i] < 0) {
            out[m_plan.nodes[i].parent] += out[i];
            out[i] = 0;
        }
    }
    if (n > 0 && out[0] < 0) {
        // The children add up to more than the root: scale everything down to the root's total.
        out[0] = 0;
        double sum = 0;
        for (double v : out)
            sum += v;
        const double scale = sum > 0 ? std::max(0.0, inclusive[0]) / sum : 0;
        for (double &v : out)
            v *= scale;
    }
    return out;
}

} // namespace strata::explain

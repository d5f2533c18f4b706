#include "PlanGenerator.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace strata::test {

namespace {

struct Node
{
    QString type, relation, index, joinType, extra;
    QList<int> children;
    double rows = 1, loops = 1, ownTime = 0, total = 0;
    qint64 hit = 0, read = 0, ownHit = 0, ownRead = 0;
};

class Generator
{
public:
    Generator(quint32 seed) : m_rng(seed) {}

    // Builds a subtree of about `budget` nodes and returns its root.
    int build(int budget, int depth)
    {
        const int id = int(m_nodes.size());
        m_nodes.append(Node());
        if (budget <= 1 || depth > 40) {
            leaf(id);
            return id;
        }
        const int pick = int(m_rng.bounded(100));
        QList<int> parts;
        if (budget > 12 && pick < 25) {
            m_nodes[id].type = QStringLiteral("Append");
            const int k = 2 + int(m_rng.bounded(std::min(budget / 3, 9)));
            int left = budget - 1;
            for (int i = 0; i < k; ++i) {
                const int share = std::max(1, left / (k - i));
                parts << share;
                left -= share;
            }
        } else if (budget > 3 && pick < 60) {
            const bool hash = m_rng.bounded(2) == 0;
            m_nodes[id].type = hash ? QStringLiteral("Hash Join") : QStringLiteral("Nested Loop");
            m_nodes[id].joinType = m_rng.bounded(4) == 0 ? QStringLiteral("Left") : QStringLiteral("Inner");
            const int outer = std::max(1, (budget - 1) * 2 / 3);
            parts << outer << std::max(1, budget - 1 - outer);
        } else {
            static const char *const single[] = {"Sort", "Aggregate", "Limit", "Materialize", "Subquery Scan", "Gather"};
            m_nodes[id].type = QLatin1String(single[m_rng.bounded(6)]);
            parts << budget - 1;
        }
        for (int p : parts) {
            const int child = build(p, depth + 1);
            m_nodes[id].children << child;
        }
        if (m_nodes[id].type == u"Hash Join") {
            // The inner side of a hash join is a Hash over it.
            const int hash = int(m_nodes.size());
            m_nodes.append(Node());
            m_nodes[hash].type = QStringLiteral("Hash");
            m_nodes[hash].children << m_nodes[id].children[1];
            m_nodes[id].children[1] = hash;
        }
        finish(id);
        return id;
    }

    int partitions(int count)
    {
        m_nodes.append(Node());
        m_nodes[0].type = QStringLiteral("Append");
        for (int i = 1; i < count; ++i) {
            m_nodes.append(Node());
            leaf(i, QStringLiteral("events_p%1").arg(i));
            m_nodes[0].children << i;
        }
        finish(0);
        return 0;
    }

    QString json(int root) const
    {
        QString out;
        out.reserve(int(m_nodes.size()) * 700);
        out += QStringLiteral("[\n  {\n    \"Plan\": ");
        write(out, root, QStringLiteral("    "), QString());
        out += QStringLiteral(",\n    \"Planning Time\": 1.234,\n    \"Triggers\": [],\n    \"Execution Time\": %1\n  }\n]\n")
                   .arg(m_nodes[root].total + 0.5, 0, 'f', 3);
        return out;
    }

    int size() const { return int(m_nodes.size()); }

private:
    void leaf(int id, QString relation = {})
    {
        Node &n = m_nodes[id];
        const bool index = relation.isEmpty() && m_rng.bounded(3) == 0;
        n.type = index ? QStringLiteral("Index Scan") : QStringLiteral("Seq Scan");
        n.relation = relation.isEmpty() ? QStringLiteral("table_%1").arg(m_rng.bounded(400)) : relation;
        if (index)
            n.index = n.relation + QStringLiteral("_pkey");
        n.extra = QStringLiteral("\"Filter\": \"(status = 'open'::text)\", \"Rows Removed by Filter\": %1, ").arg(m_rng.bounded(5000));
        n.rows = 1 + m_rng.bounded(20000);
        n.ownTime = 0.01 + m_rng.bounded(2000) / 100.0;
        n.ownHit = m_rng.bounded(500);
        n.ownRead = m_rng.bounded(50);
        n.total = n.ownTime;
        n.hit = n.ownHit;
        n.read = n.ownRead;
    }

    void finish(int id)
    {
        Node &n = m_nodes[id];
        double childTime = 0, rows = 0;
        qint64 hit = 0, read = 0;
        for (int c : n.children) {
            childTime += m_nodes[c].total;
            rows += m_nodes[c].rows;
            hit += m_nodes[c].hit;
            read += m_nodes[c].read;
        }
        n.rows = n.type == u"Aggregate" ? 1 + m_rng.bounded(100) : std::max(1.0, rows * (0.2 + m_rng.bounded(100) / 100.0));
        n.ownTime = m_rng.bounded(500) / 100.0;
        n.total = childTime + n.ownTime;
        n.ownHit = m_rng.bounded(20);
        n.hit = hit + n.ownHit;
        n.read = read;
    }

    void write(QString &out, int id, const QString &indent, const QString &relationship) const
    {
        const Node &n = m_nodes[id];
        const QString in = indent + QStringLiteral("  ");
        out += QStringLiteral("{\n") + in + QStringLiteral("\"Node Type\": \"%1\",\n").arg(n.type);
        if (!relationship.isEmpty())
            out += in + QStringLiteral("\"Parent Relationship\": \"%1\",\n").arg(relationship);
        out += in + QStringLiteral("\"Parallel Aware\": false,\n") + in + QStringLiteral("\"Async Capable\": false,\n");
        if (!n.joinType.isEmpty())
            out += in + QStringLiteral("\"Join Type\": \"%1\",\n").arg(n.joinType);
        if (!n.index.isEmpty())
            out += in + QStringLiteral("\"Scan Direction\": \"Forward\",\n") + in + QStringLiteral("\"Index Name\": \"%1\",\n").arg(n.index);
        if (!n.relation.isEmpty())
            out += in + QStringLiteral("\"Relation Name\": \"%1\",\n").arg(n.relation) + in + QStringLiteral("\"Alias\": \"%1\",\n").arg(n.relation);
        const double cost = n.total * 10;
        out += in + QStringLiteral("\"Startup Cost\": 0.00,\n") + in + QStringLiteral("\"Total Cost\": %1,\n").arg(cost, 0, 'f', 2);
        out += in + QStringLiteral("\"Plan Rows\": %1,\n").arg(qint64(n.rows * (0.5 + (id % 7) / 3.0))) + in + QStringLiteral("\"Plan Width\": 36,\n");
        out += in + QStringLiteral("\"Actual Startup Time\": %1,\n").arg(n.total / 10, 0, 'f', 3) + in +
               QStringLiteral("\"Actual Total Time\": %1,\n").arg(n.total, 0, 'f', 3);
        out += in + QStringLiteral("\"Actual Rows\": %1,\n").arg(qint64(n.rows)) + in + QStringLiteral("\"Actual Loops\": 1,\n");
        if (!n.extra.isEmpty())
            out += in + n.extra.trimmed() + u'\n';
        out += in + QStringLiteral("\"Shared Hit Blocks\": %1,\n").arg(n.hit) + in + QStringLiteral("\"Shared Read Blocks\": %1,\n").arg(n.read);
        out += in + QStringLiteral("\"Shared Dirtied Blocks\": 0,\n") + in + QStringLiteral("\"Shared Written Blocks\": 0,\n");
        out += in + QStringLiteral("\"Temp Read Blocks\": 0,\n") + in + QStringLiteral("\"Temp Written Blocks\": 0");
        if (!n.children.isEmpty()) {
            out += QStringLiteral(",\n") + in + QStringLiteral("\"Plans\": [\n");
            for (qsizetype i = 0; i < n.children.size(); ++i) {
                const QString rel = n.type == u"Append" ? QStringLiteral("Member")
                                    : n.type == u"Subquery Scan" ? QStringLiteral("Subquery")
                                    : i == 0 ? QStringLiteral("Outer") : QStringLiteral("Inner");
                out += in + QStringLiteral("  ");
                write(out, n.children[i], in + QStringLiteral("  "), rel);
                out += i + 1 < n.children.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
            }
            out += in + u']';
        }
        out += u'\n' + indent + u'}';
    }

    QRandomGenerator m_rng;
    QList<Node> m_nodes;
};

} // namespace

QString generatedPlanJson(int nodes, PlanShape shape, quint32 seed)
{
    if (shape == PlanShape::Partitions) {
        Generator g(seed);
        return g.json(g.partitions(nodes));
    }
    // Hash Joins bring a Hash node each: aim low, then grow the budget until the plan is big enough.
    int budget = nodes * 4 / 5;
    for (;;) {
        Generator g(seed);
        const int root = g.build(budget, 0);
        if (g.size() >= nodes)
            return g.json(root);
        budget += std::max(1, (nodes - g.size()) / 2);
    }
}

} // namespace strata::test

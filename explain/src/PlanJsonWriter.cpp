#include "explain/PlanJsonWriter.h"

#include "explain/FieldOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace strata::explain {

namespace {

QByteArray indent(int level)
{
    return QByteArray(level * 2, ' ');
}

QByteArray quoted(const QString &s)
{
    // QJsonDocument escapes strings the JSON way; strip the array it needs around them.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &v, int level);

void writeObjectBody(QByteArray &out, const QJsonObject &o, int level, const QByteArray &tail = {})
{
    const QStringList keys = FieldOrder::sorted(o.keys());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += indent(level) + quoted(keys[i]) + ": ";
        writeValue(out, o.value(keys[i]), level);
        out += (i + 1 < keys.size() || !tail.isEmpty()) ? ",\n" : "\n";
    }
    out += tail;
}

void writeValue(QByteArray &out, const QJsonValue &v, int level)
{
    if (v.isObject()) {
        out += "{\n";
        writeObjectBody(out, v.toObject(), level + 1);
        out += indent(level) + "}";
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += indent(level + 1);
            writeValue(out, a[i], level + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += indent(level) + "]";
    } else {
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out += a.mid(1, a.size() - 2);
    }
}

// Nodes are written without recursion: a plan read from text can be deeper than a stack allows.
void writeNodes(QByteArray &out, const Plan &plan, int level)
{
    struct Step
    {
        int node;
        int child; // next child to open; -1 before the node's own fields
        int level;
    };
    QList<Step> stack{{0, -1, level}};
    out += "{\n";
    while (!stack.isEmpty()) {
        Step &s = stack.back();
        const PlanNode &n = plan.nodes[s.node];
        if (s.child < 0) {
            writeObjectBody(out, n.fields, s.level + 1, n.children.isEmpty() ? QByteArray() : indent(s.level + 1) + "\"Plans\": [\n");
            s.child = 0;
        }
        if (s.child < n.children.size()) {
            const int child = n.children[s.child++];
            out += indent(s.level + 2) + "{\n";
            stack.append({child, -1, s.level + 2});
            continue;
        }
        if (!n.children.isEmpty())
            out += indent(s.level + 1) + "]\n";
        const int closing = s.level;
        stack.removeLast();
        out += indent(closing) + "}";
        if (!stack.isEmpty()) {
            const Step &parent = stack.back();
            out += parent.child < plan.nodes[parent.node].children.size() ? ",\n" : "\n";
        }
    }
}

} // namespace

QByteArray PlanJsonWriter::write(const Plan &plan)
{
    QByteArray out = "[\n  {\n";
    if (!plan.isEmpty()) {
        out += "    \"Plan\": ";
        writeNodes(out, plan, 2);
        out += plan.summary.isEmpty() ? "\n" : ",\n";
    }
    writeObjectBody(out, plan.summary, 2);
    out += "  }\n]\n";
    return out;
}

} // namespace strata::explain

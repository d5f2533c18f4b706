#include "explain/PgTextPlanParser.h"

#include "PgDetailLine.h"
#include "PgNodeHeader.h"
#include "PgTextTree.h"
#include "PsqlOutput.h"

#include <QRegularExpression>

namespace strata::explain {

namespace {

using Re = QRegularExpression;

enum class Kind { Node, BareNode, Heading, Worker, Trigger, Detail, Unknown };

struct Logical
{
    QString text;
    int line = 0;
    bool trailingSpace = false;
    Kind kind = Kind::Unknown;
    int joined = 0;
};

int indentOf(QStringView s)
{
    int i = 0;
    while (i < s.size() && s[i] == u' ')
        ++i;
    return i;
}

const Re &headingRe()
{
    static const Re re(QStringLiteral("^(?:(?:InitPlan|SubPlan)(?: \\d+)?(?: \\(returns .*\\))?|CTE (?!Scan on ).+)$"));
    return re;
}

const Re &workerRe()
{
    static const Re re(QStringLiteral("^Worker (\\d+):\\s+(.*)$"));
    return re;
}

const Re &triggerRe()
{
    static const Re re(QStringLiteral("^Trigger\\b.*: (?:time=|calls=)"));
    return re;
}

Kind classify(QStringView body)
{
    if (body.startsWith(u"->") || PgNodeHeader::hasMeasurements(body))
        return Kind::Node;
    if (workerRe().match(body).hasMatch())
        return Kind::Worker;
    if (triggerRe().match(body).hasMatch())
        return Kind::Trigger;
    if (PgDetailLine::split(body))
        return Kind::Detail;
    if (headingRe().match(body).hasMatch())
        return Kind::Heading;
    if (PgNodeHeader::startsWithNodeName(body))
        return Kind::BareNode;
    return Kind::Unknown;
}

// A wrapped piece never starts a line of its own: "rows=0 loops=1)", "24..0.525", ") (actual".
bool looksLikeFragment(QStringView body)
{
    return !body.isEmpty() && (body[0] == u'(' || body[0] == u')' || body[0].isDigit() || body[0].isLower() ||
                               body[0] == u'.' || body[0] == u'\'' || body[0] == u'"');
}

void appendWrapped(Logical &last, const SourceLine &next)
{
    const bool space = last.trailingSpace || (!next.text.isEmpty() && next.text[0] == u' ');
    last.text += (space ? QStringLiteral(" ") : QString()) + next.text.trimmed();
    last.trailingSpace = next.trailingSpace;
    ++last.joined;
}

// Joins the pieces of lines a terminal or an editor wrapped: a line continues while its
// parentheses or quotes are open, and a piece that cannot start a line belongs to the one above.
QList<Logical> joinWrappedLines(const QList<SourceLine> &lines)
{
    QList<Logical> out;
    bool summary = false; // after the tree nothing wraps into "Execution Time" but open parentheses
    for (const SourceLine &l : lines) {
        const QStringView body = QStringView(l.text).trimmed();
        if (body.isEmpty())
            continue;
        const bool fragment = looksLikeFragment(body);
        const Kind kind = fragment ? Kind::Unknown : classify(body);
        if (!out.isEmpty()) {
            Logical &last = out.back();
            // A terminal wraps to column 0; a line indented like the one above is a line of its own.
            const bool joinUnknown = !summary && (fragment || (kind == Kind::Unknown && indentOf(l.text) < indentOf(last.text)));
            if (joinUnknown || (kind != Kind::Node && last.joined < 40 && PgDetailLine::isOpen(last.text))) {
                appendWrapped(last, l);
                continue;
            }
        }
        if (kind == Kind::Trigger || (kind == Kind::Detail && PgDetailLine::isSummaryKey(PgDetailLine::split(body)->key)))
            summary = true;
        out.append({l.text, l.line, l.trailingSpace, kind, 0});
    }
    // Kinds can change once a line is whole ("Sort  (cos" + "t=1..2 ...").
    for (Logical &l : out) {
        if (l.joined > 0)
            l.kind = classify(QStringView(l.text).trimmed());
    }
    return out;
}

// The plan starts at the first line that is a node once its wrapped pieces are joined; what comes
// before (a prompt, the query, comments) is not part of it.
qsizetype planStart(const QList<SourceLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Logical candidate{lines[i].text, lines[i].line, lines[i].trailingSpace, Kind::Unknown, 0};
        for (qsizetype j = i + 1; j < lines.size() && PgDetailLine::isOpen(candidate.text) && candidate.joined < 40; ++j) {
            const QStringView next = QStringView(lines[j].text).trimmed();
            if (!looksLikeFragment(next) && classify(next) == Kind::Node)
                break;
            appendWrapped(candidate, lines[j]);
        }
        const QStringView body = QStringView(candidate.text).trimmed();
        if (!looksLikeFragment(body)) {
            const Kind kind = classify(body);
            if (kind == Kind::Node || kind == Kind::BareNode)
                return i;
        }
    }
    return lines.size();
}

class Reader
{
public:
    explicit Reader(const QString &sourceName) : m_source(sourceName) {}
    Result<Plan> read(const QList<Logical> &lines);

private:
    void node(const Logical &l);
    void detail(const Logical &l, int column);
    void worker(const Logical &l, int column);
    void summary(const Logical &l);
    void note(Severity severity, const QString &code, const QString &message, int line);
    QJsonObject &currentFields();
    Plan finish();

    QString m_source;
    PgTextTree m_tree;
    Plan m_plan;
    bool m_inSummary = false;
    QString m_summaryGroup;
    int m_workerColumn = -1, m_worker = -1;
    int m_targetColumn = -1;
    bool m_secondPlan = false;
};

void Reader::note(Severity severity, const QString &code, const QString &message, int line)
{
    SourcePlace place = SourcePlace::ofSource(m_source);
    place.line = line;
    m_plan.notes.append({severity, code, message, place, {}});
}

QJsonObject &Reader::currentFields()
{
    TextNode &n = m_tree.nodes.back();
    if (m_worker >= 0)
        return n.workers[m_worker];
    return n.fields;
}

void Reader::node(const Logical &l)
{
    QStringView body = QStringView(l.text).trimmed();
    int column = indentOf(l.text);
    if (body.startsWith(u"->"))
        body = body.mid(2).trimmed();
    const auto parsed = PgNodeHeader::parse(body);
    if (!parsed.knownType)
        note(Severity::Info, QStringLiteral("explain.unknown-node"),
             QStringLiteral("unknown node type \"%1\" kept as written").arg(parsed.fields.value(QLatin1String("Node Type")).toString()),
             l.line);
    TextNode n;
    n.fields = parsed.fields;
    n.line = l.line;
    n.neverExecuted = parsed.neverExecuted;
    m_tree.addNode(std::move(n), column); // the arrow's column, or the text's for the root
    m_worker = -1;
    m_workerColumn = -1;
    m_targetColumn = -1;
}

void Reader::worker(const Logical &l, int column)
{
    const auto m = workerRe().match(l.text.trimmed());
    m_worker = m.captured(1).toInt();
    m_workerColumn = column;
    const QString rest = m.captured(2);
    static const Re actual(QStringLiteral("^actual(?: time=([\\d.]+)\\.\\.([\\d.]+))? rows=([\\d.]+) loops=([\\d.]+)$"));
    QJsonObject &w = currentFields();
    if (const auto a = actual.match(rest); a.hasMatch()) {
        if (a.capturedLength(1)) {
            w.insert(QLatin1String("Actual Startup Time"), a.captured(1).toDouble());
            w.insert(QLatin1String("Actual Total Time"), a.captured(2).toDouble());
        }
        w.insert(QLatin1String("Actual Rows"), a.captured(3).toDouble());
        w.insert(QLatin1String("Actual Loops"), a.captured(4).toDouble());
    } else if (const auto kv = PgDetailLine::split(rest)) {
        if (kv->key != u"JIT")
            PgDetailLine::apply(w, *kv);
    }
}

void Reader::detail(const Logical &l, int column)
{
    const auto kv = PgDetailLine::split(l.text);
    TextNode &n = m_tree.nodes.back();
    if (m_worker >= 0 && column <= m_workerColumn) {
        m_worker = -1;
        m_workerColumn = -1;
    }
    if (kv->key == u"Group Key" || kv->key == u"Hash Key" ||
        (kv->key == u"Sort Key" && n.fields.value(QLatin1String("Node Type")).toString() == u"Aggregate")) {
        n.keyLines.append({kv->key, PgDetailLine::splitList(kv->value)});
        return;
    }
    if (m_targetColumn >= 0 && column > m_targetColumn && !n.targetTables.isEmpty()) {
        QJsonObject target = n.targetTables.last().toObject();
        PgDetailLine::apply(target, *kv);
        n.targetTables.replace(n.targetTables.size() - 1, target);
        return;
    }
    PgDetailLine::apply(currentFields(), *kv);
}

void Reader::summary(const Logical &l)
{
    const QString body = l.text.trimmed();
    if (triggerRe().match(body).hasMatch()) {
        const qsizetype colon = body.indexOf(QRegularExpression(QStringLiteral(": (?:time|calls)=")));
        PgDetailLine::applySummary(m_plan.summary, {}, {body.left(colon), body.mid(colon + 2)});
        return;
    }
    const auto kv = PgDetailLine::split(body);
    if (!kv) {
        note(Severity::Info, QStringLiteral("explain.ignored-line"), QStringLiteral("line after the plan ignored: %1").arg(body), l.line);
        return;
    }
    if (PgDetailLine::isSummaryKey(kv->key)) {
        m_summaryGroup = (kv->key == u"JIT" || kv->key == u"Planning" || kv->key == u"Serialization") ? kv->key : QString();
        PgDetailLine::applySummary(m_plan.summary, {}, *kv);
        return;
    }
    if (!m_summaryGroup.isEmpty()) {
        PgDetailLine::applySummary(m_plan.summary, m_summaryGroup, *kv);
        return;
    }
    note(Severity::Info, QStringLiteral("explain.ignored-line"), QStringLiteral("line after the plan ignored: %1").arg(body), l.line);
}

Result<Plan> Reader::read(const QList<Logical> &lines)
{
    qsizetype i = 0;
    while (i < lines.size() && lines[i].kind != Kind::Node && lines[i].kind != Kind::BareNode)
        ++i;
    if (i == lines.size())
        return Error(QStringLiteral("no plan found: expected EXPLAIN output with lines such as "
                                    "\"Seq Scan on t  (cost=0.00..35.50 rows=2550 width=4)\""),
                     SourcePlace::ofSource(m_source), QStringLiteral("explain.text"));
    for (; i < lines.size(); ++i) {
        const Logical &l = lines[i];
        const int column = indentOf(l.text);
        const QString body = l.text.trimmed();
        if (m_secondPlan)
            break;
        if (m_inSummary) {
            if (l.kind == Kind::Node) {
                m_secondPlan = true;
                note(Severity::Info, QStringLiteral("explain.more-plans"),
                     QStringLiteral("a second plan starts here; this is the first"), l.line);
                break;
            }
            summary(l);
            continue;
        }
        switch (l.kind) {
        case Kind::Node:
            node(l);
            break;
        case Kind::BareNode: {
            const TextNode &cur = m_tree.nodes.isEmpty() ? TextNode() : m_tree.nodes.back();
            const bool isModify = cur.fields.value(QLatin1String("Node Type")).toString() == u"ModifyTable";
            if (m_tree.nodes.isEmpty()) {
                node(l);
            } else if (isModify) {
                // "Update on part_1 t_1": a target of the ModifyTable above.
                const auto parsed = PgNodeHeader::parse(body);
                QJsonObject target;
                for (const char *k : {"Relation Name", "Schema", "Alias"}) {
                    if (parsed.fields.contains(QLatin1String(k)))
                        target.insert(QLatin1String(k), parsed.fields.value(QLatin1String(k)));
                }
                m_tree.nodes.back().targetTables.append(target);
                m_targetColumn = column;
            } else {
                node(l); // COSTS OFF and the arrow lost: still a node
            }
            break;
        }
        case Kind::Heading:
            m_tree.addHeading(body, column);
            m_worker = -1;
            break;
        case Kind::Worker:
            worker(l, column);
            break;
        case Kind::Trigger:
            m_inSummary = true;
            summary(l);
            break;
        case Kind::Detail: {
            const auto kv = PgDetailLine::split(body);
            const bool workerJit = m_worker >= 0 && column > m_workerColumn;
            if (PgDetailLine::isSummaryKey(kv->key) && !workerJit) {
                m_inSummary = true;
                summary(l);
            } else if (!workerJit || kv->key != u"JIT") {
                detail(l, column);
            }
            break;
        }
        case Kind::Unknown: {
            QJsonObject &f = m_tree.nodes.back().fields;
            QJsonArray unparsed = f.value(QLatin1String("Unparsed Lines")).toArray();
            unparsed.append(body);
            f.insert(QLatin1String("Unparsed Lines"), unparsed);
            note(Severity::Warning, QStringLiteral("explain.unparsed-line"),
                 QStringLiteral("line not understood, kept with its node: %1").arg(body), l.line);
            break;
        }
        }
    }
    return finish();
}


// How a child hangs under its parent, as PostgreSQL's JSON names it.
QString relationshipOf(const TextNode &parent, int position, int regularCount)
{
    const QString type = parent.fields.value(QLatin1String("Node Type")).toString();
    if (type == u"Append" || type == u"Merge Append" || type == u"BitmapAnd" || type == u"BitmapOr")
        return QStringLiteral("Member");
    if (type == u"Subquery Scan")
        return QStringLiteral("Subquery");
    if (type == u"Custom Scan")
        return regularCount == 1 ? QStringLiteral("child") : QStringLiteral("children");
    return position == 0 ? QStringLiteral("Outer") : QStringLiteral("Inner");
}

// Aggregates over grouping sets print one "Group Key"/"Hash Key" line per set (and a "Sort Key"
// before each sorted chain); JSON nests them in "Grouping Sets".
void putKeys(TextNode &n)
{
    if (n.keyLines.isEmpty())
        return;
    int groupLines = 0;
    bool hashed = false, emptySet = false;
    for (const auto &[key, list] : n.keyLines) {
        groupLines += key != u"Sort Key";
        hashed = hashed || key == u"Hash Key";
        emptySet = emptySet || (list.size() == 1 && list[0].toString() == u"()");
    }
    if (groupLines <= 1 && !hashed && !emptySet) {
        for (const auto &[key, list] : n.keyLines)
            n.fields.insert(key, list);
        return;
    }
    QJsonArray sets;
    QJsonObject set;
    QString setKind;
    auto flush = [&] {
        if (!set.isEmpty())
            sets.append(set);
        set = QJsonObject();
        setKind.clear();
    };
    for (const auto &[key, list] : n.keyLines) {
        const QJsonArray keys = (list.size() == 1 && list[0].toString() == u"()") ? QJsonArray() : list;
        if (key == u"Sort Key") {
            flush();
            set.insert(QLatin1String("Sort Key"), list);
            setKind = QStringLiteral("Group Keys");
            continue;
        }
        // Each hashed set is an aggregate of its own; sorted sets of one rollup share one.
        const QString wanted = key == u"Hash Key" ? QStringLiteral("Hash Keys") : QStringLiteral("Group Keys");
        if (!setKind.isEmpty() && (setKind != wanted || wanted == u"Hash Keys"))
            flush();
        setKind = wanted;
        QJsonArray group = set.value(wanted).toArray();
        group.append(keys);
        set.insert(wanted, group);
    }
    flush();
    n.fields.insert(QLatin1String("Grouping Sets"), sets);
}

Plan Reader::finish()
{
    QList<TextNode> &nodes = m_tree.nodes;
    bool timed = false;
    for (const TextNode &n : nodes)
        timed = timed || n.fields.contains(QLatin1String("Actual Total Time"));
    for (TextNode &n : nodes) {
        QJsonObject &f = n.fields;
        if (n.parent >= 0) {
            const TextNode &p = nodes[n.parent];
            if (!n.regular) {
                f.insert(QLatin1String("Parent Relationship"), n.subplanKind);
                f.insert(QLatin1String("Subplan Name"), n.subplanName);
            } else {
                f.insert(QLatin1String("Parent Relationship"), relationshipOf(p, n.position, p.regularChildren));
            }
        }
        if (n.neverExecuted) {
            if (timed) {
                f.insert(QLatin1String("Actual Startup Time"), 0.0);
                f.insert(QLatin1String("Actual Total Time"), 0.0);
            }
            f.insert(QLatin1String("Actual Rows"), 0.0);
            f.insert(QLatin1String("Actual Loops"), 0.0);
        }
        if (!n.workers.isEmpty()) {
            QJsonArray workers;
            for (auto it = n.workers.begin(); it != n.workers.end(); ++it) {
                QJsonObject w = it.value();
                w.insert(QLatin1String("Worker Number"), it.key());
                workers.append(w);
            }
            f.insert(QLatin1String("Workers"), workers);
        }
        if (!n.targetTables.isEmpty())
            f.insert(QLatin1String("Target Tables"), n.targetTables);
        putKeys(n);
    }
    for (const TextNode &n : nodes)
        m_plan.addNode(n.parent, n.fields);
    if (!m_tree.guessedLines.isEmpty())
        note(Severity::Info, QStringLiteral("explain.indentation"),
             QStringLiteral("the indentation of %1 node line(s) did not fit the plan; they were placed by what their "
                            "parent nodes take (a join two inputs, a sort one)")
                 .arg(m_tree.guessedLines.size()),
             m_tree.guessedLines.front());
    m_plan.source = PlanSource::PostgresText;
    m_plan.sourceName = m_source;
    return m_plan;
}

} // namespace

Result<Plan> PgTextPlanParser::parse(QStringView text, const QString &sourceName)
{
    const QList<SourceLine> lines = PsqlOutput::clean(text);
    Reader reader(sourceName);
    return reader.read(joinWrappedLines(lines.mid(planStart(lines))));
}

} // namespace strata::explain

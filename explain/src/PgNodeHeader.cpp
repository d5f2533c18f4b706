#include "PgNodeHeader.h"

#include <QRegularExpression>

namespace strata::explain {

namespace {

using Re = QRegularExpression;

// The measured parts at the end of a header line, in the order PostgreSQL writes them.
const Re &neverExecutedRe()
{
    static const Re re(QStringLiteral("\\s*\\(never executed\\)$"));
    return re;
}
const Re &actualRe()
{
    static const Re re(QStringLiteral(
        "\\s*\\(actual(?: time=(-?[\\d.]+)\\.\\.(-?[\\d.]+))? rows=([\\d.]+) loops=([\\d.]+)\\)$"));
    return re;
}
const Re &costRe()
{
    static const Re re(QStringLiteral("\\s*\\(cost=([\\d.]+)\\.\\.([\\d.]+) rows=([\\d.]+) width=(\\d+)\\)$"));
    return re;
}

// One SQL name (quoted or not), optionally schema-qualified, then an optional alias.
const QString identifier = QStringLiteral("(?:\"(?:[^\"]|\"\")*\"|[^\\s\".]+)");

const Re &targetRe()
{
    static const Re re(QStringLiteral("^(?:(%1)\\.)?(%1)(?: (%1))?$").arg(identifier));
    return re;
}

struct Target
{
    QString schema, name, alias;
};

std::optional<Target> parseTarget(QStringView text)
{
    const auto m = targetRe().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return Target{PgNodeHeader::unquote(m.capturedView(1)), PgNodeHeader::unquote(m.capturedView(2)),
                  PgNodeHeader::unquote(m.capturedView(3))};
}

// Scans that name their object after " on ", with the JSON key the object goes under.
struct ScanKind
{
    const char *name;
    const char *objectKey; // nullptr: the name after "on" is the alias itself
};

const ScanKind scanKinds[] = {
    {"Seq Scan", "Relation Name"},
    {"Sample Scan", "Relation Name"},
    {"Bitmap Heap Scan", "Relation Name"},
    {"Tid Scan", "Relation Name"},
    {"Tid Range Scan", "Relation Name"},
    {"Foreign Scan", "Relation Name"},
    {"Function Scan", "Function Name"},
    {"Table Function Scan", "Table Function Name"},
    {"CTE Scan", "CTE Name"},
    {"WorkTable Scan", "CTE Name"},
    {"Named Tuplestore Scan", "Tuplestore Name"},
    {"Subquery Scan", nullptr},
    {"Values Scan", nullptr},
};

const char *const plainNames[] = {
    "Result", "ProjectSet", "Append", "Merge Append", "Recursive Union", "BitmapAnd", "BitmapOr",
    "Gather Merge", "Gather", "Materialize", "Memoize", "Incremental Sort", "Sort", "Group", "Unique",
    "WindowAgg", "LockRows", "Limit", "Hash", "Nested Loop", "Seq Scan", "Custom Scan", "Foreign Scan",
};

void putTarget(QJsonObject &f, const Target &t, const char *objectKey)
{
    if (objectKey && !t.name.isEmpty())
        f.insert(QLatin1String(objectKey), t.name);
    if (!t.schema.isEmpty())
        f.insert(QLatin1String("Schema"), t.schema);
    // JSON always names the alias; text leaves it out when it equals the object's name.
    f.insert(QLatin1String("Alias"), !t.alias.isEmpty() ? t.alias : t.name);
}

bool parseScan(QJsonObject &f, QStringView name)
{
    for (const ScanKind &kind : scanKinds) {
        const QLatin1String kindName(kind.name);
        if (!name.startsWith(kindName) || !name.mid(kindName.size()).startsWith(u" on "))
            continue;
        const auto target = parseTarget(name.mid(kindName.size() + 4));
        if (!target)
            return false;
        f.insert(QLatin1String("Node Type"), QLatin1String(kind.name));
        if (kind.objectKey) {
            putTarget(f, *target, kind.objectKey);
        } else {
            // "Subquery Scan on x", "Values Scan on \"*VALUES*\"": the one name is the alias.
            f.insert(QLatin1String("Alias"), target->alias.isEmpty() ? target->name : target->alias);
        }
        if (QLatin1String(kind.name) == QLatin1String("Foreign Scan"))
            f.insert(QLatin1String("Operation"), QStringLiteral("Select"));
        return true;
    }
    // Before PostgreSQL 9.0: "Subquery Scan alias" without "on".
    static const Re oldSubquery(QStringLiteral("^Subquery Scan (%1)$").arg(identifier));
    if (const auto m = oldSubquery.match(name); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Subquery Scan"));
        f.insert(QLatin1String("Alias"), PgNodeHeader::unquote(m.capturedView(1)));
        return true;
    }
    return false;
}

bool parseIndexScan(QJsonObject &f, QStringView name)
{
    static const Re re(QStringLiteral("^(Index Scan|Index Only Scan)( Backward)? using (%1) on (.+)$").arg(identifier));
    if (const auto m = re.match(name); m.hasMatch()) {
        const auto target = parseTarget(m.capturedView(4));
        if (!target)
            return false;
        f.insert(QLatin1String("Node Type"), m.captured(1));
        f.insert(QLatin1String("Scan Direction"), m.capturedLength(2) ? QStringLiteral("Backward") : QStringLiteral("Forward"));
        f.insert(QLatin1String("Index Name"), PgNodeHeader::unquote(m.capturedView(3)));
        putTarget(f, *target, "Relation Name");
        return true;
    }
    static const Re bitmap(QStringLiteral("^Bitmap Index Scan on (%1)$").arg(identifier));
    if (const auto m = bitmap.match(name); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Bitmap Index Scan"));
        f.insert(QLatin1String("Index Name"), PgNodeHeader::unquote(m.capturedView(1)));
        return true;
    }
    return false;
}

bool parseJoinOrAggregate(QJsonObject &f, QStringView name)
{
    static const Re join(QStringLiteral("^(Nested Loop|Hash|Merge)(?: (Left|Right|Full|Semi|Anti|Right Semi|Right Anti))?( Join)?$"));
    if (const auto m = join.match(name); m.hasMatch() && (m.capturedLength(3) || m.captured(1) == u"Nested Loop")) {
        const QString kind = m.captured(1);
        f.insert(QLatin1String("Node Type"), kind == u"Nested Loop" ? kind : kind + QStringLiteral(" Join"));
        f.insert(QLatin1String("Join Type"), m.capturedLength(2) ? m.captured(2) : QStringLiteral("Inner"));
        return true;
    }
    static const Re agg(QStringLiteral("^(?:(Partial|Finalize) )?(Aggregate|GroupAggregate|HashAggregate|MixedAggregate)$"));
    if (const auto m = agg.match(name); m.hasMatch()) {
        static const QHash<QString, QString> strategies = {{QStringLiteral("Aggregate"), QStringLiteral("Plain")},
                                                           {QStringLiteral("GroupAggregate"), QStringLiteral("Sorted")},
                                                           {QStringLiteral("HashAggregate"), QStringLiteral("Hashed")},
                                                           {QStringLiteral("MixedAggregate"), QStringLiteral("Mixed")}};
        f.insert(QLatin1String("Node Type"), QStringLiteral("Aggregate"));
        f.insert(QLatin1String("Strategy"), strategies.value(m.captured(2)));
        f.insert(QLatin1String("Partial Mode"), m.capturedLength(1) ? m.captured(1) : QStringLiteral("Simple"));
        return true;
    }
    static const Re setop(QStringLiteral("^(SetOp|HashSetOp) (Intersect|Intersect All|Except|Except All)$"));
    if (const auto m = setop.match(name); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("SetOp"));
        f.insert(QLatin1String("Strategy"), m.captured(1) == u"HashSetOp" ? QStringLiteral("Hashed") : QStringLiteral("Sorted"));
        f.insert(QLatin1String("Command"), m.captured(2));
        return true;
    }
    return false;
}

bool parseModifyOrCustom(QJsonObject &f, QStringView name)
{
    static const Re modify(QStringLiteral("^(Foreign )?(Insert|Update|Delete|Merge) on (.+)$"));
    if (const auto m = modify.match(name); m.hasMatch()) {
        const auto target = parseTarget(m.capturedView(3));
        if (!target)
            return false;
        f.insert(QLatin1String("Node Type"), m.capturedLength(1) ? QStringLiteral("Foreign Scan") : QStringLiteral("ModifyTable"));
        f.insert(QLatin1String("Operation"), m.captured(2));
        putTarget(f, *target, "Relation Name");
        return true;
    }
    static const Re custom(QStringLiteral("^Custom Scan \\((.+?)\\)(?: on (.+))?$"));
    if (const auto m = custom.match(name); m.hasMatch()) {
        f.insert(QLatin1String("Node Type"), QStringLiteral("Custom Scan"));
        f.insert(QLatin1String("Custom Plan Provider"), m.captured(1));
        if (m.capturedLength(2)) {
            if (const auto target = parseTarget(m.capturedView(2)))
                putTarget(f, *target, "Relation Name");
        }
        return true;
    }
    return false;
}

double toNumber(QStringView s)
{
    return s.toDouble();
}

} // namespace

QString PgNodeHeader::unquote(QStringView identifier)
{
    if (identifier.size() >= 2 && identifier.front() == u'"' && identifier.back() == u'"')
        return identifier.mid(1, identifier.size() - 2).toString().replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return identifier.toString();
}

bool PgNodeHeader::hasMeasurements(QStringView text)
{
    text = text.trimmed();
    if (!text.endsWith(u')'))
        return false;
    return (text.contains(QLatin1String("(cost=")) && costRe().match(text).hasMatch()) ||
           (text.contains(QLatin1String("(actual ")) && actualRe().match(text).hasMatch()) ||
           text.endsWith(QLatin1String("(never executed)"));
}

bool PgNodeHeader::startsWithNodeName(QStringView text)
{
    QJsonObject f;
    QStringView name = text.trimmed();
    for (QStringView prefix : {u"Parallel ", u"Async "}) {
        if (name.startsWith(prefix))
            name = name.mid(prefix.size());
    }
    for (const char *plain : plainNames) {
        if (name == QLatin1String(plain))
            return true;
    }
    return parseScan(f, name) || parseIndexScan(f, name) || parseJoinOrAggregate(f, name) ||
           parseModifyOrCustom(f, name);
}

PgNodeHeader::Parsed PgNodeHeader::parse(QStringView text)
{
    Parsed out;
    QJsonObject &f = out.fields;
    QStringView rest = text.trimmed();
    if (const auto m = rest.endsWith(u')') ? neverExecutedRe().match(rest) : QRegularExpressionMatch(); m.hasMatch()) {
        out.neverExecuted = true;
        rest = rest.left(m.capturedStart());
    }
    if (const auto m = rest.contains(QLatin1String("(actual ")) ? actualRe().match(rest) : QRegularExpressionMatch(); m.hasMatch()) {
        if (m.capturedLength(1)) {
            f.insert(QLatin1String("Actual Startup Time"), toNumber(m.capturedView(1)));
            f.insert(QLatin1String("Actual Total Time"), toNumber(m.capturedView(2)));
        }
        f.insert(QLatin1String("Actual Rows"), toNumber(m.capturedView(3)));
        f.insert(QLatin1String("Actual Loops"), toNumber(m.capturedView(4)));
        rest = rest.left(m.capturedStart());
    }
    if (const auto m = rest.contains(QLatin1String("(cost=")) ? costRe().match(rest) : QRegularExpressionMatch(); m.hasMatch()) {
        f.insert(QLatin1String("Startup Cost"), toNumber(m.capturedView(1)));
        f.insert(QLatin1String("Total Cost"), toNumber(m.capturedView(2)));
        f.insert(QLatin1String("Plan Rows"), toNumber(m.capturedView(3)));
        f.insert(QLatin1String("Plan Width"), toNumber(m.capturedView(4)));
        rest = rest.left(m.capturedStart());
    }
    rest = rest.trimmed();
    bool parallel = false, async = false;
    if (rest.startsWith(u"Parallel ")) {
        parallel = true;
        rest = rest.mid(9);
    }
    if (rest.startsWith(u"Async ")) {
        async = true;
        rest = rest.mid(6);
    }
    f.insert(QLatin1String("Parallel Aware"), parallel);
    f.insert(QLatin1String("Async Capable"), async);
    if (parseIndexScan(f, rest) || parseScan(f, rest) || parseJoinOrAggregate(f, rest) || parseModifyOrCustom(f, rest))
        return out;
    for (const char *plain : plainNames) {
        if (rest == QLatin1String(plain)) {
            f.insert(QLatin1String("Node Type"), rest.toString());
            if (rest == u"Foreign Scan")
                f.insert(QLatin1String("Operation"), QStringLiteral("Select"));
            if (rest == u"Nested Loop")
                f.insert(QLatin1String("Join Type"), QStringLiteral("Inner"));
            return out;
        }
    }
    // A node this parser does not know (a newer PostgreSQL, a fork, an extension): kept as written,
    // with what it works on when it says so the usual way ("Frobnicate Scan on public.t x").
    const qsizetype on = rest.indexOf(QLatin1String(" on "));
    const auto target = on > 0 ? parseTarget(rest.mid(on + 4)) : std::nullopt;
    if (target) {
        f.insert(QLatin1String("Node Type"), rest.left(on).toString());
        putTarget(f, *target, "Relation Name");
    } else {
        f.insert(QLatin1String("Node Type"), rest.toString());
    }
    out.knownType = false;
    return out;
}

std::pair<int, int> PgNodeHeader::childRange(const QJsonObject &fields)
{
    const QString type = fields.value(QLatin1String("Node Type")).toString();
    static const QHash<QString, std::pair<int, int>> ranges = {
        {QStringLiteral("Nested Loop"), {2, 2}},     {QStringLiteral("Hash Join"), {2, 2}},
        {QStringLiteral("Merge Join"), {2, 2}},      {QStringLiteral("Recursive Union"), {2, 2}},
        {QStringLiteral("BitmapAnd"), {2, -1}},      {QStringLiteral("BitmapOr"), {2, -1}},
        {QStringLiteral("Append"), {0, -1}},         {QStringLiteral("Merge Append"), {0, -1}},
        {QStringLiteral("Custom Scan"), {0, -1}},    {QStringLiteral("ModifyTable"), {0, -1}},
        {QStringLiteral("Foreign Scan"), {0, 2}},    {QStringLiteral("Result"), {0, 1}},
        {QStringLiteral("SetOp"), {1, 2}},           {QStringLiteral("Seq Scan"), {0, 0}},
        {QStringLiteral("Sample Scan"), {0, 0}},     {QStringLiteral("Index Scan"), {0, 0}},
        {QStringLiteral("Index Only Scan"), {0, 0}}, {QStringLiteral("Bitmap Index Scan"), {0, 0}},
        {QStringLiteral("Tid Scan"), {0, 0}},        {QStringLiteral("Tid Range Scan"), {0, 0}},
        {QStringLiteral("Function Scan"), {0, 0}},   {QStringLiteral("Table Function Scan"), {0, 0}},
        {QStringLiteral("Values Scan"), {0, 0}},     {QStringLiteral("CTE Scan"), {0, 0}},
        {QStringLiteral("WorkTable Scan"), {0, 0}},  {QStringLiteral("Named Tuplestore Scan"), {0, 0}},
    };
    static const QStringList single = {
        QStringLiteral("Sort"), QStringLiteral("Incremental Sort"), QStringLiteral("Limit"), QStringLiteral("Hash"),
        QStringLiteral("Materialize"), QStringLiteral("Memoize"), QStringLiteral("Aggregate"), QStringLiteral("Group"),
        QStringLiteral("Unique"), QStringLiteral("WindowAgg"), QStringLiteral("LockRows"), QStringLiteral("Gather"),
        QStringLiteral("Gather Merge"), QStringLiteral("Subquery Scan"), QStringLiteral("Bitmap Heap Scan"),
        QStringLiteral("ProjectSet")};
    if (const auto it = ranges.constFind(type); it != ranges.constEnd())
        return *it;
    if (single.contains(type))
        return {1, 1};
    return {0, -1};
}

} // namespace strata::explain

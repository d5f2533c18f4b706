#include "PgDetailLine.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace strata::explain {

namespace {

using Re = QRegularExpression;

void put(QJsonObject &f, const char *key, const QJsonValue &v)
{
    f.insert(QLatin1String(key), v);
}

double num(QStringView s)
{
    return s.toDouble();
}

// "hit=10 read=3 written=1" -> {hit: 10, read: 3, written: 1}; "buffers full=2" keeps its space.
QHash<QString, double> pairs(QStringView text)
{
    QHash<QString, double> out;
    static const Re re(QStringLiteral("([a-z][a-z ]*?)=(-?[\\d.]+)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).trimmed(), num(m.capturedView(2)));
    }
    return out;
}

void applyBuffers(QJsonObject &f, QStringView value)
{
    // JSON lists every counter; text leaves out the zeros. Counted first, inserted once each.
    enum { SharedHit, SharedRead, SharedDirtied, SharedWritten, LocalHit, LocalRead, LocalDirtied, LocalWritten,
           TempRead, TempWritten, Count };
    static const char *const keys[Count] = {"Shared Hit Blocks", "Shared Read Blocks", "Shared Dirtied Blocks",
                                            "Shared Written Blocks", "Local Hit Blocks", "Local Read Blocks",
                                            "Local Dirtied Blocks", "Local Written Blocks", "Temp Read Blocks",
                                            "Temp Written Blocks"};
    qint64 counts[Count] = {};
    for (QStringView part : value.split(u',')) {
        part = part.trimmed();
        const bool temp = part.startsWith(u"temp ");
        const int base = part.startsWith(u"shared ") ? SharedHit : part.startsWith(u"local ") ? LocalHit : -1;
        if (base < 0 && !temp)
            continue;
        for (QStringView word : part.mid(part.indexOf(u' ') + 1).split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype eq = word.indexOf(u'=');
            if (eq < 0)
                continue;
            const QStringView what = word.left(eq);
            int index = -1;
            if (temp)
                index = what == u"read" ? TempRead : what == u"written" ? TempWritten : -1;
            else
                index = base + (what == u"hit" ? 0 : what == u"read" ? 1 : what == u"dirtied" ? 2 : what == u"written" ? 3 : -100);
            if (index >= 0)
                counts[index] = word.mid(eq + 1).toLongLong();
        }
    }
    for (int i = 0; i < Count; ++i)
        f.insert(QLatin1String(keys[i]), counts[i]);
}

// Three spellings over the versions: "read=1 write=2" (up to 14), "shared/local read=1, temp
// read=2" (15, 16) and "shared read=1, local write=2, temp read=3" (17 on).
void applyIoTimings(QJsonObject &f, QStringView value)
{
    const bool split = value.contains(QLatin1String("shared read")) || value.contains(QLatin1String("shared write")) ||
                       value.contains(QLatin1String("local read")) || value.contains(QLatin1String("local write"));
    if (split) {
        for (const char *k : {"Shared I/O Read Time", "Shared I/O Write Time", "Local I/O Read Time",
                              "Local I/O Write Time", "Temp I/O Read Time", "Temp I/O Write Time"})
            put(f, k, 0);
    } else {
        put(f, "I/O Read Time", 0);
        put(f, "I/O Write Time", 0);
        if (value.contains(QLatin1String("temp"))) {
            put(f, "Temp I/O Read Time", 0);
            put(f, "Temp I/O Write Time", 0);
        }
    }
    for (QStringView part : value.split(u',')) {
        part = part.trimmed();
        QString prefix;
        if (part.startsWith(u"shared/local "))
            part = part.mid(13);
        else if (part.startsWith(u"shared "))
            prefix = QStringLiteral("Shared "), part = part.mid(7);
        else if (part.startsWith(u"local "))
            prefix = QStringLiteral("Local "), part = part.mid(6);
        else if (part.startsWith(u"temp "))
            prefix = QStringLiteral("Temp "), part = part.mid(5);
        const auto times = pairs(part);
        if (times.contains(QStringLiteral("read")))
            f.insert(prefix + QStringLiteral("I/O Read Time"), times.value(QStringLiteral("read")));
        if (times.contains(QStringLiteral("write")))
            f.insert(prefix + QStringLiteral("I/O Write Time"), times.value(QStringLiteral("write")));
    }
}

bool applyComposite(QJsonObject &f, const QString &key, const QString &line)
{
    if (key == u"Sort Method") {
        static const Re re(QStringLiteral("^Sort Method:\\s+(.+?)\\s+(Memory|Disk):\\s+(\\d+)kB$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        put(f, "Sort Method", m.captured(1));
        put(f, "Sort Space Used", qint64(num(m.capturedView(3))));
        put(f, "Sort Space Type", m.captured(2));
        return true;
    }
    if (key == u"Buckets") {
        static const Re re(QStringLiteral("^Buckets: (\\d+)(?: \\(originally (\\d+)\\))?\\s+Batches: (\\d+)"
                                          "(?: \\(originally (\\d+)\\))?\\s+Memory Usage: (\\d+)kB$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        put(f, "Hash Buckets", qint64(num(m.capturedView(1))));
        put(f, "Original Hash Buckets", qint64(num(m.capturedLength(2) ? m.capturedView(2) : m.capturedView(1))));
        put(f, "Hash Batches", qint64(num(m.capturedView(3))));
        put(f, "Original Hash Batches", qint64(num(m.capturedLength(4) ? m.capturedView(4) : m.capturedView(3))));
        put(f, "Peak Memory Usage", qint64(num(m.capturedView(5))));
        return true;
    }
    if (key == u"Planned Partitions" || key == u"Batches") {
        static const Re re(QStringLiteral("^(?:Planned Partitions: (\\d+)\\s*)?(?:Batches: (\\d+)\\s+Memory Usage: "
                                          "(\\d+)kB(?:\\s+Disk Usage: (\\d+)kB)?)?$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        if (m.capturedLength(1))
            put(f, "Planned Partitions", qint64(num(m.capturedView(1))));
        if (m.capturedLength(2)) {
            put(f, "HashAgg Batches", qint64(num(m.capturedView(2))));
            put(f, "Peak Memory Usage", qint64(num(m.capturedView(3))));
            put(f, "Disk Usage", qint64(num(m.capturedView(4))));
        }
        return true;
    }
    if (key == u"Hits") {
        static const Re re(QStringLiteral("^Hits: (\\d+)\\s+Misses: (\\d+)\\s+Evictions: (\\d+)\\s+Overflows: "
                                          "(\\d+)\\s+Memory Usage: (\\d+)kB$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        put(f, "Cache Hits", qint64(num(m.capturedView(1))));
        put(f, "Cache Misses", qint64(num(m.capturedView(2))));
        put(f, "Cache Evictions", qint64(num(m.capturedView(3))));
        put(f, "Cache Overflows", qint64(num(m.capturedView(4))));
        put(f, "Peak Memory Usage", qint64(num(m.capturedView(5))));
        return true;
    }
    if (key == u"Storage") {
        static const Re re(QStringLiteral("^Storage: (\\S+)\\s+Maximum Storage: (\\d+)kB$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        put(f, "Storage", m.captured(1));
        put(f, "Maximum Storage", qint64(num(m.capturedView(2))));
        return true;
    }
    if (key == u"Full-sort Groups" || key == u"Pre-sorted Groups") {
        static const Re re(QStringLiteral("^(?:Full-sort|Pre-sorted) Groups: (\\d+)\\s+Sort Methods?: (.+?)"
                                          "(?:\\s+Average Memory: (\\d+)kB\\s+Peak Memory: (\\d+)kB)?"
                                          "(?:\\s+Average Disk: (\\d+)kB\\s+Peak Disk: (\\d+)kB)?$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        QJsonObject group;
        group.insert(QLatin1String("Group Count"), qint64(num(m.capturedView(1))));
        QJsonArray methods;
        for (const QString &method : m.captured(2).split(QStringLiteral(", ")))
            methods.append(method);
        group.insert(QLatin1String("Sort Methods Used"), methods);
        for (int i : {3, 5}) {
            if (!m.capturedLength(i))
                continue;
            QJsonObject space;
            space.insert(QLatin1String("Average Sort Space Used"), qint64(num(m.capturedView(i))));
            space.insert(QLatin1String("Peak Sort Space Used"), qint64(num(m.capturedView(i + 1))));
            group.insert(i == 3 ? QStringLiteral("Sort Space Memory") : QStringLiteral("Sort Space Disk"), space);
        }
        f.insert(key, group);
        return true;
    }
    if (key == u"Sampling") {
        static const Re re(QStringLiteral("^Sampling: (\\S+) \\((.*?)\\)(?: REPEATABLE \\((.*)\\))?$"));
        const auto m = re.match(line);
        if (!m.hasMatch())
            return false;
        put(f, "Sampling Method", m.captured(1));
        put(f, "Sampling Parameters", PgDetailLine::splitList(m.capturedView(2)));
        if (m.capturedLength(3))
            put(f, "Repeatable Seed", m.captured(3));
        return true;
    }
    return false;
}

bool applyCounters(QJsonObject &f, const QString &key, QStringView value)
{
    if (key == u"Buffers") {
        applyBuffers(f, value);
        return true;
    }
    if (key == u"I/O Timings") {
        applyIoTimings(f, value);
        return true;
    }
    if (key == u"WAL") {
        const auto c = pairs(value);
        put(f, "WAL Records", qint64(c.value(QStringLiteral("records"))));
        put(f, "WAL FPI", qint64(c.value(QStringLiteral("fpi"))));
        put(f, "WAL Bytes", qint64(c.value(QStringLiteral("bytes"))));
        if (c.contains(QStringLiteral("buffers full")))
            put(f, "WAL Buffers Full", qint64(c.value(QStringLiteral("buffers full"))));
        return true;
    }
    if (key == u"Heap Blocks") {
        const auto c = pairs(value);
        put(f, "Exact Heap Blocks", qint64(c.value(QStringLiteral("exact"))));
        put(f, "Lossy Heap Blocks", qint64(c.value(QStringLiteral("lossy"))));
        return true;
    }
    if (key == u"Tuples") { // MERGE
        const auto c = pairs(value);
        put(f, "Tuples Inserted", c.value(QStringLiteral("inserted")));
        put(f, "Tuples Updated", c.value(QStringLiteral("updated")));
        put(f, "Tuples Deleted", c.value(QStringLiteral("deleted")));
        put(f, "Tuples Skipped", c.value(QStringLiteral("skipped")));
        return true;
    }
    return false;
}

const QSet<QString> &listKeys()
{
    static const QSet<QString> keys = {QStringLiteral("Output"), QStringLiteral("Sort Key"),
                                       QStringLiteral("Group Key"), QStringLiteral("Presorted Key"),
                                       QStringLiteral("Hash Key"), QStringLiteral("Conflict Arbiter Indexes")};
    return keys;
}

const QSet<QString> &numberKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("Rows Removed by Filter"), QStringLiteral("Rows Removed by Join Filter"),
        QStringLiteral("Rows Removed by Index Recheck"), QStringLiteral("Rows Removed by Conflict Filter"),
        QStringLiteral("Heap Fetches"), QStringLiteral("Workers Planned"), QStringLiteral("Workers Launched"),
        QStringLiteral("Subplans Removed"), QStringLiteral("Index Searches"), QStringLiteral("Tuples Inserted"),
        QStringLiteral("Conflicting Tuples")};
    return keys;
}

const QSet<QString> &textKeys()
{
    // Expressions and words PostgreSQL writes as they are; a bare number here is still text.
    static const QSet<QString> keys = {
        QStringLiteral("Filter"), QStringLiteral("Index Cond"), QStringLiteral("Recheck Cond"),
        QStringLiteral("Join Filter"), QStringLiteral("Hash Cond"), QStringLiteral("Merge Cond"),
        QStringLiteral("One-Time Filter"), QStringLiteral("TID Cond"), QStringLiteral("Order By"),
        QStringLiteral("Run Condition"), QStringLiteral("Conflict Filter"), QStringLiteral("Cache Key"),
        QStringLiteral("Cache Mode"), QStringLiteral("Function Call"), QStringLiteral("Table Function Call"),
        QStringLiteral("Window"), QStringLiteral("Conflict Resolution"), QStringLiteral("Relations"),
        QStringLiteral("Remote SQL"), QStringLiteral("Scan Direction"), QStringLiteral("Strategy")};
    return keys;
}

const QSet<QString> &boolKeys()
{
    static const QSet<QString> keys = {QStringLiteral("Inner Unique"), QStringLiteral("Disabled"),
                                       QStringLiteral("Single Copy")};
    return keys;
}

// "a = 'x', b = 'y''s'" -> {a: x, b: y's}
QJsonObject parseSettings(QStringView value)
{
    QJsonObject out;
    static const Re re(QStringLiteral("([\\w.]+) = (?:'((?:[^']|'')*)'|NULL)"));
    auto it = re.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1), m.capturedLength(2) || m.captured(0).endsWith(u'\'')
                                      ? QJsonValue(m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'")))
                                      : QJsonValue());
    }
    return out;
}

// "Generation 0.340 ms (Deform 0.134 ms), Inlining 0.000 ms, ..." -> {"Generation": ..., ...}
QJsonObject parseJitTiming(QStringView value)
{
    QJsonObject out;
    static const Re re(QStringLiteral("(\\w+) ([\\d.]+) ms(?: \\(Deform ([\\d.]+) ms\\))?"));
    auto it = re.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(3)) {
            QJsonObject generation;
            generation.insert(QLatin1String("Deform"), num(m.capturedView(3)));
            generation.insert(QLatin1String("Total"), num(m.capturedView(2)));
            out.insert(m.captured(1), generation);
        } else {
            out.insert(m.captured(1), num(m.capturedView(2)));
        }
    }
    return out;
}

QJsonObject parseJitOptions(QStringView value)
{
    QJsonObject out;
    for (QStringView part : value.split(u',')) {
        const auto words = part.trimmed().split(u' ');
        if (words.size() == 2)
            out.insert(words[0].toString(), words[1] == u"true");
    }
    return out;
}

QJsonObject parseTrigger(const QString &line)
{
    static const Re re(QStringLiteral("^Trigger(?: (?!for constraint )(.+?))?(?: for constraint (.+?))?(?: on (.+?))?: "
                                      "(?:time=([\\d.]+) )?calls=(\\d+)$"));
    QJsonObject t;
    const auto m = re.match(line);
    if (!m.hasMatch()) {
        t.insert(QLatin1String("Text"), line);
        return t;
    }
    if (m.capturedLength(1))
        t.insert(QLatin1String("Trigger Name"), m.captured(1));
    if (m.capturedLength(2))
        t.insert(QLatin1String("Constraint Name"), m.captured(2));
    if (m.capturedLength(3))
        t.insert(QLatin1String("Relation"), m.captured(3));
    if (m.capturedLength(4))
        t.insert(QLatin1String("Time"), num(m.capturedView(4)));
    t.insert(QLatin1String("Calls"), num(m.capturedView(5)));
    return t;
}

QJsonValue milliseconds(QStringView value)
{
    static const Re number(QStringLiteral("^\\s*(-?[\\d.]+)"));
    return num(number.match(value).capturedView(1));
}

} // namespace

std::optional<PgDetailLine::KeyValue> PgDetailLine::split(QStringView line)
{
    // "Key: value": a label of letters, digits, spaces, "/", "&" and "-" starting with a capital,
    // up to the first colon, which ends the line or is followed by spaces.
    line = line.trimmed();
    if (line.isEmpty() || !line[0].isUpper())
        return std::nullopt;
    const qsizetype limit = std::min<qsizetype>(line.size(), 50);
    for (qsizetype i = 1; i < limit; ++i) {
        const QChar c = line[i];
        if (c == u':') {
            if (i + 1 < line.size() && !line[i + 1].isSpace())
                return std::nullopt;
            return KeyValue{line.left(i).toString(), line.mid(i + 1).trimmed().toString()};
        }
        if (!(c.isLetterOrNumber() || c == u' ' || c == u'/' || c == u'&' || c == u'-'))
            return std::nullopt;
    }
    return std::nullopt;
}

QJsonValue PgDetailLine::scalar(QStringView text)
{
    static const Re number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (number.match(text).hasMatch()) {
        bool isInt = false;
        const qint64 i = text.toLongLong(&isInt);
        return isInt ? QJsonValue(i) : QJsonValue(text.toDouble());
    }
    return text.toString();
}

QJsonArray PgDetailLine::splitList(QStringView text)
{
    QJsonArray out;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            --depth;
        } else if (c == u',' && depth == 0) {
            out.append(text.mid(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    const QStringView last = text.mid(start).trimmed();
    if (!last.isEmpty() || !out.isEmpty())
        out.append(last.toString());
    return out;
}

bool PgDetailLine::isOpen(QStringView text)
{
    int depth = 0;
    bool inQuote = false;
    for (QChar c : text) {
        if (c == u'\'')
            inQuote = !inQuote;
        else if (!inQuote && c == u'(')
            ++depth;
        else if (!inQuote && c == u')')
            --depth;
    }
    return depth > 0 || inQuote;
}

bool PgDetailLine::apply(QJsonObject &fields, const KeyValue &line)
{
    const QString &key = line.key;
    const QString full = key + QStringLiteral(": ") + line.value;
    if (applyComposite(fields, key, full) || applyCounters(fields, key, line.value))
        return true;
    if (listKeys().contains(key)) {
        fields.insert(key, splitList(line.value));
        return true;
    }
    if (numberKeys().contains(key)) {
        fields.insert(key, num(line.value));
        return true;
    }
    if (boolKeys().contains(key)) {
        fields.insert(key, line.value.trimmed() == u"true");
        return true;
    }
    if (textKeys().contains(key)) {
        fields.insert(key, line.value);
        return true;
    }
    fields.insert(key, scalar(line.value));
    return false;
}

bool PgDetailLine::isSummaryKey(const QString &key)
{
    static const QSet<QString> keys = {
        QStringLiteral("Planning Time"), QStringLiteral("Planning time"),   QStringLiteral("Execution Time"),
        QStringLiteral("Execution time"), QStringLiteral("Total runtime"),  QStringLiteral("Total Runtime"),
        QStringLiteral("Settings"),       QStringLiteral("JIT"),            QStringLiteral("Planning"),
        QStringLiteral("Query Identifier"), QStringLiteral("Serialization")};
    return keys.contains(key) || key.startsWith(QLatin1String("Trigger"));
}

void PgDetailLine::applySummary(QJsonObject &summary, const QString &group, const KeyValue &line)
{
    const QString &key = line.key;
    if (key == u"Planning Time" || key == u"Planning time") {
        summary.insert(QLatin1String("Planning Time"), milliseconds(line.value));
    } else if (key == u"Execution Time" || key == u"Execution time") {
        summary.insert(QLatin1String("Execution Time"), milliseconds(line.value));
    } else if (key == u"Total runtime" || key == u"Total Runtime") {
        summary.insert(QLatin1String("Total Runtime"), milliseconds(line.value));
    } else if (key == u"Settings") {
        summary.insert(key, parseSettings(line.value));
    } else if (key == u"Query Identifier") {
        summary.insert(key, scalar(line.value.trimmed()));
    } else if (key.startsWith(QLatin1String("Trigger"))) {
        QJsonArray triggers = summary.value(QLatin1String("Triggers")).toArray();
        triggers.append(parseTrigger(key + QStringLiteral(": ") + line.value));
        summary.insert(QLatin1String("Triggers"), triggers);
    } else if (key == u"JIT" || key == u"Planning") {
        if (!summary.contains(key))
            summary.insert(key, QJsonObject());
    } else if (key == u"Serialization") {
        QJsonObject s;
        const auto c = pairs(line.value);
        if (c.contains(QStringLiteral("time")))
            s.insert(QLatin1String("Time"), c.value(QStringLiteral("time")));
        static const Re volume(QStringLiteral("output=(\\d+)kB"));
        s.insert(QLatin1String("Output Volume"), num(volume.match(line.value).capturedView(1)));
        static const Re format(QStringLiteral("format=(\\w+)"));
        s.insert(QLatin1String("Format"), format.match(line.value).captured(1));
        summary.insert(key, s);
    } else if (!group.isEmpty()) {
        QJsonObject g = summary.value(group).toObject();
        if (group == u"JIT" && key == u"Options")
            g.insert(key, parseJitOptions(line.value));
        else if (group == u"JIT" && key == u"Timing")
            g.insert(key, parseJitTiming(line.value));
        else if (key == u"Memory") {
            const auto c = pairs(QString(line.value).remove(QStringLiteral("kB")));
            g.insert(QLatin1String("Memory Used"), qint64(c.value(QStringLiteral("used"))));
            g.insert(QLatin1String("Memory Allocated"), qint64(c.value(QStringLiteral("allocated"))));
        } else
            apply(g, line);
        summary.insert(group, g);
    } else {
        summary.insert(key, scalar(line.value));
    }
}

} // namespace strata::explain

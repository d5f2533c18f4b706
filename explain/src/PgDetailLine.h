// Reads the detail lines under a node in PostgreSQL's text format ("Filter: ...", "Buffers: shared
// hit=3 read=2", "Sort Method: quicksort  Memory: 25kB", ...) and the summary lines after the tree
// ("Planning Time: 0.1 ms", "JIT:", "Settings: ...") into the fields PostgreSQL's JSON has.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace strata::explain {

class PgDetailLine
{
public:
    struct KeyValue
    {
        QString key;   ///< "Sort Method"
        QString value; ///< "quicksort  Memory: 25kB"
    };

    /// "Key: value" or "Key:"; nullopt when the line does not start with a label.
    static std::optional<KeyValue> split(QStringView line);
    /// Adds the fields of one detail line. Returns false for a key PostgreSQL does not write (it is
    /// still kept, under its own name).
    static bool apply(QJsonObject &fields, const KeyValue &line);
    /// Keys that start the summary after the tree ("Planning Time", "JIT", "Trigger ...").
    static bool isSummaryKey(const QString &key);
    /// Adds one summary line; `group` is the open group ("JIT", "Planning", "Serialization") or empty.
    static void applySummary(QJsonObject &summary, const QString &group, const KeyValue &line);
    /// "a, f(b, c), 'x, y'" -> ["a", "f(b, c)", "'x, y'"]: commas inside parentheses or quotes stay.
    static QJsonArray splitList(QStringView text);
    /// True when the text has more "(" than ")" or an open quote: a wrapped line continues below.
    static bool isOpen(QStringView text);
    /// A value as JSON: a number when it is one, else the text.
    static QJsonValue scalar(QStringView text);
};

} // namespace strata::explain

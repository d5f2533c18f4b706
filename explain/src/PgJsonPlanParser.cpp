#include "explain/PgJsonPlanParser.h"

#include "PsqlOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace strata::explain {

namespace {

const QString errorCode = QStringLiteral("explain.json");

// Where the outermost JSON value that starts at `start` ends (one past its last character), or -1
// when the text ends first. Lets psql's footer or a shell prompt follow the plan.
qsizetype jsonEnd(QStringView text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'[' || c == u'{')
            ++depth;
        else if ((c == u']' || c == u'}') && --depth == 0)
            return i + 1;
    }
    return -1;
}

struct Pending
{
    QJsonObject node;
    int parent;
    QString path;
};

} // namespace

Result<Plan> PgJsonPlanParser::parse(QStringView text, const QString &sourceName)
{
    // Most input is plain JSON, maybe after a prompt or header: read it as it is, and only undo
    // psql's framing when that fails.
    for (qsizetype at = 0; at < text.size();) {
        qsizetype eol = text.indexOf(u'\n', at);
        if (eol < 0)
            eol = text.size();
        if (PsqlOutput::startsJson(text.mid(at, eol - at))) {
            QByteArray utf8 = text.mid(at).toUtf8();
            QJsonParseError error;
            QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
            if (error.error == QJsonParseError::GarbageAtEnd) { // psql's "(1 row)", a prompt
                utf8.truncate(error.offset);
                doc = QJsonDocument::fromJson(utf8, &error);
            }
            if (error.error == QJsonParseError::NoError)
                return fromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), sourceName);
            break;
        }
        at = eol + 1;
    }
    const QList<SourceLine> lines = PsqlOutput::clean(text);
    qsizetype first = 0;
    while (first < lines.size() && !PsqlOutput::startsJson(lines[first].text))
        ++first;
    if (first == lines.size())
        return Error(QStringLiteral("no JSON plan found: expected the output of EXPLAIN (FORMAT JSON)"),
                     SourcePlace::ofSource(sourceName), errorCode);

    // The JSON text and, per character offset, which original line it came from.
    QString json;
    QList<qsizetype> lineStarts;
    for (qsizetype i = first; i < lines.size(); ++i) {
        lineStarts.append(json.size());
        json += lines[i].text;
        json += u'\n';
    }
    auto placeOf = [&](qsizetype offset) {
        const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
        const qsizetype row = std::max<qsizetype>(0, (it - lineStarts.begin()) - 1);
        SourcePlace place = SourcePlace::ofSource(sourceName);
        place.line = lines[first + row].line;
        place.column = int(offset - lineStarts[row]) + 1;
        return place;
    };

    const qsizetype start = json.indexOf(QRegularExpression(QStringLiteral("[\\[{]")));
    const qsizetype end = jsonEnd(json, start);
    if (end < 0) {
        qsizetype last = json.size() - 1; // the place: the last character there is
        while (last > 0 && json[last].isSpace())
            --last;
        return Error(QStringLiteral("the JSON plan ends before it is complete (is it cut short?)"), placeOf(std::max<qsizetype>(0, last)),
                     errorCode);
    }
    const QByteArray utf8 = QStringView(json).mid(start, end - start).toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype charOffset = start + QString::fromUtf8(utf8.left(parseError.offset)).size();
        return Error(QStringLiteral("malformed JSON: %1").arg(parseError.errorString()), placeOf(charOffset),
                     errorCode);
    }
    return fromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), sourceName);
}

Result<Plan> PgJsonPlanParser::fromJson(const QJsonValue &json, const QString &sourceName)
{
    Plan plan;
    plan.source = PlanSource::PostgresJson;
    plan.sourceName = sourceName;
    auto fail = [&](const QString &message, const QString &path) {
        SourcePlace place = SourcePlace::ofSource(sourceName);
        place.path = path;
        return Error(message, place, errorCode);
    };

    QJsonObject query;
    QString rootPath = QStringLiteral("Plan");
    if (json.isArray()) {
        const QJsonArray queries = json.toArray();
        int plans = 0;
        for (const QJsonValue &q : queries) {
            if (q.isObject() && q.toObject().value(QLatin1String("Plan")).isObject() && plans++ == 0)
                query = q.toObject();
        }
        if (plans == 0)
            return fail(QStringLiteral("the JSON holds no plan: expected [{\"Plan\": {...}}] from EXPLAIN (FORMAT JSON)"),
                        QStringLiteral("[0]"));
        rootPath = QStringLiteral("[0].Plan");
        if (plans > 1)
            plan.notes.append({Severity::Info, QStringLiteral("explain.more-plans"),
                               QStringLiteral("the input holds %1 plans; this is the first").arg(plans),
                               SourcePlace::ofSource(sourceName), {}});
    } else if (json.isObject() && json.toObject().value(QLatin1String("Plan")).isObject()) {
        query = json.toObject();
    } else if (json.isObject() && json.toObject().contains(QLatin1String("Node Type"))) {
        query.insert(QLatin1String("Plan"), json.toObject());
    } else {
        return fail(QStringLiteral("the JSON is not an EXPLAIN plan: it has no \"Plan\" object"), {});
    }

    QList<Pending> stack{{query.take(QLatin1String("Plan")).toObject(), -1, rootPath}};
    plan.summary = query;
    while (!stack.isEmpty()) {
        Pending p = stack.takeLast();
        const QJsonValue children = p.node.take(QLatin1String("Plans"));
        if (!children.isUndefined() && !children.isArray())
            return fail(QStringLiteral("\"Plans\" must be a list of nodes"), p.path + QStringLiteral(".Plans"));
        if (!p.node.value(QLatin1String("Node Type")).isString()) {
            plan.notes.append({Severity::Warning, QStringLiteral("explain.no-node-type"),
                               QStringLiteral("a node has no \"Node Type\"; it is kept as \"Unknown\""),
                               SourcePlace{sourceName, 0, 0, p.path}, {}});
            p.node.insert(QLatin1String("Node Type"), QStringLiteral("Unknown"));
        }
        const int index = plan.addNode(p.parent, p.node);
        const QJsonArray list = children.toArray();
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            const QString path = p.path + QStringLiteral(".Plans[%1]").arg(i);
            if (!list[i].isObject())
                return fail(QStringLiteral("a plan node must be a JSON object"), path);
            stack.append({list[i].toObject(), index, path});
        }
    }
    return plan;
}

} // namespace strata::explain

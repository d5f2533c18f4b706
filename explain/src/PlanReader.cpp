#include "explain/PlanReader.h"

#include "explain/PgJsonPlanParser.h"
#include "explain/PgTextPlanParser.h"
#include "explain/SqlitePlanParser.h"

#include "PsqlOutput.h"

namespace strata::explain {

PlanReader::Format PlanReader::detect(QStringView text)
{
    // The first lines tell: JSON starts with "[" or "{" (inside psql's border, maybe); a text plan
    // shows "(cost=", "(actual" or "->" early.
    int looked = 0;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype eol = text.indexOf(u'\n', at);
        if (eol < 0)
            eol = text.size();
        QStringView t = text.mid(at, eol - at).trimmed();
        at = eol + 1;
        auto border = [](QChar c) { return c == u'|' || c == u'│' || c == u'║' || c == u'"'; };
        while (!t.isEmpty() && border(t.front()))
            t = t.mid(1).trimmed();
        while (!t.isEmpty() && border(t.back()))
            t = t.chopped(1).trimmed();
        if (PsqlOutput::startsJson(t))
            return Format::PostgresJson;
        if (t.contains(QLatin1String("(cost=")) || t.contains(QLatin1String("(actual")) || t.startsWith(u"->"))
            return Format::PostgresText;
        if (++looked > 400)
            break;
    }
    if (SqlitePlanParser::looksLikeSqlite(text))
        return Format::Sqlite;
    return Format::PostgresText;
}

Result<Plan> PlanReader::read(QStringView text, const QString &sourceName, Format format)
{
    if (text.trimmed().isEmpty())
        return Error(QStringLiteral("the input is empty; expected an execution plan"), SourcePlace::ofSource(sourceName),
                     QStringLiteral("explain.empty"));
    if (format == Format::Auto)
        format = detect(text);
    switch (format) {
    case Format::PostgresJson: return PgJsonPlanParser::parse(text, sourceName);
    case Format::Sqlite: return SqlitePlanParser::parse(text, sourceName);
    case Format::PostgresText:
    case Format::Auto: break;
    }
    return PgTextPlanParser::parse(text, sourceName);
}

} // namespace strata::explain

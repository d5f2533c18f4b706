#include "connectors/ScriptSplitter.h"

#include "PgScript.h"
#include "SqliteScript.h"

namespace strata::connectors {

QList<StatementSpan> splitScript(Dialect dialect, const QString &script)
{
    const ScriptText text(script, {});
    return dialect == Dialect::Postgres ? splitPostgresScript(text) : splitSqliteScript(text);
}

qsizetype statementAt(const QList<StatementSpan> &statements, qsizetype position, const QString &script)
{
    auto endWithSemicolon = [&](const StatementSpan &s) {
        return s.end() < script.size() && script[s.end()] == u';' ? s.end() + 1 : s.end();
    };
    qsizetype before = -1;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const StatementSpan &s = statements[i];
        if (position >= s.offset && position <= endWithSemicolon(s))
            return i;
        if (s.offset > position) {
            // Only spaces between the cursor and the statement, on the same line: the user means it.
            const QStringView gap = QStringView(script).mid(position, s.offset - position);
            const bool sameLine =
                std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
            return sameLine || before < 0 ? i : before;
        }
        before = i;
    }
    return before;
}

} // namespace strata::connectors

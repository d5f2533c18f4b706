#include "StatementText.h"

#include "SqlTokenizer.h"

#include <QLocale>

namespace strata::connectors::ui {

QString statementOutcome(const ResultSummary &summary)
{
    QString what = summary.commandTag;
    if (what.isEmpty()) {
        const QLocale locale;
        what = summary.rowsAffected >= 0
                   ? QStringLiteral("%1 rows changed").arg(locale.toString(summary.rowsAffected))
                   : QStringLiteral("%1 rows").arg(locale.toString(summary.rowsRead));
    }
    return what + QStringLiteral(" · ") + QString::number(double(summary.elapsedUs) / 1000.0, 'f', 2) +
           QStringLiteral(" ms");
}

qsizetype offsetOfPlace(QStringView text, int line, int column)
{
    qsizetype offset = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype newline = text.indexOf(u'\n', offset);
        if (newline < 0)
            return text.size();
        offset = newline + 1;
    }
    return qMin(text.size(), offset + qMax(0, column - 1));
}

QString sortedStatement(const QString &statement, int column, Qt::SortOrder order)
{
    const QList<SqlToken> tokens = tokenizeSql(statement);
    if (tokens.isEmpty())
        return {};
    const SqlToken &first = tokens.first();
    const bool query = first.kind == SqlToken::Open || first.is(QLatin1StringView("select")) ||
                       first.is(QLatin1StringView("values")) || first.is(QLatin1StringView("table")) ||
                       first.is(QLatin1StringView("with"));
    if (!query)
        return {};
    // On lines of its own, so that a trailing "-- comment" in the statement cannot swallow the rest.
    return QStringLiteral("SELECT * FROM (\n%1\n) AS strata_sorted ORDER BY %2%3")
        .arg(statement)
        .arg(column + 1)
        .arg(order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString());
}

} // namespace strata::connectors::ui

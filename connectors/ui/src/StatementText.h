// Small pieces of text about statements that a tab shows or runs: what a statement did, where a
// (line, column) place is, and a query wrapped to be sorted by the database.
#pragma once

#include <connectors/ResultSummary.h>
#include <QString>

namespace strata::connectors::ui {

/// "SELECT 3 · 1.25 ms", "INSERT 0 1 · 0.40 ms", "3 rows · 0.02 ms" (SQLite has no command tags).
QString statementOutcome(const ResultSummary &summary);

/// The QString index of a 1-based line and column of `text`.
qsizetype offsetOfPlace(QStringView text, int line, int column);

/// "SELECT * FROM (statement) AS strata_sorted ORDER BY n [DESC]", or empty when the statement is not
/// a query (SELECT, VALUES, TABLE, WITH, or one in parentheses) and cannot be wrapped.
QString sortedStatement(const QString &statement, int column, Qt::SortOrder order);

} // namespace strata::connectors::ui

// What a table's CHECK constraints ask of its columns, read from PostgreSQL's parse tree (libpg_query)
// rather than by pattern matching: comparisons with constants, BETWEEN, IN and = ANY lists, length
// limits, IS NOT NULL, comparisons of two columns (shipped_at <= delivered_at), each under AND, and
// "x IS NULL OR <one of those>". Generators meet these directly. A check with anything else in it is
// listed for verification row by row (CheckEvaluator), with the columns it reads.
#pragma once

#include "ColumnRule.h"

#include <modeler/Model.h>

#include <QHash>

#include <functional>

namespace strata::workload {

/// "greater >= lesser" (or > when strict), when both are not NULL.
struct ColumnOrdering
{
    QString greater, lesser; ///< column names
    bool strict = false;
};

class CheckAnalysis
{
public:
    QHash<QString, ColumnRule> rules; ///< by column name
    QList<ColumnOrdering> orderings;
    QList<int> evaluatedChecks;       ///< indexes into Table::checks not fully met by rules and orderings
    QList<QStringList> columnsOfCheck; ///< per check of the table: the columns it reads
    QStringList unreadable;            ///< checks libpg_query cannot parse, with the reason

    /// `isNumeric` tells whether a column (by name) holds numbers.
    static CheckAnalysis of(const modeler::Table &table, const std::function<bool(const QString &)> &isNumeric);
    /// The names of the table's columns an expression reads (an index key, a generated column).
    static QStringList columnsRead(const modeler::Table &table, const QString &expression);
    /// The rule a domain's checks (on VALUE) give; `complete` is false when a check has more in it.
    static ColumnRule ofDomain(const modeler::Domain &domain, bool numeric, bool *complete);
};

} // namespace strata::workload

// Every row of a statement at once: for catalog queries and other results known to be small.
#pragma once

#include "connectors/Column.h"
#include "connectors/ResultSummary.h"

namespace strata::connectors {

struct QueryResult
{
    QList<Column> columns;
    QList<Row> rows;
    ResultSummary summary;

    /// The index of the column with this name, or -1.
    int columnIndex(const QString &name) const;
};

} // namespace strata::connectors

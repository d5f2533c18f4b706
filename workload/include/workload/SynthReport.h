// What a synthetic-data run did: rows and speed per table, and what it could not do as asked.
#pragma once

#include <strata/Diagnostic.h>

#include <QList>

namespace strata::workload {

struct TableReport
{
    QString table;    ///< qualified name
    qint64 rows = 0;
    double seconds = 0; ///< from the table's first batch loaded to its last
    double rowsPerSecond = 0;
};

struct PlannedColumn
{
    QString name;
    QString source; ///< "email (from the column's name and type)", "foreign key to customer (zipf 1.2)"
};

struct PlannedTable
{
    QString table;
    qint64 rows = 0;
    QList<PlannedColumn> columns;
};

struct SynthReport
{
    QList<PlannedTable> plan;   ///< the tables in the order they were generated, with each column's source
    QList<TableReport> tables;  ///< in the order they finished
    qint64 totalRows = 0;
    double seconds = 0;         ///< the whole run: schema, data, indexes, foreign keys
    /// Columns that could not be generated as asked (left NULL, their recipe set aside), checks not
    /// verified before loading, row counts lowered to what a key can hold, cycles broken.
    Diagnostics diagnostics;
};

} // namespace strata::workload

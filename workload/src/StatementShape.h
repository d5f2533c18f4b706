// What a statement asks of each table it reads, from PostgreSQL's parse tree (libpg_query), not
// from patterns in its text: the columns compared for equality (with constants, parameters, IN
// lists, or another table's columns in a join), the columns of ranges, ORDER BY and GROUP BY, and
// every column it reads (for covering indexes). Subqueries and joins each have their own scope.
#pragma once

#include "DatabaseCatalog.h"

namespace strata::workload {

struct TableUse
{
    const CatalogTable *table = nullptr;
    QStringList equality;  ///< = constant, = parameter, IN (...), IS NULL, or = a column of another table
    QStringList joins;     ///< the equality columns that join to another table
    QStringList ranges;    ///< <, <=, >, >=, BETWEEN
    QList<std::pair<QString, bool>> orderBy; ///< (column, descending), when the whole ORDER BY is this table's
    QStringList groupBy;   ///< when the whole GROUP BY is this table's
    QStringList read;      ///< every column the statement reads of the table
    bool readsAll = false; ///< SELECT * or t.*
};

class StatementShape
{
public:
    /// The uses of each table (one entry per table and scope). Empty when PostgreSQL's parser cannot
    /// read the SQL (written for SQLite alone); `readable` says which.
    static QList<TableUse> of(const QString &sql, const DatabaseCatalog &catalog, bool *readable = nullptr);
};

} // namespace strata::workload

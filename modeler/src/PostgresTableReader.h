// CREATE TABLE of a PostgreSQL script: the table, its columns (type, nullability, default, identity
// or serial, generated expression, collation), partitioning, and the constraints written inline.
#pragma once

#include "PostgresContext.h"

struct PgQuery__CreateStmt;
struct PgQuery__ColumnDef;
struct PgQuery__PartitionBoundSpec;

namespace strata::modeler {

class PostgresTableReader
{
public:
    static void createTable(PostgresContext &context, const PostgresStatement &statement, const PgQuery__CreateStmt &create);
    /// A column of CREATE TABLE or ALTER TABLE ... ADD COLUMN, whose definition ends by `limit`;
    /// its key, check and foreign-key constraints go to the table.
    static void addColumn(PostgresContext &context, const PostgresStatement &statement, int tableIndex,
                          const PgQuery__ColumnDef &definition, int limit);
    /// "FOR VALUES FROM (...) TO (...)", "FOR VALUES IN (...)" or "DEFAULT", as the script writes it.
    static QString partitionBound(const PostgresContext &context, const PostgresStatement &statement,
                                  const PgQuery__PartitionBoundSpec &bound);
};

} // namespace strata::modeler

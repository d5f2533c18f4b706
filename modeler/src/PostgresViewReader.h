// Views of a PostgreSQL script: CREATE VIEW (with its column list and check option) and CREATE
// MATERIALIZED VIEW. The query is kept as the script spells it.
#pragma once

#include "PostgresContext.h"

struct PgQuery__ViewStmt;
struct PgQuery__CreateTableAsStmt;

namespace strata::modeler {

class PostgresViewReader
{
public:
    static void createView(PostgresContext &context, const PostgresStatement &statement, const PgQuery__ViewStmt &create);
    /// CREATE MATERIALIZED VIEW; CREATE TABLE ... AS is skipped (its columns come from a query).
    static void createTableAs(PostgresContext &context, const PostgresStatement &statement, const PgQuery__CreateTableAsStmt &create);
};

} // namespace strata::modeler

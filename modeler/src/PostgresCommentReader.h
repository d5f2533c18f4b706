// COMMENT ON of a PostgreSQL script, for every object kind the model holds: schemas, types
// (enums), domains and their constraints, sequences, tables, columns, table constraints, indexes,
// views and materialized views. Comments on other objects are skipped with a warning.
#pragma once

#include "PostgresContext.h"

struct PgQuery__CommentStmt;

namespace strata::modeler {

class PostgresCommentReader
{
public:
    static void comment(PostgresContext &context, const PostgresStatement &statement, const PgQuery__CommentStmt &comment);
};

} // namespace strata::modeler

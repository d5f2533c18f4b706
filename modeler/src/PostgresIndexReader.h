// CREATE INDEX of a PostgreSQL script: unique, method, keys (columns or expressions, with collation,
// operator class, order and nulls placement), INCLUDE, NULLS NOT DISTINCT and a partial predicate.
#pragma once

#include "PostgresContext.h"

struct PgQuery__IndexStmt;

namespace strata::modeler {

class PostgresIndexReader
{
public:
    static void createIndex(PostgresContext &context, const PostgresStatement &statement, const PgQuery__IndexStmt &create);
};

} // namespace strata::modeler

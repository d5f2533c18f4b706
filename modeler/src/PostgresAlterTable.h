// ALTER TABLE of a PostgreSQL script, as pg_dump writes it after its CREATE TABLEs: ADD CONSTRAINT,
// ALTER COLUMN ... SET DEFAULT (serial columns), ADD GENERATED ... AS IDENTITY, ATTACH PARTITION,
// and ADD COLUMN, SET/DROP NOT NULL of hand-written scripts. Ownership is skipped as a note; what
// else the model cannot take is skipped with a warning.
#pragma once

#include "PostgresContext.h"

struct PgQuery__AlterTableStmt;

namespace strata::modeler {

class PostgresAlterTable
{
public:
    static void alter(PostgresContext &context, const PostgresStatement &statement, const PgQuery__AlterTableStmt &alter);
};

} // namespace strata::modeler

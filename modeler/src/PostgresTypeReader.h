// Types of a PostgreSQL script the model holds: enums (CREATE TYPE ... AS ENUM, ALTER TYPE ... ADD
// VALUE) and domains (CREATE DOMAIN with default, NOT NULL, collation and checks; ALTER DOMAIN).
#pragma once

#include "PostgresContext.h"

struct PgQuery__CreateEnumStmt;
struct PgQuery__AlterEnumStmt;
struct PgQuery__CreateDomainStmt;
struct PgQuery__AlterDomainStmt;

namespace strata::modeler {

class PostgresTypeReader
{
public:
    static void createEnum(PostgresContext &context, const PostgresStatement &statement, const PgQuery__CreateEnumStmt &create);
    static void alterEnum(PostgresContext &context, const PostgresStatement &statement, const PgQuery__AlterEnumStmt &alter);
    static void createDomain(PostgresContext &context, const PostgresStatement &statement, const PgQuery__CreateDomainStmt &create);
    static void alterDomain(PostgresContext &context, const PostgresStatement &statement, const PgQuery__AlterDomainStmt &alter);
};

} // namespace strata::modeler

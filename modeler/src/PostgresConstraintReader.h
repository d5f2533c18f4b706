// Table constraints of a PostgreSQL script, inline in CREATE TABLE or added by ALTER TABLE ... ADD
// CONSTRAINT: primary key, unique, check and foreign key (with its actions, match type and
// deferrability). Foreign keys wait for the end of the script, when the referenced table is known.
#pragma once

#include "PostgresContext.h"

struct PgQuery__Constraint;

namespace strata::modeler {

class PostgresConstraintReader
{
public:
    /// Adds the constraint to the table. `columnNames` is the column of a column constraint; empty
    /// for a table constraint, which names its own columns.
    static void add(PostgresContext &context, const PostgresStatement &statement, int tableIndex,
                    const PgQuery__Constraint &constraint, const QStringList &columnNames);
};

} // namespace strata::modeler

// The DDL script of a whole model for one dialect: a script that runs as is on a fresh database,
// with objects in dependency order, and the diagnostics of everything the dialect cannot hold.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/Model.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

/// One statement of a DDL script.
struct DdlStatement
{
    QString sql;
    /// An index, a foreign key added by ALTER TABLE, a view, or a comment on one of them: what a bulk
    /// load can create after the rows are in, which is faster and works whatever order rows arrive in.
    bool afterData = false;
};

struct DdlScript
{
    QString sql;
    /// The statements of `sql` one by one, in the same order.
    QList<DdlStatement> statements;
    /// A warning for each lossy type mapping and each object or clause left out (place.path names
    /// the object); an error for what the model itself gets wrong (a reference to a missing object).
    Diagnostics diagnostics;
};

class DdlWriter
{
public:
    /// PostgreSQL: schemas, enums, domains, sequences, tables (partitions after their parents),
    /// sequence owners, indexes, foreign keys (after every table, so that cycles work), views, each
    /// followed by its COMMENT ON. SQLite: tables with their foreign keys inline, referenced tables
    /// first where there is no cycle, each followed by its indexes, then views; every statement is
    /// run on an in-memory SQLite database first, and what SQLite refuses is left out with the reason.
    static DdlScript write(const Model &model, Dialect dialect);
};

} // namespace strata::modeler

// The DDL script of a whole model for one dialect: a script that runs as is on a fresh database,
// with objects in dependency order, and the diagnostics of everything the dialect cannot hold.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/Model.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

struct DdlScript
{
    QString sql;
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

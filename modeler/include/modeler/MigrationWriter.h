// The migration script that takes a database from one model to another: ordered so that it runs
// (views and foreign keys dropped before what they depend on, objects created before they are
// referenced), in one transaction where the dialect allows, with risky steps flagged in comments
// and listed in a summary. PostgreSQL uses ALTER statements; SQLite, whose ALTER TABLE can do little,
// rebuilds a table with the 12 steps of https://www.sqlite.org/lang_altertable.html#otheralter.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/MigrationStep.h"
#include "modeler/Model.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

struct Migration
{
    QList<MigrationStep> steps; ///< in the order they run
    QString sql;                ///< the whole script, risky steps preceded by their warning
    /// What the migration cannot do (removing an enum value, a domain's new base type) and what the
    /// dialect cannot hold, with the object in place.path.
    Diagnostics diagnostics;

    bool isEmpty() const { return steps.isEmpty(); }
    /// One line per risky step: "data loss: shop.customer.note: the column and its data are dropped".
    QStringList riskSummary() const;
};

class MigrationWriter
{
public:
    struct Options
    {
        /// PostgreSQL: new indexes on existing tables are built with CREATE INDEX CONCURRENTLY after
        /// the commit, and new foreign keys and checks on existing tables are added NOT VALID and
        /// validated after the commit, so that writers are not blocked for the length of a table scan.
        bool concurrently = false;
    };

    static Migration write(const Model &from, const Model &to, Dialect dialect, const Options &options);
    static Migration write(const Model &from, const Model &to, Dialect dialect) { return write(from, to, dialect, Options{}); }
};

} // namespace strata::modeler

// Reverse engineering: the model of a live database, read from PostgreSQL's system catalogs or
// SQLite's sqlite_schema and pragmas. What the model cannot hold (functions, triggers, rules, ...)
// is reported as a diagnostic naming the object, never dropped silently.
#pragma once

#include <connectors/Session.h>
#include <modeler/Model.h>

#include <strata/Diagnostic.h>
#include <strata/Result.h>
#include <strata/TaskControl.h>

namespace strata::modeler::live {

struct ReverseOptions
{
    /// PostgreSQL: only these schemas (empty: every schema but the system ones). SQLite: unused.
    QStringList schemas;
    /// The model's name; empty: the connection's display name.
    QString modelName;
};

struct ReverseResult
{
    Model model;
    /// A warning for each object the model cannot hold, and for references that leave the schemas read.
    Diagnostics diagnostics;
};

class LiveModelReader
{
public:
    /// Reads the database behind `session` in one read-only transaction (one consistent snapshot),
    /// with one query per catalog kind, so that thousands of tables take seconds. The session's
    /// search_path is emptied for the transaction, so types and expressions come schema-qualified,
    /// as pg_dump writes them. Ids are names: "schema.table" ("table" in public), columns and
    /// constraints by their names.
    static Result<ReverseResult> read(connectors::Session &session, const ReverseOptions &options = {},
                                      TaskControl *control = nullptr);
};

} // namespace strata::modeler::live

// Reads a database's Catalog with one query per kind (schemas, tables, columns, functions), so that
// even a database with thousands of tables answers in a few round trips. Runs on the thread that owns
// the session (a worker, never the GUI thread).
#pragma once

#include "connectors/Catalog.h"
#include "connectors/Session.h"

namespace strata::connectors {

class CatalogReader
{
public:
    /// PostgreSQL: every schema but TOAST and temporary ones. SQLite: "main" and "temp" (attached
    /// databases are not read).
    static Result<Catalog> read(Session &session, TaskControl *control = nullptr);
};

} // namespace strata::connectors

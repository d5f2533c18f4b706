// One entry point for SQL script import: PostgreSQL scripts go to PostgresScriptImporter, SQLite
// scripts to SqliteScriptImporter.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/ImportedScript.h"

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QByteArray>

namespace strata::modeler {

class SqlImporter
{
public:
    static Result<ImportedScript> import(const QByteArray &script, Dialect dialect, const QString &sourceName = {},
                                         TaskControl *control = nullptr);
};

} // namespace strata::modeler

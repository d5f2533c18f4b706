// Reads a PostgreSQL script (pg_dump --schema-only output or a hand-written schema) into a model,
// with PostgreSQL's own parser (libpg_query). Expressions (defaults, checks, index keys, view
// queries) are kept as the script spells them.
#pragma once

#include "modeler/ImportedScript.h"

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QByteArray>

namespace strata::modeler {

class PostgresScriptImporter
{
public:
    /// The model of `script` (UTF-8). A syntax error is an Error naming `sourceName`, line and column;
    /// statements the model does not hold are skipped with a diagnostic naming their line.
    /// `control` (may be null) is told the progress by statement and may cancel.
    static Result<ImportedScript> import(const QByteArray &script, const QString &sourceName = {},
                                         TaskControl *control = nullptr);
};

} // namespace strata::modeler

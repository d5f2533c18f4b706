// Reads a SQLite script (a .schema dump or a hand-written schema) into a model: the script is run on
// an in-memory SQLite database and the model is read from its catalog (sqlite_schema and the table,
// index and foreign-key pragmas), with what the catalog does not say (constraint names, checks,
// generated columns, comments) taken from the CREATE statements SQLite keeps.
#pragma once

#include "modeler/ImportedScript.h"

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QByteArray>

namespace strata::modeler {

class SqliteScriptImporter
{
public:
    /// The model of `script` (UTF-8). A syntax error is an Error naming `sourceName`, line and column.
    /// A statement SQLite refuses for another reason (a table that already exists, an index on a
    /// table the script never creates) is tried again after the others; if SQLite still refuses it,
    /// it is skipped with SQLite's reason and its line. Triggers, data and PRAGMAs are not run.
    static Result<ImportedScript> import(const QByteArray &script, const QString &sourceName = {},
                                         TaskControl *control = nullptr);
};

} // namespace strata::modeler

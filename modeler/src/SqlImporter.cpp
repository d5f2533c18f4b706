#include "modeler/SqlImporter.h"

#include "modeler/PostgresScriptImporter.h"
#include "modeler/SqliteScriptImporter.h"

namespace strata::modeler {

Result<ImportedScript> SqlImporter::import(const QByteArray &script, Dialect dialect, const QString &sourceName, TaskControl *control)
{
    if (dialect == Dialect::Sqlite)
        return SqliteScriptImporter::import(script, sourceName, control);
    return PostgresScriptImporter::import(script, sourceName, control);
}

} // namespace strata::modeler

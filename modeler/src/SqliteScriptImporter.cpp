// The SQLite import: the script runs on an in-memory database (SqliteScriptLoader), then the model
// is read from that database's catalog (SqliteCatalogReader).
#include "modeler/SqliteScriptImporter.h"

#include "ModelBuilder.h"
#include "SqliteCatalogReader.h"
#include "SqliteScriptLoader.h"

namespace strata::modeler {

Result<ImportedScript> SqliteScriptImporter::import(const QByteArray &script, const QString &sourceName, TaskControl *control)
{
    ModelBuilder builder(Dialect::Sqlite, sourceName);
    SqliteScriptLoader loader;
    auto loaded = loader.load(script, sourceName, builder, control);
    if (!loaded)
        return loaded.error();
    SqliteCatalogReader reader(loader.database(), builder, [&](const QString &name) { return loader.placeOf(name); });
    reader.read();
    builder.resolve();
    builder.sortDiagnostics();
    TaskControl::report(control, 1, 1, QStringLiteral("Done"));
    return ImportedScript{std::move(builder.model()), std::move(builder.diagnostics())};
}

} // namespace strata::modeler

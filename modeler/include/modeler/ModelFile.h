// The .strata file: a model as deterministic JSON (sorted keys, fixed indentation, defaults left out),
// so that changing one column changes one line of a git diff. Diagrams sit beside the schema.
#pragma once

#include "modeler/Model.h"

#include <strata/Result.h>

#include <QByteArray>

namespace strata::modeler {

class ModelFile
{
public:
    /// The version this build writes and the newest it reads.
    static constexpr int formatVersion = 1;

    static QByteArray toJson(const Model &model);
    /// Parses a whole file; on any error nothing is returned but the error, with line, column and
    /// JSON path. `sourceName` is used in messages (the file path).
    static Result<Model> fromJson(const QByteArray &json, const QString &sourceName = {});

    static Result<Model> load(const QString &path);
    /// Atomic: writes a temporary file beside `path`, syncs it to disk and renames it over `path`.
    static Result<void> save(const Model &model, const QString &path);
};

} // namespace strata::modeler

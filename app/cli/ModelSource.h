// Where the model commands (reverse, diff) get a model: a .strata file, or a live database read by
// reverse engineering through the same connection strings as `strata-cli query`.
#pragma once

#include "Command.h"

#include <modeler/Model.h>

namespace strata::cli {

struct ModelSourceOptions
{
    QStringList schemas;     ///< PostgreSQL schemas to read (empty: all but the system ones)
    bool noPassword = false; ///< never prompt
};

/// True when `argument` names a model file rather than a connection (it ends in .strata).
bool isModelFile(const QString &argument);

/// Loads the model file, or connects and reverse-engineers the database. Diagnostics of the reverse
/// engineering (objects the model cannot hold) are printed on the console's stderr.
Result<modeler::Model> loadModel(const QString &argument, const ModelSourceOptions &options, Console &console);

} // namespace strata::cli

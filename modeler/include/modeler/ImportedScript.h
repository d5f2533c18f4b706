// What an SQL script import gives: the model it describes and what the importer has to say about it
// (statements it skipped, clauses the model cannot hold, references it could not resolve).
#pragma once

#include "modeler/Model.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

struct ImportedScript
{
    Model model;
    /// Each with the script's line (place.line, place.column) and, where it concerns one object, its
    /// path (place.path). Codes: import.skipped (info for session settings, owners and privileges;
    /// warning for objects the model does not hold), import.unsupported (a clause left out or
    /// changed), import.unresolved (a reference to an object the script does not create),
    /// import.duplicate, import.rejected (SQLite refused the statement), import.type (a type read
    /// by its affinity).
    Diagnostics diagnostics;
};

} // namespace strata::modeler

// Tables of one model (a database read by reverse engineering) made fit to go into another (the
// model being edited): ids free in the target, schemas, enums and domains matched by name or brought
// along, foreign keys pointed at the target's tables. Nothing is changed here: the caller adds the
// result to its model (the window does it as one undoable step).
#pragma once

#include "modeler/Model.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

/// What to add to the target, each object with an id free there, in an order that adds what is
/// referenced first.
struct MergedTables
{
    QList<Schema> schemas;
    QList<EnumType> enums;
    QList<Domain> domains;
    QList<Sequence> sequences; ///< those owned by the tables' columns
    QList<Table> tables;
    /// Tables already in the target (skipped), foreign keys left out because what they reference is
    /// in neither model, partitions whose parent stays behind.
    Diagnostics diagnostics;

    bool isEmpty() const { return tables.isEmpty(); }
};

class ModelMerge
{
public:
    /// The tables `tableIds` of `source`, fitted into `target`. A table whose schema-qualified name the
    /// target has already is left out (a note says so). A foreign key keeps its place when the table it
    /// references comes along or is in the target by name with the referenced columns; otherwise it is
    /// left out with a warning.
    static MergedTables tablesInto(const Model &target, const Model &source, const QStringList &tableIds);
};

} // namespace strata::modeler

// The foreign key a drag from a column onto a table means. It references the column dropped on
// when that is a one-column key, else the table's one-column primary or unique key. When the key
// meant has several columns (dropped on a column of a composite key, or the table has only such
// keys), every key column is mapped: the dragged column to the one it was dropped on (or of its
// name, or of its type), the others to columns of the same name ("customer_id", or
// "customer_customer_id"); a column nothing fits is left empty, for the user to choose in the
// foreign key editor.
#pragma once

#include <modeler/Model.h>
#include <strata/Result.h>

namespace strata::modeler::ui {

class ForeignKeyGuess
{
public:
    /// `targetColumnId` is the column dropped on; empty for the table's header.
    static Result<ForeignKey> fromDrag(const Model &model, const QString &tableId, const QString &columnId,
                                       const QString &targetTableId, const QString &targetColumnId = {});
};

} // namespace strata::modeler::ui

// The recipe a column gets when the model gives none, chosen from its name, its table's name and its
// type: an e-mail for "email", a person's name for customer.name, a price for "unit_price", a
// timestamp of the last three years for "created_at", small counts for "quantity".
#pragma once

#include "ValueShape.h"

#include <modeler/SynthRecipe.h>
#include <modeler/Table.h>

namespace strata::workload {

class RecipeGuess
{
public:
    /// Never empty for a shape that has a generator; `generator` stays empty for Kind::Unknown.
    static modeler::SynthRecipe forColumn(const modeler::Table &table, const modeler::Column &column, const ValueShape &shape);
    /// The words of a name: "unitPrice" and "unit_price" give {"unit", "price"}.
    static QStringList words(const QString &name);
};

} // namespace strata::workload

// Builds a column's generator from its recipe (or the one guessed from its name and type), its type
// and the rule its checks set: a generator that makes values of the column's type inside the rule,
// or an Error saying why this column's values cannot be made.
#pragma once

#include "ColumnGenerator.h"
#include "ValueShape.h"

#include <modeler/SynthRecipe.h>

#include <strata/Diagnostic.h>
#include <strata/Result.h>

namespace strata::workload {

class GeneratorFactory
{
public:
    GeneratorFactory(const modeler::Model &model, modeler::Dialect dialect) : m_model(model), m_dialect(dialect) {}

    /// `rule`: what the table's checks ask of the column. `soleKey`: the column is the whole primary
    /// key (an integer one then counts 1, 2, 3 unless the recipe says otherwise). `unique`: a unique
    /// key of its own, so a guessed number range is widened to hold many values. Findings that do
    /// not stop the column (a domain check that is not verified) go to `notes`.
    Result<ColumnGenerator> create(const modeler::Table &table, const modeler::Column &column, ColumnRule rule, bool soleKey,
                                   bool unique, Diagnostics *notes) const;

private:
    Result<std::unique_ptr<ValueGenerator>> build(const modeler::SynthRecipe &recipe, const ValueShape &shape,
                                                  const ColumnRule &rule) const;
    Result<std::unique_ptr<ValueGenerator>> numbers(const modeler::SynthRecipe &recipe, const ValueShape &shape,
                                                    const ColumnRule &rule) const;
    Result<std::unique_ptr<ValueGenerator>> times(const modeler::SynthRecipe &recipe, const ValueShape &shape,
                                                  const ColumnRule &rule) const;
    std::unique_ptr<ValueGenerator> choice(const QVariantList &values, const QList<double> &weights, const ValueShape &shape) const;
    std::unique_ptr<ValueGenerator> byType(const ValueShape &shape) const;

    const modeler::Model &m_model;
    modeler::Dialect m_dialect;
};

} // namespace strata::workload

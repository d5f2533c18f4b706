// An index the advisor kept, as the model holds indexes: its table found by schema and name, its key
// and INCLUDE columns by name, a name free in the model, and a comment saying where it came from.
// Refused with the reason when the model does not match the database it was measured on, or when
// the table has that index already.
#pragma once

#include <modeler/Model.h>
#include <strata/Result.h>
#include <workload/IndexAdvice.h>

namespace strata::workload::ui {

struct AdvisedIndex
{
    QString tableId;
    modeler::Index index;

    static Result<AdvisedIndex> forModel(const modeler::Model &model, const IndexVerdict &verdict);
    /// The model's table of the verdict's candidate: by schema and name, or by name alone when only
    /// one table has it (SQLite's "main", PostgreSQL's default schema).
    static const modeler::Table *tableOf(const modeler::Model &model, const IndexCandidate &candidate);
};

} // namespace strata::workload::ui

// Decides how each unique key of a table (primary key, UNIQUE constraints, unique indexes on columns)
// stays unique: from a permutation of every combination of its parts, by parent row with the
// children numbered or permuted within it, or by drawing and checking. A key that cannot hold the
// rows asked for lowers the table's default row count, or stops the run when the count was given.
#pragma once

#include "TablePlan.h"

#include <strata/Diagnostic.h>
#include <strata/Result.h>

#include <vector>

namespace strata::workload {

class KeyPlanner
{
public:
    /// `tables`: every table of the run, parents already planned. `rowsGiven`: the user set this
    /// table's row count (a key too small for it is an error rather than a lower count).
    static Result<void> plan(TablePlan &table, const std::vector<TablePlan> &tables, bool rowsGiven, Diagnostics &diagnostics);
    /// True when `columns` are a key whose values follow from the row number alone (no parent rows),
    /// so that a child can know them before the table is generated.
    static bool pureKey(const TablePlan &table, const QList<int> &columns);
    /// The ids of the columns that are a unique key alone (generated columns seen through to the
    /// columns they read).
    static QStringList singleKeyColumns(const modeler::Table &table);
    /// The largest count the arithmetic of keys goes to.
    static constexpr quint64 saturation = 4000000000000000000ULL;
};

} // namespace strata::workload

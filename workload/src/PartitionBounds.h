// Where the rows of a PostgreSQL partitioned table may go: its partitions' bounds (FOR VALUES FROM
// ... TO ..., IN (...)) read with libpg_query and turned into a rule on the partition key's column,
// so that every generated row finds its partition. A DEFAULT partition takes anything.
#pragma once

#include "ColumnRule.h"

#include <modeler/Model.h>

#include <optional>

namespace strata::workload {

class PartitionBounds
{
public:
    /// The rule on the key column (named in `column`) of a table partitioned by one column; none
    /// when every value fits (a DEFAULT partition) or the key is not one plain column.
    static std::optional<ColumnRule> ruleFor(const modeler::Model &model, const modeler::Table &parent, QString *column);
};

} // namespace strata::workload

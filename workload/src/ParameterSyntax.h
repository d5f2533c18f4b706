// The small language of parameter sources in workload headers: a function call with literal
// arguments, "sample(shop.orders.customer_id)", "uniform(1, 100)", "one_of('paid', 'shipped')".
// Hand-written: a dozen lines of grammar that no library has, with errors that name the column.
#pragma once

#include "workload/ParameterSource.h"

#include <strata/Result.h>

namespace strata::workload {

class ParameterSyntax
{
public:
    /// Reads `text`, which starts at `place` in the file (errors get its line and their column).
    static Result<ParameterSource> parse(const QString &text, const SourcePlace &place);
};

} // namespace strata::workload

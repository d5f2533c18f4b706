// One thing worth a tuner's attention, pointing at the node it is about.
#pragma once

#include <strata/Diagnostic.h>

namespace strata::explain {

struct Finding
{
    /// code ("seq-scan-filter", "misestimate", "sort-spill", ...), message, hint (what to do) and
    /// place.path ("node 7: Seq Scan on orders").
    Diagnostic diagnostic;
    int node = -1;     ///< the node it points at; -1 for the whole plan
    double impact = 0; ///< ms of execution time at stake (for ranking, most costly first)
};

} // namespace strata::explain

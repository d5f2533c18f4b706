// Writes a Plan as PostgreSQL's EXPLAIN (FORMAT JSON) does: the same keys, in the same order, so a
// plan read from text can be handed to any tool that reads PostgreSQL's JSON.
#pragma once

#include "explain/Plan.h"

#include <QByteArray>

namespace strata::explain {

class PlanJsonWriter
{
public:
    static QByteArray write(const Plan &plan);
};

} // namespace strata::explain

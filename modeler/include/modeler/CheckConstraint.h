// A CHECK constraint on a table. Column-level checks are held here too, as PostgreSQL does.
#pragma once

#include <QString>

namespace strata::modeler {

struct CheckConstraint
{
    QString id;
    QString name;       ///< empty: the database picks one
    QString expression; ///< SQL boolean expression, without the surrounding CHECK ( )
    bool noInherit = false;
    QString comment;

    bool operator==(const CheckConstraint &) const = default;
};

} // namespace strata::modeler

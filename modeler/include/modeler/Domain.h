// A domain: a named base type with constraints (PostgreSQL CREATE DOMAIN).
#pragma once

#include "modeler/CheckConstraint.h"
#include "modeler/DataType.h"

#include <QList>

namespace strata::modeler {

struct Domain
{
    QString id;
    QString schemaId;
    QString name;
    DataType baseType;
    bool notNull = false;
    QString defaultExpr;
    QString collation;
    QList<CheckConstraint> checks; ///< expressions use VALUE for the value
    QString comment;

    bool operator==(const Domain &) const = default;
};

} // namespace strata::modeler

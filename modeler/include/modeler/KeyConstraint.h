// A primary key or UNIQUE constraint: a named set of columns whose values identify a row.
#pragma once

#include <QString>
#include <QStringList>

namespace strata::modeler {

struct KeyConstraint
{
    QString id;
    QString name;          ///< empty: the database picks one
    QStringList columnIds; ///< ordered
    QStringList includeColumnIds; ///< INCLUDE (...) of the backing index (PostgreSQL 11+)
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool nullsNotDistinct = false; ///< PostgreSQL 15+ UNIQUE NULLS NOT DISTINCT
    QString comment;

    bool operator==(const KeyConstraint &) const = default;
};

} // namespace strata::modeler

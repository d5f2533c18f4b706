// The order in which PostgreSQL's EXPLAIN emits fields, so that a details panel and the JSON we
// write list them as PostgreSQL does (QJsonObject itself sorts keys alphabetically).
#pragma once

#include <QStringList>

namespace strata::explain {

class FieldOrder
{
public:
    /// Position of a key among those PostgreSQL emits; unknown keys come after, alphabetically.
    static int rank(const QString &key);
    /// The keys sorted by rank().
    static QStringList sorted(QStringList keys);
};

} // namespace strata::explain

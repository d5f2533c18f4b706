// An enumerated type: PostgreSQL CREATE TYPE ... AS ENUM; a CHECK (... IN (...)) in SQLite.
#pragma once

#include <QString>
#include <QStringList>

namespace strata::modeler {

struct EnumType
{
    QString id;
    QString schemaId;
    QString name;
    QStringList values; ///< in sort order
    QString comment;

    bool operator==(const EnumType &) const = default;
};

} // namespace strata::modeler

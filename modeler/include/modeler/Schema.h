// A namespace of tables and types (PostgreSQL schema).
#pragma once

#include <QString>

namespace strata::modeler {

struct Schema
{
    QString id;
    QString name;
    QString comment;

    bool operator==(const Schema &) const = default;
};

} // namespace strata::modeler

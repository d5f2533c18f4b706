// A sequence, and the options shared by sequences and identity columns.
#pragma once

#include "modeler/DataType.h"

#include <optional>

namespace strata::modeler {

struct SequenceOptions
{
    DataType::Kind type = DataType::Kind::BigInt; ///< smallint, integer or bigint
    qint64 start = 1;
    qint64 increment = 1;
    std::optional<qint64> minValue; ///< unset: the type's default (NO MINVALUE)
    std::optional<qint64> maxValue; ///< unset: the type's default (NO MAXVALUE)
    qint64 cache = 1;
    bool cycle = false;

    /// True when every option is what PostgreSQL picks when none is given (for an ascending sequence of `type`).
    bool isDefault() const;
    bool operator==(const SequenceOptions &) const = default;
};

struct Sequence
{
    QString id;
    QString schemaId; ///< empty: the default schema
    QString name;
    SequenceOptions options;
    QString ownedByTableId;  ///< OWNED BY: dropped with this table's column
    QString ownedByColumnId;
    QString comment;

    bool operator==(const Sequence &) const = default;
};

} // namespace strata::modeler

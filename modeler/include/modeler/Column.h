// A table column.
#pragma once

#include "modeler/DataType.h"
#include "modeler/Sequence.h"

#include <QJsonObject>

#include <optional>

namespace strata::modeler {

enum class Identity { None, Always, ByDefault };

struct Column
{
    QString id; ///< stable within its table: renaming a column keeps its id
    QString name;
    DataType type;
    bool nullable = true;
    QString defaultExpr;   ///< SQL expression text; empty: no default
    Identity identity = Identity::None;
    std::optional<SequenceOptions> identityOptions; ///< options of an identity column's sequence, when not the defaults
    QString identitySequenceName;                   ///< explicit SEQUENCE NAME of an identity; empty: PostgreSQL's default
    bool serial = false;   ///< PostgreSQL serial/bigserial/smallserial: an owned sequence feeds the default
    QString generatedExpr; ///< GENERATED ALWAYS AS (expr) STORED; empty: not generated
    QString collation;     ///< empty: the database default
    QString comment;
    QJsonObject synth;     ///< the synthetic-data recipe of the column (workload engine); empty: chosen from name and type

    bool operator==(const Column &) const = default;
};

} // namespace strata::modeler

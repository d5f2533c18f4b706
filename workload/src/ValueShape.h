// What a column's values must look like, from its type in the model: the kind of value, the range of
// an integer type, the scale of a decimal, the length limit of text, the values of an enum. A domain
// is seen through to its base type. Generators make values of a shape; the target dialect decides
// how a few kinds are written (arrays as PostgreSQL literals or as JSON for SQLite).
#pragma once

#include <modeler/Dialect.h>
#include <modeler/Model.h>

namespace strata::workload {

struct ValueShape
{
    enum class Kind {
        Integer, Real, Decimal, Boolean, Text, Date, Time, Timestamp, TimestampTz, Interval,
        Uuid, Json, Xml, Inet, Cidr, MacAddr, Bits, Binary, Enum, Point, Unknown
    };

    Kind kind = Kind::Text;
    qint64 minInt = 0, maxInt = 0; ///< Integer: the type's range
    int precision = -1, scale = -1; ///< Decimal
    int maxLength = -1;             ///< Text, Bits: -1 for no limit
    bool fixedLength = false;       ///< char(n), bit(n): exactly maxLength
    int arrayDims = 0;
    QStringList enumValues;         ///< Enum
    QString typeName;               ///< as the model writes it, for messages
    modeler::Dialect dialect = modeler::Dialect::Sqlite;
    const modeler::Domain *domain = nullptr; ///< when the column's type is a domain of the model

    static ValueShape of(const modeler::DataType &type, const modeler::Model &model, modeler::Dialect dialect);
    /// The shape of one element of an array shape.
    ValueShape element() const;
    bool isTemporal() const { return kind >= Kind::Date && kind <= Kind::TimestampTz; }
    bool isNumeric() const { return kind == Kind::Integer || kind == Kind::Real || kind == Kind::Decimal; }
};

} // namespace strata::workload

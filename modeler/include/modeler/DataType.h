// A column's type in Strata's dialect-neutral form. TypeMapping turns it into each dialect's spelling.
#pragma once

#include <strata/Result.h>

#include <QString>

namespace strata::modeler {

struct DataType
{
    /// The built-in kinds. `Named` is everything else: an enum or domain of the model (by its id,
    /// e.g. "public.mpaa_rating") or a type the model does not know (PostGIS "geometry(Point,4326)",
    /// "tsvector"), kept exactly as written.
    enum class Kind {
        Boolean, SmallInt, Integer, BigInt, Numeric, Real, Double,
        Char, VarChar, Text, Binary,
        Date, Time, TimeTz, Timestamp, TimestampTz, Interval,
        Uuid, Json, Jsonb, Xml, Inet, Cidr, MacAddr, Money, Bit, VarBit,
        Named
    };

    Kind kind = Kind::Text;
    int length = -1;    ///< char/varchar/bit/varbit length; fractional-second precision of time types
    int precision = -1; ///< numeric precision
    int scale = -1;     ///< numeric scale
    int arrayDims = 0;  ///< 1 for text[], 2 for text[][]
    QString name;       ///< Kind::Named only

    DataType() = default;
    explicit DataType(Kind k, int len = -1) : kind(k), length(len) {}
    static DataType named(QString typeName)
    {
        DataType t(Kind::Named);
        t.name = std::move(typeName);
        return t;
    }
    static DataType numeric(int precision, int scale = -1)
    {
        DataType t(Kind::Numeric);
        t.precision = precision;
        t.scale = scale;
        return t;
    }

    bool isInteger() const { return kind == Kind::SmallInt || kind == Kind::Integer || kind == Kind::BigInt; }
    bool isTextual() const { return kind == Kind::Char || kind == Kind::VarChar || kind == Kind::Text; }
    bool isTemporal() const { return kind >= Kind::Date && kind <= Kind::Interval; }
    bool isArray() const { return arrayDims > 0; }
    DataType elementType() const
    {
        DataType t = *this;
        t.arrayDims = 0;
        return t;
    }

    /// The neutral spelling written to model files: "varchar(80)", "numeric(10,2)", "timestamptz(3)",
    /// "integer[]", "public.mood".
    QString toString() const;

    /// Reads the neutral spelling; also accepts the common aliases a person types (int, int4,
    /// character varying(20), double precision, timestamp with time zone, bool, decimal, bytea, ...).
    static Result<DataType> parse(QStringView text);

    bool operator==(const DataType &) const = default;
};

/// The neutral keyword of a kind ("integer", "varchar", ...); empty for Named.
QString kindName(DataType::Kind kind);

} // namespace strata::modeler

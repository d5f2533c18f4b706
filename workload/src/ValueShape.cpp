#include "ValueShape.h"

#include <limits>

namespace strata::workload {

using modeler::DataType;
using Kind = ValueShape::Kind;

namespace {

void setFromKind(ValueShape &shape, const DataType &type)
{
    switch (type.kind) {
    case DataType::Kind::Boolean: shape.kind = Kind::Boolean; break;
    case DataType::Kind::SmallInt: shape.kind = Kind::Integer; shape.minInt = -32768; shape.maxInt = 32767; break;
    case DataType::Kind::Integer:
        shape.kind = Kind::Integer;
        shape.minInt = std::numeric_limits<qint32>::min();
        shape.maxInt = std::numeric_limits<qint32>::max();
        break;
    case DataType::Kind::BigInt:
        shape.kind = Kind::Integer;
        shape.minInt = std::numeric_limits<qint64>::min();
        shape.maxInt = std::numeric_limits<qint64>::max();
        break;
    case DataType::Kind::Numeric:
        shape.kind = Kind::Decimal;
        shape.precision = type.precision;
        shape.scale = type.precision > 0 ? std::max(type.scale, 0) : type.scale;
        break;
    case DataType::Kind::Money: shape.kind = Kind::Decimal; shape.precision = 12; shape.scale = 2; break;
    case DataType::Kind::Real:
    case DataType::Kind::Double: shape.kind = Kind::Real; break;
    case DataType::Kind::Char: shape.kind = Kind::Text; shape.maxLength = type.length > 0 ? type.length : 1; shape.fixedLength = true; break;
    case DataType::Kind::VarChar: shape.kind = Kind::Text; shape.maxLength = type.length; break;
    case DataType::Kind::Text: shape.kind = Kind::Text; break;
    case DataType::Kind::Binary: shape.kind = Kind::Binary; break;
    case DataType::Kind::Date: shape.kind = Kind::Date; break;
    case DataType::Kind::Time:
    case DataType::Kind::TimeTz: shape.kind = Kind::Time; break;
    case DataType::Kind::Timestamp: shape.kind = Kind::Timestamp; break;
    case DataType::Kind::TimestampTz: shape.kind = Kind::TimestampTz; break;
    case DataType::Kind::Interval: shape.kind = Kind::Interval; break;
    case DataType::Kind::Uuid: shape.kind = Kind::Uuid; break;
    case DataType::Kind::Json:
    case DataType::Kind::Jsonb: shape.kind = Kind::Json; break;
    case DataType::Kind::Xml: shape.kind = Kind::Xml; break;
    case DataType::Kind::Inet: shape.kind = Kind::Inet; break;
    case DataType::Kind::Cidr: shape.kind = Kind::Cidr; break;
    case DataType::Kind::MacAddr: shape.kind = Kind::MacAddr; break;
    case DataType::Kind::Bit: shape.kind = Kind::Bits; shape.maxLength = type.length > 0 ? type.length : 1; shape.fixedLength = true; break;
    case DataType::Kind::VarBit: shape.kind = Kind::Bits; shape.maxLength = type.length; break;
    case DataType::Kind::Named: shape.kind = Kind::Unknown; break;
    }
}

} // namespace

ValueShape ValueShape::of(const DataType &type, const modeler::Model &model, modeler::Dialect dialect)
{
    ValueShape shape;
    shape.dialect = dialect;
    shape.typeName = type.toString();
    shape.arrayDims = type.arrayDims;
    DataType base = type;
    // A domain over a domain over a type: follow the chain (a cycle is the model's error; stop).
    for (int depth = 0; base.kind == DataType::Kind::Named && depth < 16; ++depth) {
        if (const modeler::EnumType *e = model.enumType(base.name)) {
            shape.kind = Kind::Enum;
            shape.enumValues = e->values;
            return shape;
        }
        const modeler::Domain *d = model.domain(base.name);
        if (!d)
            break;
        if (!shape.domain)
            shape.domain = d;
        const int dims = base.arrayDims;
        base = d->baseType;
        base.arrayDims += dims;
    }
    shape.arrayDims = base.arrayDims;
    setFromKind(shape, base);
    // PostgreSQL's own types that the model keeps by name: the ones Strata knows how to fill.
    if (base.kind == DataType::Kind::Named) {
        const QString name = base.name.toLower();
        if (name == u"tsvector")
            shape.kind = Kind::Text; // text casts to tsvector: its words become the lexemes
        else if (name == u"point")
            shape.kind = Kind::Point;
    }
    return shape;
}

ValueShape ValueShape::element() const
{
    ValueShape e = *this;
    e.arrayDims = 0;
    return e;
}

} // namespace strata::workload

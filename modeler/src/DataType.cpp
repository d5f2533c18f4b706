#include "modeler/DataType.h"

#include <QHash>
#include <QRegularExpression>

namespace strata::modeler {

using Kind = DataType::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Boolean: return QStringLiteral("boolean");
    case Kind::SmallInt: return QStringLiteral("smallint");
    case Kind::Integer: return QStringLiteral("integer");
    case Kind::BigInt: return QStringLiteral("bigint");
    case Kind::Numeric: return QStringLiteral("numeric");
    case Kind::Real: return QStringLiteral("real");
    case Kind::Double: return QStringLiteral("double");
    case Kind::Char: return QStringLiteral("char");
    case Kind::VarChar: return QStringLiteral("varchar");
    case Kind::Text: return QStringLiteral("text");
    case Kind::Binary: return QStringLiteral("binary");
    case Kind::Date: return QStringLiteral("date");
    case Kind::Time: return QStringLiteral("time");
    case Kind::TimeTz: return QStringLiteral("timetz");
    case Kind::Timestamp: return QStringLiteral("timestamp");
    case Kind::TimestampTz: return QStringLiteral("timestamptz");
    case Kind::Interval: return QStringLiteral("interval");
    case Kind::Uuid: return QStringLiteral("uuid");
    case Kind::Json: return QStringLiteral("json");
    case Kind::Jsonb: return QStringLiteral("jsonb");
    case Kind::Xml: return QStringLiteral("xml");
    case Kind::Inet: return QStringLiteral("inet");
    case Kind::Cidr: return QStringLiteral("cidr");
    case Kind::MacAddr: return QStringLiteral("macaddr");
    case Kind::Money: return QStringLiteral("money");
    case Kind::Bit: return QStringLiteral("bit");
    case Kind::VarBit: return QStringLiteral("varbit");
    case Kind::Named: return {};
    }
    return {};
}

namespace {

// Every spelling parse() accepts for a built-in kind, lower case with single spaces.
const QHash<QString, Kind> &aliases()
{
    static const QHash<QString, Kind> table = [] {
        QHash<QString, Kind> t;
        for (int k = 0; k < int(Kind::Named); ++k)
            t.insert(kindName(Kind(k)), Kind(k));
        const std::pair<const char *, Kind> extra[] = {
            {"bool", Kind::Boolean}, {"int2", Kind::SmallInt}, {"int", Kind::Integer},
            {"int4", Kind::Integer}, {"int8", Kind::BigInt}, {"decimal", Kind::Numeric},
            {"float4", Kind::Real}, {"float8", Kind::Double}, {"float", Kind::Double},
            {"double precision", Kind::Double}, {"character", Kind::Char}, {"bpchar", Kind::Char},
            {"character varying", Kind::VarChar}, {"bytea", Kind::Binary}, {"blob", Kind::Binary},
            {"time without time zone", Kind::Time}, {"time with time zone", Kind::TimeTz},
            {"timestamp without time zone", Kind::Timestamp},
            {"timestamp with time zone", Kind::TimestampTz}, {"bit varying", Kind::VarBit},
        };
        for (const auto &[name, kind] : extra)
            t.insert(QString::fromLatin1(name), kind);
        return t;
    }();
    return table;
}

bool takesLength(Kind k)
{
    return k == Kind::Char || k == Kind::VarChar || k == Kind::Bit || k == Kind::VarBit || k == Kind::Time ||
           k == Kind::TimeTz || k == Kind::Timestamp || k == Kind::TimestampTz || k == Kind::Interval;
}

Error typeError(QStringView text, const QString &why)
{
    return Error(QStringLiteral("invalid type \"%1\": %2").arg(text.toString(), why), {}, QStringLiteral("type.syntax"));
}

} // namespace

QString DataType::toString() const
{
    QString out;
    if (kind == Kind::Named) {
        out = name;
    } else {
        out = kindName(kind);
        if (kind == Kind::Numeric && precision >= 0)
            out += scale >= 0 ? QStringLiteral("(%1,%2)").arg(precision).arg(scale) : QStringLiteral("(%1)").arg(precision);
        else if (takesLength(kind) && length >= 0)
            out += QStringLiteral("(%1)").arg(length);
    }
    for (int i = 0; i < arrayDims; ++i)
        out += QStringLiteral("[]");
    return out;
}

Result<DataType> DataType::parse(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return typeError(text, QStringLiteral("the type is empty"));

    DataType t;
    static const QRegularExpression arraySuffix(QStringLiteral(R"(\s*\[\s*\d*\s*\]\s*$)"));
    for (auto m = arraySuffix.match(s); m.hasMatch(); m = arraySuffix.match(s)) {
        ++t.arrayDims;
        s.truncate(m.capturedStart());
    }
    if (s.endsWith(QStringLiteral(" array"), Qt::CaseInsensitive)) { // SQL-standard "integer ARRAY"
        ++t.arrayDims;
        s.chop(6);
    }

    // Split "timestamp(3) with time zone" into the base "timestamp with time zone" and the arguments "3".
    QString base = s;
    QString args;
    const qsizetype open = s.indexOf(u'(');
    if (open >= 0) {
        const qsizetype close = s.indexOf(u')', open);
        if (close < 0)
            return typeError(text, QStringLiteral("missing ')'"));
        args = s.mid(open + 1, close - open - 1).trimmed();
        base = (s.left(open) + u' ' + s.mid(close + 1)).simplified();
    }
    const auto known = aliases().constFind(base.simplified().toLower());
    if (known == aliases().constEnd()) {
        if (s.contains(u'[') || s.contains(u']'))
            return typeError(text, QStringLiteral("malformed array brackets"));
        t.kind = Kind::Named;
        t.name = s.trimmed();
        return t;
    }

    t.kind = *known;
    if (args.isEmpty())
        return t;
    const QStringList parts = args.split(u',');
    QList<int> numbers;
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.trimmed().toInt(&ok);
        if (!ok || n < 0)
            return typeError(text, QStringLiteral("'%1' is not a non-negative number").arg(p.trimmed()));
        numbers << n;
    }
    if (t.kind == Kind::Numeric) {
        if (numbers.size() > 2)
            return typeError(text, QStringLiteral("numeric takes at most a precision and a scale"));
        t.precision = numbers[0];
        if (numbers.size() == 2)
            t.scale = numbers[1];
        if (t.precision < 1)
            return typeError(text, QStringLiteral("numeric precision must be at least 1"));
        return t;
    }
    if (t.kind == Kind::Double || t.kind == Kind::Real) {
        // float(p): PostgreSQL picks real up to 24 bits of precision, double above.
        if (numbers.size() != 1)
            return typeError(text, QStringLiteral("float takes one precision"));
        t.kind = numbers[0] <= 24 ? Kind::Real : Kind::Double;
        return t;
    }
    if (!takesLength(t.kind))
        return typeError(text, QStringLiteral("%1 takes no arguments").arg(kindName(t.kind)));
    if (numbers.size() != 1)
        return typeError(text, QStringLiteral("%1 takes one argument").arg(kindName(t.kind)));
    t.length = numbers[0];
    return t;
}

} // namespace strata::modeler

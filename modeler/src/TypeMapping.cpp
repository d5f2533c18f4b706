#include "modeler/TypeMapping.h"

#include "modeler/SqlQuoting.h"

namespace strata::modeler {

using Kind = DataType::Kind;

namespace {

QString arraySuffix(int dims)
{
    return QStringLiteral("[]").repeated(dims);
}

QString withLength(const char *base, int length)
{
    return length >= 0 ? QStringLiteral("%1(%2)").arg(QLatin1String(base)).arg(length) : QString::fromLatin1(base);
}

// "time(3) without time zone": the precision goes after the first word.
QString timeType(const char *word, int precision, const char *zone)
{
    return withLength(word, precision) + u' ' + QLatin1String(zone);
}

QString postgresBuiltin(const DataType &t)
{
    switch (t.kind) {
    case Kind::Boolean: return QStringLiteral("boolean");
    case Kind::SmallInt: return QStringLiteral("smallint");
    case Kind::Integer: return QStringLiteral("integer");
    case Kind::BigInt: return QStringLiteral("bigint");
    case Kind::Numeric:
        if (t.precision < 0)
            return QStringLiteral("numeric");
        return t.scale >= 0 ? QStringLiteral("numeric(%1,%2)").arg(t.precision).arg(t.scale)
                            : QStringLiteral("numeric(%1)").arg(t.precision);
    case Kind::Real: return QStringLiteral("real");
    case Kind::Double: return QStringLiteral("double precision");
    case Kind::Char: return withLength("character", t.length);
    case Kind::VarChar: return withLength("character varying", t.length);
    case Kind::Text: return QStringLiteral("text");
    case Kind::Binary: return QStringLiteral("bytea");
    case Kind::Date: return QStringLiteral("date");
    case Kind::Time: return timeType("time", t.length, "without time zone");
    case Kind::TimeTz: return timeType("time", t.length, "with time zone");
    case Kind::Timestamp: return timeType("timestamp", t.length, "without time zone");
    case Kind::TimestampTz: return timeType("timestamp", t.length, "with time zone");
    case Kind::Interval: return withLength("interval", t.length);
    case Kind::Uuid: return QStringLiteral("uuid");
    case Kind::Json: return QStringLiteral("json");
    case Kind::Jsonb: return QStringLiteral("jsonb");
    case Kind::Xml: return QStringLiteral("xml");
    case Kind::Inet: return QStringLiteral("inet");
    case Kind::Cidr: return QStringLiteral("cidr");
    case Kind::MacAddr: return QStringLiteral("macaddr");
    case Kind::Money: return QStringLiteral("money");
    case Kind::Bit: return withLength("bit", t.length);
    case Kind::VarBit: return withLength("bit varying", t.length);
    case Kind::Named: return t.name;
    }
    return {};
}

// The SQLite declared type of each kind, and what is lost on the way (empty: nothing).
DialectType sqliteBuiltin(const DataType &t)
{
    const auto lossy = [](const char *sql, const char *what) {
        return DialectType{QString::fromLatin1(sql), QString::fromLatin1(what)};
    };
    switch (t.kind) {
    case Kind::Boolean: return {QStringLiteral("BOOLEAN"), {}};
    case Kind::SmallInt: return {QStringLiteral("SMALLINT"), {}};
    case Kind::Integer: return {QStringLiteral("INTEGER"), {}};
    case Kind::BigInt: return {QStringLiteral("BIGINT"), {}};
    case Kind::Numeric:
        if (t.precision < 0)
            return {QStringLiteral("NUMERIC"), {}};
        return {t.scale >= 0 ? QStringLiteral("NUMERIC(%1,%2)").arg(t.precision).arg(t.scale)
                             : QStringLiteral("NUMERIC(%1)").arg(t.precision),
                QStringLiteral("SQLite does not enforce numeric precision and scale")};
    case Kind::Real: return {QStringLiteral("REAL"), {}};
    case Kind::Double: return {QStringLiteral("DOUBLE"), {}};
    case Kind::Char: return {withLength("CHAR", t.length), {}};
    case Kind::VarChar: return {withLength("VARCHAR", t.length), {}};
    case Kind::Text: return {QStringLiteral("TEXT"), {}};
    case Kind::Binary: return {QStringLiteral("BLOB"), {}};
    case Kind::Date: return {QStringLiteral("DATE"), {}};
    case Kind::Time: return {withLength("TIME", t.length), {}};
    case Kind::Timestamp: return {withLength("TIMESTAMP", t.length), {}};
    case Kind::TimeTz:
        return {withLength("TIME", t.length), QStringLiteral("SQLite keeps no time zone: values are stored as text")};
    case Kind::TimestampTz:
        return {withLength("TIMESTAMP", t.length), QStringLiteral("SQLite keeps no time zone: values are stored as text")};
    case Kind::Interval: return lossy("TEXT", "SQLite has no interval type: stored as text");
    case Kind::Uuid: return lossy("TEXT", "SQLite has no uuid type: stored as text");
    case Kind::Json: return lossy("TEXT", "SQLite has no json type: stored as text (the JSON functions work on it)");
    case Kind::Jsonb: return lossy("TEXT", "SQLite has no jsonb type: stored as text (the JSON functions work on it)");
    case Kind::Xml: return lossy("TEXT", "SQLite has no xml type: stored as text");
    case Kind::Inet: return lossy("TEXT", "SQLite has no inet type: stored as text");
    case Kind::Cidr: return lossy("TEXT", "SQLite has no cidr type: stored as text");
    case Kind::MacAddr: return lossy("TEXT", "SQLite has no macaddr type: stored as text");
    case Kind::Money: return lossy("NUMERIC", "SQLite has no money type: stored as a number");
    case Kind::Bit: return lossy("BLOB", "SQLite has no bit string type: stored as a blob");
    case Kind::VarBit: return lossy("BLOB", "SQLite has no bit string type: stored as a blob");
    case Kind::Named: return {};
    }
    return {};
}

} // namespace

DialectType TypeMapping::toPostgres(const DataType &type, const Model &model)
{
    const DataType element = type.elementType();
    QString sql;
    if (type.kind == Kind::Named) {
        if (const EnumType *e = model.enumType(type.name))
            sql = quoteQualified(model.schemaName(e->schemaId), e->name, Dialect::Postgres);
        else if (const Domain *d = model.domain(type.name))
            sql = quoteQualified(model.schemaName(d->schemaId), d->name, Dialect::Postgres);
        else
            sql = type.name;
    } else {
        sql = postgresBuiltin(element);
    }
    return {sql + arraySuffix(type.arrayDims), {}};
}

DialectType TypeMapping::toSqlite(const DataType &type, const Model &model)
{
    DialectType out;
    if (type.kind == Kind::Named) {
        if (model.enumType(type.name)) {
            out = {QStringLiteral("TEXT"), {}}; // the DDL writer adds CHECK (col IN (...))
        } else if (const Domain *d = model.domain(type.name)) {
            out = toSqlite(d->baseType, model);
            if (!d->checks.isEmpty() || d->notNull)
                out.warning = QStringLiteral("SQLite has no domains: %1 becomes its base type without its constraints")
                                  .arg(d->name);
        } else {
            // SQLite's grammar takes a type name without a schema ("public.vector(20)" is a syntax
            // error there, "vector(20)" a type with NUMERIC affinity).
            const qsizetype open = type.name.indexOf(u'(');
            const QString base = type.name.left(open < 0 ? type.name.size() : open);
            const QString unqualified = base.mid(base.lastIndexOf(u'.') + 1) + (open < 0 ? QString() : type.name.mid(open));
            out = {unqualified, QStringLiteral("%1 is not a SQLite type: its name is kept (without a schema), with SQLite's "
                                               "affinity rules").arg(type.name)};
        }
    } else {
        out = sqliteBuiltin(type.elementType());
    }
    if (type.isArray()) {
        out.sql = QStringLiteral("TEXT");
        out.warning = QStringLiteral("SQLite has no arrays: %1 is stored as text (e.g. JSON)").arg(type.toString());
    }
    return out;
}

bool TypeMapping::isSerialName(QStringView name)
{
    const QString n = name.toString().toLower();
    return n == u"serial" || n == u"bigserial" || n == u"smallserial" || n == u"serial2" || n == u"serial4" ||
           n == u"serial8";
}

DataType TypeMapping::fromPostgres(const QStringList &nameParts, const QList<int> &typmods, int arrayDims,
                                   const QString &enumOrDomainId)
{
    DataType t;
    if (!enumOrDomainId.isEmpty()) {
        t = DataType::named(enumOrDomainId);
        t.arrayDims = arrayDims;
        return t;
    }
    const QString last = nameParts.isEmpty() ? QString() : nameParts.last();
    const bool catalog = nameParts.size() == 1 || nameParts.first() == u"pg_catalog";
    const QString serial = last.toLower();
    if (catalog && isSerialName(serial)) {
        t.kind = serial.startsWith(u"big") || serial == u"serial8" ? Kind::BigInt
               : serial.startsWith(u"small") || serial == u"serial2" ? Kind::SmallInt : Kind::Integer;
    } else if (catalog && last == u"interval") {
        // The parser packs INTERVAL's field restriction into the first modifier; plain INTERVAL and
        // INTERVAL(p) have the full range (0x7FFF).
        t.kind = Kind::Interval;
        if (typmods.size() == 2 && typmods[0] == 0x7FFF)
            t.length = typmods[1];
        else if (!typmods.isEmpty() && typmods[0] != 0x7FFF)
            return DataType::named(QStringLiteral("interval") + arraySuffix(arrayDims)); // fields kept as written
    } else if (auto parsed = DataType::parse(last); catalog && parsed && parsed->kind != Kind::Named) {
        t = parsed.value();
        if (t.kind == Kind::Numeric) {
            t.precision = typmods.value(0, -1);
            t.scale = typmods.size() > 1 ? typmods[1] : -1;
        } else if ((t.kind == Kind::Real || t.kind == Kind::Double) && !typmods.isEmpty()) {
            t.kind = typmods[0] <= 24 ? Kind::Real : Kind::Double;
        } else if (!typmods.isEmpty()) {
            t.length = typmods[0];
        }
    } else {
        QStringList quoted;
        for (const QString &part : nameParts) {
            if (part != u"pg_catalog")
                quoted << quoteIdentifier(part, Dialect::Postgres);
        }
        QString sql = quoted.join(u'.');
        if (!typmods.isEmpty()) {
            QStringList mods;
            for (int m : typmods)
                mods << QString::number(m);
            sql += u'(' + mods.join(u',') + u')';
        }
        t = DataType::named(sql);
    }
    t.arrayDims = arrayDims;
    return t;
}

DataType TypeMapping::fromPostgresText(QStringView text, const QString &enumOrDomainId)
{
    auto parsed = DataType::parse(text);
    if (!enumOrDomainId.isEmpty()) {
        DataType t = DataType::named(enumOrDomainId);
        t.arrayDims = parsed ? parsed->arrayDims : 0;
        return t;
    }
    if (parsed)
        return parsed.value();
    return DataType::named(text.trimmed().toString());
}

DataType TypeMapping::fromSqlite(QStringView declaredType, QString *warning)
{
    const QString declared = declaredType.trimmed().toString();
    const QString upper = declared.toUpper();
    const auto note = [&](const QString &w) {
        if (warning)
            *warning = w;
    };
    if (declared.isEmpty()) {
        note(QStringLiteral("no declared type (SQLite's BLOB affinity): modelled as binary"));
        return DataType(Kind::Binary);
    }
    // Spellings SQLite's documentation lists that the neutral parser does not know.
    static const std::pair<const char *, Kind> sqliteNames[] = {
        {"DATETIME", Kind::Timestamp}, {"CLOB", Kind::Text}, {"TINYINT", Kind::SmallInt},
        {"MEDIUMINT", Kind::Integer}, {"UNSIGNED BIG INT", Kind::BigInt}, {"INT2", Kind::SmallInt},
        {"INT8", Kind::BigInt}, {"NCHAR", Kind::Char}, {"NATIVE CHARACTER", Kind::Char},
        {"NVARCHAR", Kind::VarChar}, {"VARYING CHARACTER", Kind::VarChar}, {"STRING", Kind::Text},
    };
    for (const auto &[name, kind] : sqliteNames) {
        const QLatin1String n(name);
        if (upper == n || (upper.startsWith(n) && upper.mid(n.size()).trimmed().startsWith(u'('))) {
            DataType t(kind);
            const auto open = declared.indexOf(u'('), close = declared.indexOf(u')');
            if ((kind == Kind::Char || kind == Kind::VarChar) && open > 0 && close > open)
                t.length = declared.mid(open + 1, close - open - 1).trimmed().toInt();
            return t;
        }
    }
    auto parsed = DataType::parse(declared);
    if (parsed && parsed->kind != Kind::Named && !parsed->isArray())
        return parsed.value();

    // SQLite's affinity rules, in their documented order.
    DataType t;
    if (upper.contains(u"INT"))
        t = DataType(Kind::BigInt);
    else if (upper.contains(u"CHAR") || upper.contains(u"CLOB") || upper.contains(u"TEXT"))
        t = DataType(Kind::Text);
    else if (upper.contains(u"BLOB"))
        t = DataType(Kind::Binary);
    else if (upper.contains(u"REAL") || upper.contains(u"FLOA") || upper.contains(u"DOUB"))
        t = DataType(Kind::Double);
    else
        t = DataType(Kind::Numeric);
    note(QStringLiteral("\"%1\" is not a type Strata knows: modelled as %2 by SQLite's affinity rules")
             .arg(declared, t.toString()));
    return t;
}

} // namespace strata::modeler

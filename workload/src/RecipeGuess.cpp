#include "RecipeGuess.h"

#include <QRegularExpression>

namespace strata::workload {

using modeler::SynthRecipe;
using Kind = ValueShape::Kind;

namespace {

SynthRecipe recipe(const QString &generator)
{
    SynthRecipe r;
    r.generator = generator;
    return r;
}

SynthRecipe range(const QString &generator, double min, double max)
{
    SynthRecipe r = recipe(generator);
    r.min = min;
    r.max = max;
    return r;
}

bool any(const QStringList &words, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted)
        if (words.contains(QLatin1String(w)))
            return true;
    return false;
}

// "name" of a table: what kind of thing the table holds.
QString nameOfThing(const QStringList &table)
{
    if (any(table, {"customer", "customers", "user", "users", "person", "people", "employee", "employees", "staff", "author",
                    "authors", "member", "members", "client", "clients", "contact", "contacts", "actor", "actors", "student",
                    "students", "patient", "patients", "account", "accounts"}))
        return QStringLiteral("fullName");
    if (any(table, {"country", "countries"}))
        return QStringLiteral("country");
    if (any(table, {"city", "cities", "town", "towns"}))
        return QStringLiteral("city");
    if (any(table, {"company", "companies", "supplier", "suppliers", "vendor", "vendors", "manufacturer", "brand", "brands",
                    "publisher", "publishers", "carrier", "carriers", "organisation", "organization", "store", "stores", "shop"}))
        return QStringLiteral("company");
    if (any(table, {"product", "products", "item", "items", "article", "articles", "part", "parts", "film", "films", "book", "books"}))
        return QStringLiteral("productName");
    return QStringLiteral("title");
}

SynthRecipe forText(const QStringList &table, const QStringList &name, const ValueShape &shape)
{
    // The code of a country or currency table is the ISO code.
    if (any(name, {"code", "iso", "alpha2", "alpha3"}) && shape.maxLength > 0 && shape.maxLength <= 3) {
        if (any(table, {"country", "countries"}))
            return recipe(QStringLiteral("countryCode"));
        if (any(table, {"currency", "currencies"}))
            return recipe(QStringLiteral("currency"));
    }
    if (any(name, {"email", "mail"})) return recipe(QStringLiteral("email"));
    if (any(name, {"first", "given", "forename", "firstname"})) return recipe(QStringLiteral("firstName"));
    if (any(name, {"last", "surname", "family", "lastname"})) return recipe(QStringLiteral("lastName"));
    if (any(name, {"phone", "mobile", "fax", "tel", "telephone"})) return recipe(QStringLiteral("phone"));
    if (any(name, {"city", "town"})) return recipe(QStringLiteral("city"));
    if (any(name, {"currency"})) return recipe(QStringLiteral("currency"));
    if (any(name, {"country"}))
        return recipe(shape.maxLength > 0 && shape.maxLength <= 3 ? QStringLiteral("countryCode") : QStringLiteral("country"));
    if (any(name, {"postal", "zip", "postcode", "zipcode"})) return recipe(QStringLiteral("postalCode"));
    if (any(name, {"line1", "street", "address"})) return recipe(QStringLiteral("street"));
    if (any(name, {"status"})) return recipe(QStringLiteral("status"));
    if (any(name, {"url", "website", "homepage", "link", "image", "photo", "avatar", "uri"})) return recipe(QStringLiteral("url"));
    if (any(name, {"slug"})) return recipe(QStringLiteral("slug"));
    if (any(name, {"ip"})) return recipe(QStringLiteral("ipv4"));
    if (any(name, {"sku", "code", "ref", "reference", "token", "number", "tracking", "serial", "barcode", "isbn", "hash", "password"}))
        return recipe(QStringLiteral("code"));
    if (any(name, {"description", "body", "text", "comment", "comments", "notes", "note", "bio", "summary", "reason", "message",
                   "content", "details", "review"}))
        return recipe(QStringLiteral("text"));
    if (any(name, {"title", "subject", "headline", "label", "caption"})) return recipe(QStringLiteral("title"));
    if (any(name, {"carrier", "company", "supplier", "vendor", "brand", "manufacturer"})) return recipe(QStringLiteral("company"));
    if (any(name, {"name", "fullname"}))
        return recipe(any(name, {"full", "contact", "display", "fullname"}) ? QStringLiteral("fullName") : nameOfThing(table));
    if (shape.maxLength > 0 && shape.maxLength <= 3)
        return recipe(QStringLiteral("code"));
    if (shape.maxLength > 0 && shape.maxLength <= 12)
        return recipe(QStringLiteral("code"));
    return recipe(QStringLiteral("words"));
}

SynthRecipe forNumber(const QStringList &name, const ValueShape &shape)
{
    if (any(name, {"id"})) // an id that is no key here: one of many
        return range(QStringLiteral("uniform"), 1, 100000);
    if (any(name, {"price", "amount", "total", "cost", "fee", "balance", "salary", "revenue", "subtotal", "tax", "discount", "payment"}))
        return recipe(QStringLiteral("price"));
    if (any(name, {"quantity", "qty", "count", "units", "stock"})) {
        SynthRecipe r = range(QStringLiteral("zipf"), 1, 20);
        r.skew = 1.3; // most lines of one or two
        return r;
    }
    if (any(name, {"rating", "stars", "score"})) return range(QStringLiteral("uniform"), 1, 5);
    if (any(name, {"weight", "grams", "kg", "mass"})) return range(QStringLiteral("uniform"), 50, 5000);
    if (any(name, {"percent", "pct", "percentage"})) return range(QStringLiteral("uniform"), 0, 100);
    if (any(name, {"age"})) return range(QStringLiteral("uniform"), 18, 90);
    if (any(name, {"year"})) return range(QStringLiteral("uniform"), 1990, 2025);
    if (any(name, {"lat", "latitude"})) return range(QStringLiteral("uniform"), -90, 90);
    if (any(name, {"lon", "lng", "longitude"})) return range(QStringLiteral("uniform"), -180, 180);
    if (any(name, {"order", "position", "rank", "priority", "seq", "sort", "no", "line", "level"})) return range(QStringLiteral("uniform"), 0, 10);
    if (any(name, {"uses", "limit", "max", "min", "capacity"})) return range(QStringLiteral("uniform"), 1, 1000);
    if (shape.kind == Kind::Real) {
        SynthRecipe r = recipe(QStringLiteral("normal"));
        r.mean = 100;
        r.stddev = 25;
        return r;
    }
    return range(QStringLiteral("uniform"), 0, 1000);
}

SynthRecipe forTime(const QStringList &name, const ValueShape &shape)
{
    if (shape.kind == Kind::Time) {
        SynthRecipe r = recipe(QStringLiteral("time"));
        r.from = QStringLiteral("08:00:00");
        r.to = QStringLiteral("20:00:00");
        return r;
    }
    const bool date = shape.kind == Kind::Date;
    SynthRecipe r = recipe(date ? QStringLiteral("date") : QStringLiteral("timestamp"));
    if (any(name, {"birth", "dob", "birthday", "born"})) {
        r.from = QStringLiteral("1940-01-01");
        r.to = QStringLiteral("2006-12-31");
        return r;
    }
    // A fixed window, not "the last three years from now": the same seed must give the same data tomorrow.
    r.from = QStringLiteral("2022-01-01");
    r.to = date ? QStringLiteral("2024-12-31") : QStringLiteral("2024-12-31T23:59:59");
    r.seasonality = modeler::Seasonality{modeler::Seasonality::Period::Year, 0.25, 0.92}; // busier before the year's end
    return r;
}

} // namespace

QStringList RecipeGuess::words(const QString &name)
{
    static const QRegularExpression camel(QStringLiteral("([a-z0-9])([A-Z])"));
    QString spaced = name;
    spaced.replace(camel, QStringLiteral("\\1_\\2"));
    QStringList out;
    for (const QString &w : spaced.toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts))
        out << w;
    return out;
}

SynthRecipe RecipeGuess::forColumn(const modeler::Table &table, const modeler::Column &column, const ValueShape &shape)
{
    const QStringList name = words(column.name), tableWords = words(table.name);
    switch (shape.kind) {
    case Kind::Integer:
    case Kind::Real:
    case Kind::Decimal: return forNumber(name, shape);
    case Kind::Boolean: {
        SynthRecipe r = recipe(QStringLiteral("boolean"));
        const QString d = column.defaultExpr.trimmed().toLower();
        r.probability = d.startsWith(u"false") || d == u"0" ? 0.1 : d.startsWith(u"true") || d == u"1" ? 0.9 : 0.5;
        return r;
    }
    case Kind::Date:
    case Kind::Time:
    case Kind::Timestamp:
    case Kind::TimestampTz: return forTime(name, shape);
    case Kind::Text: // a tsvector's words are a set: one word (a slug) each, so that values stay apart
        return shape.typeName == u"tsvector" ? recipe(QStringLiteral("slug")) : forText(tableWords, name, shape);
    case Kind::Uuid: return recipe(QStringLiteral("uuid"));
    case Kind::Inet:
    case Kind::Cidr: return recipe(QStringLiteral("ipv4"));
    case Kind::Unknown: return {};
    default: return recipe(QStringLiteral("misc")); // enums, JSON, XML, bytes, bits, intervals: by type
    }
}

} // namespace strata::workload

// Reads the JSON of a .strata file into a Model, strictly: a wrong type, a missing or unknown key, a
// duplicate id or a bad type spelling stops the load with the JSON path, line and column.
#include "JsonLocator.h"
#include "ModelJson.h"
#include "SynthRecipeJson.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

namespace strata::modeler {

namespace {

struct FormatError
{
    JsonPath path;
    QString message;
};

class Reader
{
public:
    JsonPath path;

    [[noreturn]] void fail(const QString &message) const { throw FormatError{path, message}; }
    [[noreturn]] void failAt(const JsonPathStep &step, const QString &message) const
    {
        JsonPath p = path;
        p.append(step);
        throw FormatError{p, message};
    }

    template <typename F>
    auto at(const JsonPathStep &step, F &&f)
    {
        path.append(step);
        struct Pop
        {
            JsonPath &p;
            ~Pop() { p.removeLast(); }
        } pop{path};
        return f();
    }

    QJsonObject object(const QJsonValue &v, std::initializer_list<const char *> allowed)
    {
        if (!v.isObject())
            fail(QStringLiteral("expected an object"));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&](const char *k) { return it.key() == QLatin1String(k); });
            if (!known) {
                QStringList names;
                for (const char *k : allowed)
                    names << QString::fromLatin1(k);
                failAt(it.key(), QStringLiteral("unknown key \"%1\" (expected one of: %2)").arg(it.key(), names.join(u", ")));
            }
        }
        return o;
    }

    QString string(const QJsonObject &o, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(QStringLiteral("missing key \"%1\"").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString())
            failAt(QString::fromLatin1(key), QStringLiteral("expected a string"));
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            failAt(QString::fromLatin1(key), QStringLiteral("expected true or false"));
        return v.toBool();
    }

    std::optional<qint64> integer(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        return at(QString::fromLatin1(key), [&]() -> qint64 {
            bool ok = false;
            qint64 n = 0;
            if (v.isDouble()) {
                const double d = v.toDouble();
                ok = d == double(qint64(d));
                n = qint64(d);
            } else if (v.isString()) {
                n = v.toString().toLongLong(&ok);
            }
            if (!ok)
                fail(QStringLiteral("expected an integer"));
            return n;
        });
    }

    double real(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            failAt(QString::fromLatin1(key), v.isUndefined() ? QStringLiteral("missing number") : QStringLiteral("expected a number"));
        return v.toDouble();
    }

    QStringList strings(const QJsonObject &o, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(QStringLiteral("missing key \"%1\"").arg(QLatin1String(key)));
            return {};
        }
        return at(QString::fromLatin1(key), [&] {
            if (!v.isArray())
                fail(QStringLiteral("expected an array of strings"));
            QStringList out;
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                if (!a[i].isString())
                    failAt(i, QStringLiteral("expected a string"));
                out << a[i].toString();
            }
            return out;
        });
    }

    // Reads an optional array of objects with `one`, checking that ids are unique in it.
    template <typename T>
    QList<T> list(const QJsonObject &o, const char *key, const std::function<T(const QJsonValue &)> &one)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        return at(QString::fromLatin1(key), [&] {
            if (!v.isArray())
                fail(QStringLiteral("expected an array"));
            QList<T> out;
            QSet<QString> ids;
            const QJsonArray a = v.toArray();
            out.reserve(a.size());
            for (int i = 0; i < a.size(); ++i) {
                at(i, [&] {
                    T item = one(a[i]);
                    if (ids.contains(item.id))
                        failAt(QStringLiteral("id"), QStringLiteral("duplicate id \"%1\"").arg(item.id));
                    ids.insert(item.id);
                    out.append(std::move(item));
                });
            }
            return out;
        });
    }

    DataType type(const QJsonObject &o, const char *key)
    {
        const QString text = string(o, key, true);
        auto parsed = DataType::parse(text);
        if (!parsed)
            failAt(QString::fromLatin1(key), parsed.error().message);
        return parsed.value();
    }

    QString id(const QJsonObject &o)
    {
        const QString v = string(o, "id", true);
        if (v.isEmpty())
            failAt(QStringLiteral("id"), QStringLiteral("an id must not be empty"));
        return v;
    }
};

// Every object's allowed keys, next to the code that reads them.
#define SEQUENCE_OPTION_KEYS "type", "start", "increment", "minValue", "maxValue", "cache", "cycle"

SequenceOptions sequenceOptions(Reader &r, const QJsonObject &o)
{
    SequenceOptions s;
    const QString type = r.string(o, "type");
    if (!type.isEmpty()) {
        auto t = DataType::parse(type);
        if (!t || !t->isInteger() || t->isArray())
            r.failAt(QStringLiteral("type"), QStringLiteral("expected smallint, integer or bigint"));
        s.type = t->kind;
    }
    s.start = r.integer(o, "start").value_or(1);
    s.increment = r.integer(o, "increment").value_or(1);
    if (s.increment == 0)
        r.failAt(QStringLiteral("increment"), QStringLiteral("an increment must not be zero"));
    s.minValue = r.integer(o, "minValue");
    s.maxValue = r.integer(o, "maxValue");
    s.cache = r.integer(o, "cache").value_or(1);
    s.cycle = r.boolean(o, "cycle");
    return s;
}

Identity identity(Reader &r, const QString &text)
{
    if (text.isEmpty())
        return Identity::None;
    if (text == u"always")
        return Identity::Always;
    if (text == u"byDefault")
        return Identity::ByDefault;
    r.failAt(QStringLiteral("identity"), QStringLiteral("expected \"always\" or \"byDefault\""));
}

Column column(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "name", "type", "notNull", "default", "identity", "identityOptions",
                                       "identitySequence", "serial", "generated", "collation", "comment", "synth"});
    Column c;
    c.id = r.id(o);
    c.name = r.string(o, "name", true);
    c.type = r.type(o, "type");
    c.nullable = !r.boolean(o, "notNull");
    c.defaultExpr = r.string(o, "default");
    c.identity = identity(r, r.string(o, "identity"));
    if (o.contains(QLatin1String("identityOptions"))) {
        c.identityOptions = r.at(QStringLiteral("identityOptions"), [&] {
            return sequenceOptions(r, r.object(o.value(QLatin1String("identityOptions")), {SEQUENCE_OPTION_KEYS}));
        });
    }
    c.identitySequenceName = r.string(o, "identitySequence");
    c.serial = r.boolean(o, "serial");
    c.generatedExpr = r.string(o, "generated");
    c.collation = r.string(o, "collation");
    c.comment = r.string(o, "comment");
    if (o.contains(QLatin1String("synth"))) {
        const QJsonValue s = o.value(QLatin1String("synth"));
        if (!s.isObject())
            r.failAt(QStringLiteral("synth"), QStringLiteral("expected an object"));
        SynthRecipe recipe; // kept as JSON in the model; read here only to refuse a bad recipe with its place
        if (const std::optional<RecipeError> error = readSynthRecipe(s.toObject(), &recipe)) {
            r.at(QStringLiteral("synth"), [&] {
                JsonPath inside = error->path;
                const JsonPathStep last = inside.takeLast();
                for (const JsonPathStep &step : inside)
                    r.path.append(step);
                r.failAt(last, error->message);
            });
        }
        c.synth = s.toObject();
    }
    return c;
}

KeyConstraint key(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "name", "columns", "include", "deferrable", "initiallyDeferred",
                                       "nullsNotDistinct", "comment"});
    KeyConstraint k;
    k.id = r.id(o);
    k.name = r.string(o, "name");
    k.columnIds = r.strings(o, "columns", true);
    k.includeColumnIds = r.strings(o, "include");
    k.deferrable = r.boolean(o, "deferrable");
    k.initiallyDeferred = r.boolean(o, "initiallyDeferred");
    k.nullsNotDistinct = r.boolean(o, "nullsNotDistinct");
    k.comment = r.string(o, "comment");
    return k;
}

CheckConstraint check(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "name", "expression", "noInherit", "comment"});
    CheckConstraint c;
    c.id = r.id(o);
    c.name = r.string(o, "name");
    c.expression = r.string(o, "expression", true);
    c.noInherit = r.boolean(o, "noInherit");
    c.comment = r.string(o, "comment");
    return c;
}

ReferentialAction action(Reader &r, const QJsonObject &o, const char *key)
{
    const QString t = r.string(o, key);
    if (t.isEmpty() || t == u"noAction")
        return ReferentialAction::NoAction;
    if (t == u"restrict")
        return ReferentialAction::Restrict;
    if (t == u"cascade")
        return ReferentialAction::Cascade;
    if (t == u"setNull")
        return ReferentialAction::SetNull;
    if (t == u"setDefault")
        return ReferentialAction::SetDefault;
    r.failAt(QString::fromLatin1(key), QStringLiteral("expected one of noAction, restrict, cascade, setNull, setDefault"));
}

ForeignKey foreignKey(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "name", "columns", "references", "onDelete", "onUpdate", "match",
                                       "deferrable", "initiallyDeferred", "comment"});
    ForeignKey f;
    f.id = r.id(o);
    f.name = r.string(o, "name");
    f.columnIds = r.strings(o, "columns", true);
    if (!o.contains(QLatin1String("references")))
        r.fail(QStringLiteral("missing key \"references\""));
    r.at(QStringLiteral("references"), [&] {
        const QJsonObject ref = r.object(o.value(QLatin1String("references")), {"table", "columns"});
        f.referencedTableId = r.string(ref, "table", true);
        f.referencedColumnIds = r.strings(ref, "columns", true);
    });
    f.onDelete = action(r, o, "onDelete");
    f.onUpdate = action(r, o, "onUpdate");
    const QString match = r.string(o, "match");
    if (match == u"full")
        f.match = MatchType::Full;
    else if (!match.isEmpty() && match != u"simple")
        r.failAt(QStringLiteral("match"), QStringLiteral("expected \"simple\" or \"full\""));
    f.deferrable = r.boolean(o, "deferrable");
    f.initiallyDeferred = r.boolean(o, "initiallyDeferred");
    f.comment = r.string(o, "comment");
    return f;
}

IndexKey indexKey(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"column", "expression", "descending", "nulls", "collation", "opclass"});
    IndexKey k;
    k.columnId = r.string(o, "column");
    k.expression = r.string(o, "expression");
    if (k.columnId.isEmpty() == k.expression.isEmpty())
        r.fail(QStringLiteral("an index key needs exactly one of \"column\" or \"expression\""));
    k.descending = r.boolean(o, "descending");
    const QString nulls = r.string(o, "nulls");
    if (nulls == u"first")
        k.nulls = NullsOrder::First;
    else if (nulls == u"last")
        k.nulls = NullsOrder::Last;
    else if (!nulls.isEmpty())
        r.failAt(QStringLiteral("nulls"), QStringLiteral("expected \"first\" or \"last\""));
    k.collation = r.string(o, "collation");
    k.opclass = r.string(o, "opclass");
    return k;
}

Index index(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "name", "unique", "method", "keys", "include", "where",
                                       "nullsNotDistinct", "comment"});
    Index i;
    i.id = r.id(o);
    i.name = r.string(o, "name", true);
    i.unique = r.boolean(o, "unique");
    i.method = r.string(o, "method");
    r.at(QStringLiteral("keys"), [&] {
        const QJsonValue keys = o.value(QLatin1String("keys"));
        if (!keys.isArray() || keys.toArray().isEmpty())
            r.fail(QStringLiteral("expected a non-empty array of index keys"));
        const QJsonArray a = keys.toArray();
        for (int n = 0; n < a.size(); ++n)
            i.keys << r.at(n, [&] { return indexKey(r, a[n]); });
    });
    i.includeColumnIds = r.strings(o, "include");
    i.where = r.string(o, "where");
    i.nullsNotDistinct = r.boolean(o, "nullsNotDistinct");
    i.comment = r.string(o, "comment");
    return i;
}

Table table(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "schema", "name", "columns", "primaryKey", "uniques", "checks",
                                       "foreignKeys", "indexes", "comment", "unlogged", "withoutRowid",
                                       "partitionKey", "partitionOf", "partitionBound"});
    Table t;
    t.id = r.id(o);
    t.schemaId = r.string(o, "schema");
    t.name = r.string(o, "name", true);
    t.columns = r.list<Column>(o, "columns", [&](const QJsonValue &c) { return column(r, c); });
    if (o.contains(QLatin1String("primaryKey")))
        t.primaryKey = r.at(QStringLiteral("primaryKey"), [&] { return key(r, o.value(QLatin1String("primaryKey"))); });
    t.uniques = r.list<KeyConstraint>(o, "uniques", [&](const QJsonValue &c) { return key(r, c); });
    t.checks = r.list<CheckConstraint>(o, "checks", [&](const QJsonValue &c) { return check(r, c); });
    t.foreignKeys = r.list<ForeignKey>(o, "foreignKeys", [&](const QJsonValue &c) { return foreignKey(r, c); });
    t.indexes = r.list<Index>(o, "indexes", [&](const QJsonValue &c) { return index(r, c); });
    t.comment = r.string(o, "comment");
    t.unlogged = r.boolean(o, "unlogged");
    t.withoutRowid = r.boolean(o, "withoutRowid");
    t.partitionKey = r.string(o, "partitionKey");
    t.partitionOfTableId = r.string(o, "partitionOf");
    t.partitionBound = r.string(o, "partitionBound");
    return t;
}

QRectF rect(Reader &r, const QJsonObject &o)
{
    return QRectF(r.real(o, "x"), r.real(o, "y"), r.real(o, "width"), r.real(o, "height"));
}

Diagram diagram(Reader &r, const QJsonValue &v)
{
    const QJsonObject o = r.object(v, {"id", "name", "placements", "notes", "areas"});
    Diagram d;
    d.id = r.id(o);
    d.name = r.string(o, "name", true);
    r.at(QStringLiteral("placements"), [&] {
        const QJsonValue pv = o.value(QLatin1String("placements"));
        if (pv.isUndefined())
            return;
        if (!pv.isObject())
            r.fail(QStringLiteral("expected an object of placements by table or view id"));
        const QJsonObject placements = pv.toObject();
        for (auto it = placements.begin(); it != placements.end(); ++it) {
            r.at(it.key(), [&] {
                const QJsonObject p = r.object(it.value(), {"x", "y", "collapsed", "color"});
                Placement placement;
                placement.position = QPointF(r.real(p, "x"), r.real(p, "y"));
                placement.collapsed = r.boolean(p, "collapsed");
                placement.color = r.string(p, "color");
                d.placements.insert(it.key(), placement);
            });
        }
    });
    d.notes = r.list<Note>(o, "notes", [&](const QJsonValue &nv) {
        const QJsonObject n = r.object(nv, {"id", "text", "x", "y", "width", "height"});
        return Note{r.id(n), r.string(n, "text"), rect(r, n)};
    });
    d.areas = r.list<Area>(o, "areas", [&](const QJsonValue &av) {
        const QJsonObject a = r.object(av, {"id", "label", "color", "x", "y", "width", "height"});
        return Area{r.id(a), r.string(a, "label"), rect(r, a), r.string(a, "color")};
    });
    return d;
}

/// "lint": {"dialects": ["postgres", "sqlite"]}: the databases the model is checked for.
QList<Dialect> lintDialects(Reader &r, const QJsonObject &root)
{
    if (!root.contains(QLatin1String("lint")))
        return {};
    return r.at(QStringLiteral("lint"), [&] {
        const QJsonObject lint = r.object(root.value(QLatin1String("lint")), {"dialects"});
        const QStringList names = r.strings(lint, "dialects", true);
        QList<Dialect> dialects;
        r.at(QStringLiteral("dialects"), [&] {
            for (int i = 0; i < names.size(); ++i) {
                const std::optional<Dialect> d = parseDialect(names[i]);
                if (!d)
                    r.failAt(i, QStringLiteral("unknown dialect \"%1\" (expected postgres or sqlite)").arg(names[i]));
                if (!dialects.contains(*d))
                    dialects << *d;
            }
        });
        return dialects;
    });
}

Model model(Reader &r, const QJsonObject &root)
{
    Model m;
    r.at(QStringLiteral("model"), [&] {
        if (!root.contains(QLatin1String("model")))
            r.fail(QStringLiteral("missing key \"model\""));
        const QJsonObject o = r.object(root.value(QLatin1String("model")),
                                       {"name", "comment", "schemas", "domains", "enums", "sequences", "tables", "views"});
        m.name = r.string(o, "name");
        m.comment = r.string(o, "comment");
        m.schemas = r.list<Schema>(o, "schemas", [&](const QJsonValue &v) {
            const QJsonObject s = r.object(v, {"id", "name", "comment"});
            return Schema{r.id(s), r.string(s, "name", true), r.string(s, "comment")};
        });
        m.domains = r.list<Domain>(o, "domains", [&](const QJsonValue &v) {
            const QJsonObject d = r.object(v, {"id", "schema", "name", "type", "notNull", "default", "collation",
                                               "checks", "comment"});
            Domain dom;
            dom.id = r.id(d);
            dom.schemaId = r.string(d, "schema");
            dom.name = r.string(d, "name", true);
            dom.baseType = r.type(d, "type");
            dom.notNull = r.boolean(d, "notNull");
            dom.defaultExpr = r.string(d, "default");
            dom.collation = r.string(d, "collation");
            dom.checks = r.list<CheckConstraint>(d, "checks", [&](const QJsonValue &c) { return check(r, c); });
            dom.comment = r.string(d, "comment");
            return dom;
        });
        m.enums = r.list<EnumType>(o, "enums", [&](const QJsonValue &v) {
            const QJsonObject e = r.object(v, {"id", "schema", "name", "values", "comment"});
            return EnumType{r.id(e), r.string(e, "schema"), r.string(e, "name", true), r.strings(e, "values", true),
                            r.string(e, "comment")};
        });
        m.sequences = r.list<Sequence>(o, "sequences", [&](const QJsonValue &v) {
            const QJsonObject s = r.object(v, {"id", "schema", "name", "ownedBy", "comment", SEQUENCE_OPTION_KEYS});
            Sequence seq;
            seq.id = r.id(s);
            seq.schemaId = r.string(s, "schema");
            seq.name = r.string(s, "name", true);
            seq.options = sequenceOptions(r, s);
            if (s.contains(QLatin1String("ownedBy"))) {
                r.at(QStringLiteral("ownedBy"), [&] {
                    const QJsonObject owner = r.object(s.value(QLatin1String("ownedBy")), {"table", "column"});
                    seq.ownedByTableId = r.string(owner, "table", true);
                    seq.ownedByColumnId = r.string(owner, "column", true);
                });
            }
            seq.comment = r.string(s, "comment");
            return seq;
        });
        m.tables = r.list<Table>(o, "tables", [&](const QJsonValue &v) { return table(r, v); });
        m.views = r.list<View>(o, "views", [&](const QJsonValue &v) {
            const QJsonObject w = r.object(v, {"id", "schema", "name", "definition", "columns", "materialized",
                                               "checkOption", "comment", "dialect"});
            View view;
            view.id = r.id(w);
            view.schemaId = r.string(w, "schema");
            view.name = r.string(w, "name", true);
            view.definition = r.string(w, "definition", true);
            view.columnNames = r.strings(w, "columns");
            view.materialized = r.boolean(w, "materialized");
            view.checkOption = r.string(w, "checkOption");
            view.comment = r.string(w, "comment");
            r.at(QStringLiteral("dialect"), [&] {
                const QString dialect = r.string(w, "dialect");
                if (dialect.isEmpty())
                    return;
                const std::optional<Dialect> d = parseDialect(dialect);
                if (!d)
                    r.fail(QStringLiteral("unknown dialect \"%1\" (expected postgres or sqlite)").arg(dialect));
                view.dialect = d.value_or(Dialect::Postgres);
            });
            return view;
        });
    });
    m.diagrams = r.list<Diagram>(root, "diagrams", [&](const QJsonValue &v) { return diagram(r, v); });
    m.lintDialects = lintDialects(r, root);
    return m;
}

} // namespace

Result<Model> modelFromJson(const QJsonObject &root, QStringView text, const QString &sourceName)
{
    Reader r;
    try {
        r.object(root, {"formatVersion", "model", "diagrams", "lint"});
        const std::optional<qint64> version = r.integer(root, "formatVersion");
        if (!version)
            r.fail(QStringLiteral("missing key \"formatVersion\"; this is not a Strata model file"));
        if (*version > ModelFile::formatVersion || *version < 1) {
            r.at(QStringLiteral("formatVersion"), [&] {
                r.fail(QStringLiteral("format version %1 is not supported; this build of Strata reads versions up to %2")
                           .arg(*version).arg(ModelFile::formatVersion));
            });
        }
        return model(r, root);
    } catch (const FormatError &e) {
        SourcePlace place = SourcePlace::atOffset(sourceName, text, jsonOffsetOf(text, e.path));
        place.path = jsonPathToString(e.path);
        return Error(e.message, place, QStringLiteral("model.format"));
    }
}

} // namespace strata::modeler

// Writes a Model as the JSON of a .strata file. Only values that differ from their defaults are
// written, so that files stay short and a change touches as few lines as possible.
#include "ModelJson.h"

#include <QJsonArray>

namespace strata::modeler {

namespace {

void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void put(QJsonObject &o, const char *key, bool value)
{
    if (value)
        o.insert(QLatin1String(key), true);
}

void put(QJsonObject &o, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

void putArray(QJsonObject &o, const char *key, const QJsonArray &values)
{
    if (!values.isEmpty())
        o.insert(QLatin1String(key), values);
}

QJsonValue number(qint64 n)
{
    // JSON numbers are doubles: integers beyond 2^53 are written as strings so nothing is rounded.
    constexpr qint64 exact = qint64(1) << 53;
    if (n > exact || n < -exact)
        return QString::number(n);
    return double(n);
}

void putSequenceOptions(QJsonObject &o, const SequenceOptions &s)
{
    if (s.type != DataType::Kind::BigInt)
        o.insert(QLatin1String("type"), kindName(s.type));
    if (s.start != 1)
        o.insert(QLatin1String("start"), number(s.start));
    if (s.increment != 1)
        o.insert(QLatin1String("increment"), number(s.increment));
    if (s.minValue)
        o.insert(QLatin1String("minValue"), number(*s.minValue));
    if (s.maxValue)
        o.insert(QLatin1String("maxValue"), number(*s.maxValue));
    if (s.cache != 1)
        o.insert(QLatin1String("cache"), number(s.cache));
    put(o, "cycle", s.cycle);
}

QString identityName(Identity identity)
{
    return identity == Identity::Always ? QStringLiteral("always")
         : identity == Identity::ByDefault ? QStringLiteral("byDefault") : QString();
}

QJsonObject columnJson(const Column &c)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), c.id);
    o.insert(QLatin1String("name"), c.name);
    o.insert(QLatin1String("type"), c.type.toString());
    put(o, "notNull", !c.nullable);
    put(o, "default", c.defaultExpr);
    put(o, "identity", identityName(c.identity));
    if (c.identityOptions) {
        QJsonObject io;
        putSequenceOptions(io, *c.identityOptions);
        o.insert(QLatin1String("identityOptions"), io);
    }
    put(o, "identitySequence", c.identitySequenceName);
    put(o, "serial", c.serial);
    put(o, "generated", c.generatedExpr);
    put(o, "collation", c.collation);
    put(o, "comment", c.comment);
    if (!c.synth.isEmpty())
        o.insert(QLatin1String("synth"), c.synth);
    return o;
}

QJsonObject keyJson(const KeyConstraint &k)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), k.id);
    put(o, "name", k.name);
    o.insert(QLatin1String("columns"), QJsonArray::fromStringList(k.columnIds));
    put(o, "include", k.includeColumnIds);
    put(o, "deferrable", k.deferrable);
    put(o, "initiallyDeferred", k.initiallyDeferred);
    put(o, "nullsNotDistinct", k.nullsNotDistinct);
    put(o, "comment", k.comment);
    return o;
}

QJsonObject checkJson(const CheckConstraint &c)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), c.id);
    put(o, "name", c.name);
    o.insert(QLatin1String("expression"), c.expression);
    put(o, "noInherit", c.noInherit);
    put(o, "comment", c.comment);
    return o;
}

QString actionName(ReferentialAction a)
{
    switch (a) {
    case ReferentialAction::NoAction: return {};
    case ReferentialAction::Restrict: return QStringLiteral("restrict");
    case ReferentialAction::Cascade: return QStringLiteral("cascade");
    case ReferentialAction::SetNull: return QStringLiteral("setNull");
    case ReferentialAction::SetDefault: return QStringLiteral("setDefault");
    }
    return {};
}

QJsonObject foreignKeyJson(const ForeignKey &f)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), f.id);
    put(o, "name", f.name);
    o.insert(QLatin1String("columns"), QJsonArray::fromStringList(f.columnIds));
    QJsonObject ref;
    ref.insert(QLatin1String("table"), f.referencedTableId);
    ref.insert(QLatin1String("columns"), QJsonArray::fromStringList(f.referencedColumnIds));
    o.insert(QLatin1String("references"), ref);
    put(o, "onDelete", actionName(f.onDelete));
    put(o, "onUpdate", actionName(f.onUpdate));
    put(o, "match", f.match == MatchType::Full ? QStringLiteral("full") : QString());
    put(o, "deferrable", f.deferrable);
    put(o, "initiallyDeferred", f.initiallyDeferred);
    put(o, "comment", f.comment);
    return o;
}

QJsonObject indexJson(const Index &i)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), i.id);
    o.insert(QLatin1String("name"), i.name);
    put(o, "unique", i.unique);
    put(o, "method", i.method);
    QJsonArray keys;
    for (const IndexKey &k : i.keys) {
        QJsonObject ko;
        put(ko, "column", k.columnId);
        put(ko, "expression", k.expression);
        put(ko, "descending", k.descending);
        put(ko, "nulls", k.nulls == NullsOrder::First ? QStringLiteral("first")
                        : k.nulls == NullsOrder::Last ? QStringLiteral("last") : QString());
        put(ko, "collation", k.collation);
        put(ko, "opclass", k.opclass);
        keys.append(ko);
    }
    o.insert(QLatin1String("keys"), keys);
    put(o, "include", i.includeColumnIds);
    put(o, "where", i.where);
    put(o, "nullsNotDistinct", i.nullsNotDistinct);
    put(o, "comment", i.comment);
    return o;
}

QJsonObject tableJson(const Table &t)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), t.id);
    put(o, "schema", t.schemaId);
    o.insert(QLatin1String("name"), t.name);
    QJsonArray columns;
    for (const Column &c : t.columns)
        columns.append(columnJson(c));
    o.insert(QLatin1String("columns"), columns);
    if (t.primaryKey)
        o.insert(QLatin1String("primaryKey"), keyJson(*t.primaryKey));
    QJsonArray uniques, checks, fks, indexes;
    for (const KeyConstraint &k : t.uniques)
        uniques.append(keyJson(k));
    for (const CheckConstraint &c : t.checks)
        checks.append(checkJson(c));
    for (const ForeignKey &f : t.foreignKeys)
        fks.append(foreignKeyJson(f));
    for (const Index &i : t.indexes)
        indexes.append(indexJson(i));
    putArray(o, "uniques", uniques);
    putArray(o, "checks", checks);
    putArray(o, "foreignKeys", fks);
    putArray(o, "indexes", indexes);
    put(o, "comment", t.comment);
    put(o, "unlogged", t.unlogged);
    put(o, "withoutRowid", t.withoutRowid);
    put(o, "partitionKey", t.partitionKey);
    put(o, "partitionOf", t.partitionOfTableId);
    put(o, "partitionBound", t.partitionBound);
    return o;
}

QJsonObject rectJson(const QRectF &r)
{
    QJsonObject o;
    o.insert(QLatin1String("x"), r.x());
    o.insert(QLatin1String("y"), r.y());
    o.insert(QLatin1String("width"), r.width());
    o.insert(QLatin1String("height"), r.height());
    return o;
}

QJsonObject diagramJson(const Diagram &d)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), d.id);
    o.insert(QLatin1String("name"), d.name);
    QJsonObject placements;
    for (auto it = d.placements.begin(); it != d.placements.end(); ++it) {
        QJsonObject p;
        p.insert(QLatin1String("x"), it->position.x());
        p.insert(QLatin1String("y"), it->position.y());
        put(p, "collapsed", it->collapsed);
        put(p, "color", it->color);
        placements.insert(it.key(), p);
    }
    o.insert(QLatin1String("placements"), placements);
    QJsonArray notes, areas;
    for (const Note &n : d.notes) {
        QJsonObject no = rectJson(n.rect);
        no.insert(QLatin1String("id"), n.id);
        no.insert(QLatin1String("text"), n.text);
        notes.append(no);
    }
    for (const Area &a : d.areas) {
        QJsonObject ao = rectJson(a.rect);
        ao.insert(QLatin1String("id"), a.id);
        put(ao, "label", a.label);
        put(ao, "color", a.color);
        areas.append(ao);
    }
    putArray(o, "notes", notes);
    putArray(o, "areas", areas);
    return o;
}

} // namespace

QJsonObject modelToJson(const Model &m)
{
    QJsonObject model;
    put(model, "name", m.name);
    put(model, "comment", m.comment);

    QJsonArray schemas, domains, enums, sequences, tables, views;
    for (const Schema &s : m.schemas) {
        QJsonObject o;
        o.insert(QLatin1String("id"), s.id);
        o.insert(QLatin1String("name"), s.name);
        put(o, "comment", s.comment);
        schemas.append(o);
    }
    for (const Domain &d : m.domains) {
        QJsonObject o;
        o.insert(QLatin1String("id"), d.id);
        put(o, "schema", d.schemaId);
        o.insert(QLatin1String("name"), d.name);
        o.insert(QLatin1String("type"), d.baseType.toString());
        put(o, "notNull", d.notNull);
        put(o, "default", d.defaultExpr);
        put(o, "collation", d.collation);
        QJsonArray checks;
        for (const CheckConstraint &c : d.checks)
            checks.append(checkJson(c));
        putArray(o, "checks", checks);
        put(o, "comment", d.comment);
        domains.append(o);
    }
    for (const EnumType &e : m.enums) {
        QJsonObject o;
        o.insert(QLatin1String("id"), e.id);
        put(o, "schema", e.schemaId);
        o.insert(QLatin1String("name"), e.name);
        o.insert(QLatin1String("values"), QJsonArray::fromStringList(e.values));
        put(o, "comment", e.comment);
        enums.append(o);
    }
    for (const Sequence &s : m.sequences) {
        QJsonObject o;
        o.insert(QLatin1String("id"), s.id);
        put(o, "schema", s.schemaId);
        o.insert(QLatin1String("name"), s.name);
        putSequenceOptions(o, s.options);
        if (!s.ownedByTableId.isEmpty()) {
            QJsonObject owner;
            owner.insert(QLatin1String("table"), s.ownedByTableId);
            owner.insert(QLatin1String("column"), s.ownedByColumnId);
            o.insert(QLatin1String("ownedBy"), owner);
        }
        put(o, "comment", s.comment);
        sequences.append(o);
    }
    for (const Table &t : m.tables)
        tables.append(tableJson(t));
    for (const View &v : m.views) {
        QJsonObject o;
        o.insert(QLatin1String("id"), v.id);
        put(o, "schema", v.schemaId);
        o.insert(QLatin1String("name"), v.name);
        o.insert(QLatin1String("definition"), v.definition);
        put(o, "columns", v.columnNames);
        put(o, "materialized", v.materialized);
        put(o, "checkOption", v.checkOption);
        put(o, "comment", v.comment);
        if (v.dialect != Dialect::Postgres)
            put(o, "dialect", dialectName(v.dialect));
        views.append(o);
    }
    putArray(model, "schemas", schemas);
    putArray(model, "domains", domains);
    putArray(model, "enums", enums);
    putArray(model, "sequences", sequences);
    putArray(model, "tables", tables);
    putArray(model, "views", views);

    QJsonArray diagrams;
    for (const Diagram &d : m.diagrams)
        diagrams.append(diagramJson(d));

    QJsonObject root;
    root.insert(QLatin1String("formatVersion"), ModelFile::formatVersion);
    root.insert(QLatin1String("model"), model);
    putArray(root, "diagrams", diagrams);
    if (!m.lintDialects.isEmpty()) {
        QStringList names;
        for (Dialect d : m.lintDialects)
            names << dialectName(d);
        QJsonObject lint;
        lint.insert(QLatin1String("dialects"), QJsonArray::fromStringList(names));
        root.insert(QLatin1String("lint"), lint);
    }
    return root;
}

} // namespace strata::modeler

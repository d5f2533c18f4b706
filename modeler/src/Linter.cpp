#include "modeler/Linter.h"

#include "modeler/SqlQuoting.h"
#include "modeler/TypeMapping.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace strata::modeler {

namespace {

using K = ObjectRef::Kind;

// Collects findings; each rule below is one function over the model.
class Findings
{
public:
    Findings(const Model &model, const Linter::Options &options) : model(model), options(options) {}

    void add(Severity severity, const char *rule, const ObjectRef &object, const QString &message,
             const QString &hint = {})
    {
        Diagnostic d;
        d.severity = severity;
        d.code = QStringLiteral("lint.") + QLatin1String(rule);
        d.message = message;
        d.place.path = object.path(model);
        d.hint = hint;
        list.append(LintFinding{d, object});
    }

    const Model &model;
    const Linter::Options &options;
    QList<LintFinding> list;
};

QString sqlColumns(const Table &t, const QStringList &ids)
{
    QStringList names;
    for (const QString &n : t.columnNames(ids))
        names << quoteIdentifier(n, Dialect::Postgres);
    return names.join(QStringLiteral(", "));
}

QString sqlTable(const Model &m, const Table &t)
{
    return quoteQualified(m.schemaName(t.schemaId), t.name, Dialect::Postgres);
}

void checkReservedWord(Findings &f, const ObjectRef &object, const QString &name)
{
    for (Dialect d : f.options.dialects) {
        if (isReservedWord(name, d)) {
            f.add(Severity::Warning, "reserved-word", object,
                  QStringLiteral("\"%1\" is a reserved word in %2").arg(name, dialectName(d)),
                  QStringLiteral("rename it; every query must otherwise quote it"));
            return;
        }
    }
}

void checkNames(Findings &f)
{
    const Model &m = f.model;
    QHash<QString, QString> relations; // qualified name -> what has it
    auto claim = [&](const ObjectRef &object, const QString &schemaId, const QString &name, const QString &what) {
        const QString key = m.qualifiedName(schemaId, name);
        if (relations.contains(key)) {
            f.add(Severity::Error, "duplicate-name", object,
                  QStringLiteral("%1 \"%2\" has the same name as %3").arg(what, key, relations.value(key)),
                  QStringLiteral("give it another name"));
        } else {
            relations.insert(key, QStringLiteral("%1 \"%2\"").arg(what, key));
        }
    };
    for (const Table &t : m.tables) {
        claim(ObjectRef::table(t.id), t.schemaId, t.name, QStringLiteral("table"));
        checkReservedWord(f, ObjectRef::table(t.id), t.name);
    }
    for (const View &v : m.views) {
        claim(ObjectRef{K::View, v.id, {}}, v.schemaId, v.name, QStringLiteral("view"));
        checkReservedWord(f, ObjectRef{K::View, v.id, {}}, v.name);
    }
    for (const Sequence &s : m.sequences)
        claim(ObjectRef{K::Sequence, s.id, {}}, s.schemaId, s.name, QStringLiteral("sequence"));
    // In PostgreSQL, indexes (also those behind primary keys and unique constraints) share the
    // schema's namespace with tables.
    for (const Table &t : m.tables) {
        if (t.primaryKey && !t.primaryKey->name.isEmpty())
            claim(ObjectRef::child(K::PrimaryKey, t.id, t.primaryKey->id), t.schemaId, t.primaryKey->name,
                  QStringLiteral("primary key"));
        for (const KeyConstraint &u : t.uniques) {
            if (!u.name.isEmpty())
                claim(ObjectRef::child(K::Unique, t.id, u.id), t.schemaId, u.name, QStringLiteral("unique constraint"));
        }
        for (const Index &i : t.indexes)
            claim(ObjectRef::child(K::Index, t.id, i.id), t.schemaId, i.name, QStringLiteral("index"));
    }
    for (const Table &t : m.tables) {
        QSet<QString> columns;
        for (const Column &c : t.columns) {
            const ObjectRef ref = ObjectRef::child(K::Column, t.id, c.id);
            if (columns.contains(c.name))
                f.add(Severity::Error, "duplicate-column", ref,
                      QStringLiteral("the table has two columns named \"%1\"").arg(c.name), QStringLiteral("rename one"));
            columns.insert(c.name);
            checkReservedWord(f, ref, c.name);
        }
        QSet<QString> constraints;
        auto constraint = [&](const ObjectRef &ref, const QString &name) {
            if (name.isEmpty())
                return;
            if (constraints.contains(name))
                f.add(Severity::Error, "duplicate-name", ref,
                      QStringLiteral("the table has two constraints named \"%1\"").arg(name), QStringLiteral("rename one"));
            constraints.insert(name);
        };
        for (const CheckConstraint &c : t.checks)
            constraint(ObjectRef::child(K::Check, t.id, c.id), c.name);
        for (const ForeignKey &k : t.foreignKeys)
            constraint(ObjectRef::child(K::ForeignKey, t.id, k.id), k.name);
    }
}

void checkColumnsExist(Findings &f, const Table &t, const ObjectRef &ref, const QStringList &ids, const QString &what)
{
    for (const QString &id : ids) {
        if (!t.column(id))
            f.add(Severity::Error, "dangling-reference", ref,
                  QStringLiteral("%1 names column \"%2\", which the table does not have").arg(what, id),
                  QStringLiteral("remove it from the %1 or add the column").arg(what));
    }
}

bool hasLeadingIndex(const Table &t, const QStringList &columns)
{
    auto leads = [&](const QStringList &keys) {
        if (keys.size() < columns.size())
            return false;
        // Any order of the FK's columns at the front of the index serves the lookup.
        QSet<QString> front(keys.begin(), keys.begin() + columns.size());
        return front == QSet<QString>(columns.begin(), columns.end());
    };
    if (t.primaryKey && leads(t.primaryKey->columnIds))
        return true;
    for (const KeyConstraint &u : t.uniques) {
        if (leads(u.columnIds))
            return true;
    }
    for (const Index &i : t.indexes) {
        QStringList keys;
        for (const IndexKey &k : i.keys) {
            if (k.isExpression())
                break;
            keys << k.columnId;
        }
        if (i.where.isEmpty() && leads(keys))
            return true;
    }
    return false;
}

bool isKeyOf(const Table &target, const QStringList &columns)
{
    const QSet<QString> wanted(columns.begin(), columns.end());
    if (target.primaryKey && QSet<QString>(target.primaryKey->columnIds.begin(), target.primaryKey->columnIds.end()) == wanted)
        return true;
    for (const KeyConstraint &u : target.uniques) {
        if (QSet<QString>(u.columnIds.begin(), u.columnIds.end()) == wanted)
            return true;
    }
    for (const Index &i : target.indexes) {
        if (!i.unique || !i.where.isEmpty())
            continue;
        QSet<QString> keys;
        for (const IndexKey &k : i.keys)
            keys.insert(k.columnId);
        if (keys == wanted)
            return true;
    }
    return false;
}

void checkForeignKeyTypes(Findings &f, const Table &t, const ForeignKey &k, const Table &target, const ObjectRef &ref)
{
    for (int i = 0; i < k.columnIds.size() && i < k.referencedColumnIds.size(); ++i) {
        const Column *from = t.column(k.columnIds[i]);
        const Column *to = target.column(k.referencedColumnIds[i]);
        if (!from || !to || from->type == to->type)
            continue;
        const bool sameFamily = (from->type.isInteger() && to->type.isInteger()) ||
                                (from->type.isTextual() && to->type.isTextual()) ||
                                from->type.kind == to->type.kind;
        f.add(sameFamily ? Severity::Warning : Severity::Error, "fk-type-mismatch", ref,
              QStringLiteral("column %1 is %2 but references %3.%4, which is %5")
                  .arg(from->name, from->type.toString(), f.model.qualifiedName(target), to->name, to->type.toString()),
              QStringLiteral("change the type of %1 to %2").arg(from->name, to->type.toString()));
    }
}

void checkForeignKeys(Findings &f, const Table &t)
{
    const Model &m = f.model;
    for (const ForeignKey &k : t.foreignKeys) {
        const ObjectRef ref = ObjectRef::child(K::ForeignKey, t.id, k.id);
        checkColumnsExist(f, t, ref, k.columnIds, QStringLiteral("foreign key"));
        const Table *target = m.table(k.referencedTableId);
        if (!target) {
            f.add(Severity::Error, "dangling-reference", ref,
                  QStringLiteral("references table \"%1\", which the model does not have").arg(k.referencedTableId),
                  QStringLiteral("point it at an existing table or delete it"));
            continue;
        }
        checkColumnsExist(f, *target, ref, k.referencedColumnIds, QStringLiteral("referenced key"));
        if (k.columnIds.size() != k.referencedColumnIds.size() || k.columnIds.isEmpty()) {
            f.add(Severity::Error, "fk-column-count", ref,
                  QStringLiteral("has %1 columns but references %2").arg(k.columnIds.size()).arg(k.referencedColumnIds.size()),
                  QStringLiteral("reference as many columns as the foreign key has"));
            continue;
        }
        if (!isKeyOf(*target, k.referencedColumnIds))
            f.add(Severity::Error, "fk-target-not-unique", ref,
                  QStringLiteral("references (%1) of %2, which is not its primary key or a unique constraint")
                      .arg(target->columnNames(k.referencedColumnIds).join(QStringLiteral(", ")), m.qualifiedName(*target)),
                  QStringLiteral("reference the primary key, or add a unique constraint on those columns"));
        checkForeignKeyTypes(f, t, k, *target, ref);
        if (!hasLeadingIndex(t, k.columnIds))
            f.add(Severity::Warning, "fk-unindexed", ref,
                  QStringLiteral("no index starts with the foreign key's columns (%1): deletes and updates of %2 scan %3")
                      .arg(t.columnNames(k.columnIds).join(QStringLiteral(", ")), m.qualifiedName(*target), m.qualifiedName(t)),
                  QStringLiteral("CREATE INDEX ON %1 (%2)").arg(sqlTable(m, t), sqlColumns(t, k.columnIds)));
    }
}

void checkTypes(Findings &f, const Table &t)
{
    const Model &m = f.model;
    for (const Column &c : t.columns) {
        const ObjectRef ref = ObjectRef::child(K::Column, t.id, c.id);
        if (c.type.kind == DataType::Kind::Named && !m.enumType(c.type.name) && !m.domain(c.type.name)) {
            const QString schemaPart = c.type.name.section(u'.', 0, 0);
            if (c.type.name.contains(u'.') && m.schema(schemaPart))
                f.add(Severity::Error, "dangling-reference", ref,
                      QStringLiteral("type \"%1\" is neither an enum nor a domain of the model").arg(c.type.name),
                      QStringLiteral("create the type or pick another"));
        }
        for (Dialect d : f.options.dialects) {
            const DialectType mapped = d == Dialect::Postgres ? TypeMapping::toPostgres(c.type, m) : TypeMapping::toSqlite(c.type, m);
            if (!mapped.warning.isEmpty())
                f.add(Severity::Info, "lossy-type", ref, QStringLiteral("%1: %2").arg(dialectName(d), mapped.warning));
        }
    }
}

void checkTable(Findings &f, const Table &t)
{
    const Model &m = f.model;
    const ObjectRef ref = ObjectRef::table(t.id);
    if (!t.schemaId.isEmpty() && !m.schema(t.schemaId))
        f.add(Severity::Error, "dangling-reference", ref, QStringLiteral("is in schema \"%1\", which the model does not have").arg(t.schemaId),
              QStringLiteral("add the schema or move the table"));
    if (t.columns.isEmpty())
        f.add(Severity::Warning, "empty-table", ref, QStringLiteral("has no columns"), QStringLiteral("add columns or delete the table"));
    if (!t.primaryKey && t.partitionOfTableId.isEmpty() && !t.columns.isEmpty())
        f.add(Severity::Warning, "no-primary-key", ref,
              QStringLiteral("has no primary key: rows cannot be told apart, and replication and many tools need one"),
              QStringLiteral("add a primary key, e.g. an identity column id"));
    if (!t.partitionOfTableId.isEmpty() && !m.table(t.partitionOfTableId))
        f.add(Severity::Error, "dangling-reference", ref,
              QStringLiteral("is a partition of \"%1\", which the model does not have").arg(t.partitionOfTableId));
    if (t.primaryKey)
        checkColumnsExist(f, t, ObjectRef::child(K::PrimaryKey, t.id, t.primaryKey->id), t.primaryKey->columnIds, QStringLiteral("primary key"));
    for (const KeyConstraint &u : t.uniques)
        checkColumnsExist(f, t, ObjectRef::child(K::Unique, t.id, u.id), u.columnIds + u.includeColumnIds, QStringLiteral("unique constraint"));
    for (const Index &i : t.indexes) {
        const ObjectRef ir = ObjectRef::child(K::Index, t.id, i.id);
        QStringList cols = i.includeColumnIds;
        for (const IndexKey &k : i.keys) {
            if (!k.isExpression())
                cols << k.columnId;
        }
        checkColumnsExist(f, t, ir, cols, QStringLiteral("index"));
    }
    checkForeignKeys(f, t);
    checkTypes(f, t);
}

void checkOtherObjects(Findings &f)
{
    const Model &m = f.model;
    for (const EnumType &e : m.enums) {
        const ObjectRef ref{K::Enum, e.id, {}};
        if (e.values.isEmpty())
            f.add(Severity::Error, "empty-enum", ref, QStringLiteral("has no values"), QStringLiteral("add values or delete the type"));
        if (QSet<QString>(e.values.begin(), e.values.end()).size() != e.values.size())
            f.add(Severity::Error, "duplicate-name", ref, QStringLiteral("lists a value twice"), QStringLiteral("remove the repeated value"));
    }
    for (const Sequence &s : m.sequences) {
        if (s.ownedByTableId.isEmpty())
            continue;
        const Table *t = m.table(s.ownedByTableId);
        if (!t || !t->column(s.ownedByColumnId))
            f.add(Severity::Error, "dangling-reference", ObjectRef{K::Sequence, s.id, {}},
                  QStringLiteral("is owned by %1.%2, which the model does not have").arg(s.ownedByTableId, s.ownedByColumnId),
                  QStringLiteral("clear OWNED BY or point it at an existing column"));
    }
    for (const Diagram &d : m.diagrams) {
        for (auto it = d.placements.begin(); it != d.placements.end(); ++it) {
            if (!m.table(it.key()) && !m.view(it.key()))
                f.add(Severity::Warning, "dangling-reference", ObjectRef::table(it.key()),
                      QStringLiteral("diagram \"%1\" places \"%2\", which the model does not have").arg(d.name, it.key()),
                      QStringLiteral("remove it from the diagram"));
        }
    }
}

} // namespace

QList<LintFinding> Linter::lint(const Model &model, const Options &options)
{
    Findings f(model, options);
    checkNames(f);
    for (const Table &t : model.tables)
        checkTable(f, t);
    checkOtherObjects(f);
    std::stable_sort(f.list.begin(), f.list.end(), [](const LintFinding &a, const LintFinding &b) {
        return int(a.diagnostic.severity) > int(b.diagnostic.severity);
    });
    return f.list;
}

} // namespace strata::modeler

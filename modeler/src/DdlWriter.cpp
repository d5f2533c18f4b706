// Puts the statements of DdlBuilder in an order that runs on a fresh database.
#include "modeler/DdlWriter.h"

#include "SqliteProbe.h"

#include "modeler/DdlBuilder.h"

#include <QHash>

#include <functional>

namespace strata::modeler {

namespace {

using K = ObjectRef::Kind;

// Items in an order where each comes after what it depends on, else in model order; a cycle is
// cut where it closes.
template <typename T>
QList<const T *> dependencyOrder(const QList<T> &items, const std::function<QList<const T *>(const T &)> &dependencies)
{
    QList<const T *> out;
    QHash<const T *, bool> done; // false: being visited
    std::function<void(const T *)> visit = [&](const T *item) {
        if (done.contains(item))
            return;
        done.insert(item, false);
        for (const T *d : dependencies(*item)) {
            if (d && d != item)
                visit(d);
        }
        done.insert(item, true);
        out << item;
    };
    for (const T &item : items)
        visit(&item);
    return out;
}

QList<const Table *> tableOrder(const Model &model, bool referencedFirst)
{
    return dependencyOrder<Table>(model.tables, [&](const Table &t) {
        QList<const Table *> deps{model.table(t.partitionOfTableId)};
        if (referencedFirst) {
            for (const ForeignKey &k : t.foreignKeys)
                deps << model.table(k.referencedTableId);
        }
        return deps;
    });
}

QList<const Domain *> domainOrder(const Model &model)
{
    return dependencyOrder<Domain>(model.domains, [&](const Domain &d) {
        return QList<const Domain *>{model.domain(d.baseType.name)};
    });
}

int partitionDepth(const Model &model, const Table &table)
{
    int depth = 0;
    for (const Table *t = &table; t && !t->partitionOfTableId.isEmpty() && depth < model.tables.size(); ++depth)
        t = model.table(t->partitionOfTableId);
    return depth;
}

QString header(const Model &model, const QString &dialect)
{
    QString out = QStringLiteral("-- %1 schema of the model \"%2\", written by Strata.\n").arg(dialect, model.name);
    if (!model.comment.isEmpty())
        out += QStringLiteral("-- ") + model.comment.split(u'\n').join(QStringLiteral("\n-- ")) + u'\n';
    return out;
}

// The script as statements separated by blank lines.
class Script
{
public:
    void add(const QString &statement)
    {
        if (!statement.isEmpty())
            m_text += u'\n' + statement + u'\n';
    }
    void addComment(const DdlBuilder &builder, const ObjectRef &object) { add(builder.commentOn(object)); }
    QString text() const { return m_text; }

private:
    QString m_text;
};

void addTableComments(Script &script, const DdlBuilder &b, const Table &t)
{
    script.addComment(b, ObjectRef::table(t.id));
    for (const Column &c : t.columns)
        script.addComment(b, ObjectRef::child(K::Column, t.id, c.id));
    if (t.primaryKey)
        script.addComment(b, ObjectRef::child(K::PrimaryKey, t.id, t.primaryKey->id));
    for (const KeyConstraint &u : t.uniques)
        script.addComment(b, ObjectRef::child(K::Unique, t.id, u.id));
    for (const CheckConstraint &c : t.checks)
        script.addComment(b, ObjectRef::child(K::Check, t.id, c.id));
}

QString writePostgres(const Model &model, Diagnostics *diagnostics)
{
    const auto builder = DdlBuilder::create(model, Dialect::Postgres, diagnostics);
    const DdlBuilder &b = *builder;
    Script script;
    for (const Schema &s : model.schemas) {
        script.add(b.createSchema(s));
        script.addComment(b, ObjectRef{K::Schema, s.id, {}});
    }
    for (const EnumType &e : model.enums) {
        script.add(b.createEnum(e));
        script.addComment(b, ObjectRef{K::Enum, e.id, {}});
    }
    for (const Domain *d : domainOrder(model)) {
        script.add(b.createDomain(*d));
        script.addComment(b, ObjectRef{K::Domain, d->id, {}});
        for (const CheckConstraint &c : d->checks)
            script.addComment(b, ObjectRef{K::Check, d->id, c.id});
    }
    for (const Sequence &s : model.sequences) {
        script.add(b.createSequence(s));
        script.addComment(b, ObjectRef{K::Sequence, s.id, {}});
    }
    const QList<const Table *> tables = tableOrder(model, false);
    for (const Table *t : tables) {
        script.add(b.createTable(*t));
        script.add(b.attachPartition(*t));
        addTableComments(script, b, *t);
    }
    for (const Sequence &s : model.sequences)
        script.add(b.alterSequenceOwnedBy(s));
    // Indexes of partitions first: an index on a partitioned table then takes them over instead
    // of creating its own on each partition. Unique indexes come before the keys that reference them.
    QList<const Table *> leavesFirst = tables;
    std::stable_sort(leavesFirst.begin(), leavesFirst.end(), [&](const Table *a, const Table *c) {
        return partitionDepth(model, *a) > partitionDepth(model, *c);
    });
    for (const Table *t : leavesFirst) {
        for (const Index &i : t->indexes) {
            script.add(b.createIndex(*t, i));
            script.addComment(b, ObjectRef::child(K::Index, t->id, i.id));
        }
    }
    for (const Table *t : tables) {
        for (const ForeignKey &k : t->foreignKeys) {
            script.add(b.addForeignKey(*t, k));
            script.addComment(b, ObjectRef::child(K::ForeignKey, t->id, k.id));
        }
    }
    for (const View &v : model.views) {
        script.add(b.createView(v));
        script.addComment(b, ObjectRef{K::View, v.id, {}});
    }
    return header(model, QStringLiteral("PostgreSQL")) + script.text();
}

// The SQLite script is built on an in-memory database: a statement SQLite refuses is left out.
class SqliteScript
{
public:
    SqliteScript(const Model &model, Diagnostics *diagnostics)
        : m_builder(DdlBuilder::create(model, Dialect::Sqlite, diagnostics))
    {
    }

    const DdlBuilder &builder() const { return *m_builder; }

    // Adds the statement if SQLite runs it (and, for a view, can query it).
    void add(const QString &statement, const ObjectRef &object, Severity severity, const QString &checkQuery = {})
    {
        if (statement.isEmpty())
            return;
        auto ran = m_probe.execute(checkQuery.isEmpty() ? statement : statement + u'\n' + checkQuery);
        if (!ran) {
            m_builder->report(severity, QStringLiteral("ddl.rejected"), object,
                              QStringLiteral("SQLite refuses the statement (%1): left out").arg(ran.error().message),
                              QStringLiteral("change the object so that SQLite can create it"));
            return;
        }
        m_script.add(statement);
    }
    QString text() const { return m_script.text(); }

private:
    std::unique_ptr<DdlBuilder> m_builder;
    SqliteProbe m_probe;
    Script m_script;
};

QString writeSqlite(const Model &model, Diagnostics *diagnostics)
{
    SqliteScript script(model, diagnostics);
    const DdlBuilder &b = script.builder();
    for (const Schema &s : model.schemas) {
        (void)b.createSchema(s);
        (void)b.commentOn(ObjectRef{K::Schema, s.id, {}});
    }
    for (const EnumType &e : model.enums)
        (void)b.commentOn(ObjectRef{K::Enum, e.id, {}});
    for (const Domain &d : model.domains) {
        (void)b.createDomain(d);
        (void)b.commentOn(ObjectRef{K::Domain, d.id, {}});
    }
    for (const Sequence &s : model.sequences) {
        (void)b.createSequence(s);
        (void)b.commentOn(ObjectRef{K::Sequence, s.id, {}});
    }
    for (const Table *t : tableOrder(model, true)) {
        script.add(b.createTable(*t), ObjectRef::table(t->id), Severity::Error);
        for (const Index &i : t->indexes) {
            const ObjectRef ref = ObjectRef::child(K::Index, t->id, i.id);
            script.add(b.createIndex(*t, i), ref, Severity::Warning);
            (void)b.commentOn(ref);
        }
    }
    for (const View &v : model.views) {
        const ObjectRef ref{K::View, v.id, {}};
        // SQLite creates a view over tables it does not have; querying it shows the problem.
        script.add(b.createView(v), ref, Severity::Warning,
                   QStringLiteral("SELECT * FROM %1 LIMIT 0;").arg(b.qualifiedName(v.schemaId, v.name)));
        (void)b.commentOn(ref);
    }
    return header(model, QStringLiteral("SQLite")) +
           QStringLiteral("-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.\n") +
           script.text();
}

} // namespace

DdlScript DdlWriter::write(const Model &model, Dialect dialect)
{
    DdlScript out;
    out.sql = dialect == Dialect::Sqlite ? writeSqlite(model, &out.diagnostics) : writePostgres(model, &out.diagnostics);
    return out;
}

} // namespace strata::modeler

// Puts the statements of DdlBuilder in an order that runs on a fresh database.
#include "modeler/DdlWriter.h"

#include "PostgresSyntax.h"
#include "SqliteProbe.h"

#include "modeler/DdlBuilder.h"

#include <QHash>

#include <algorithm>
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

// The script as statements separated by blank lines. Each statement is checked before it goes in
// (PostgreSQL: by its parser; SQLite: by running it on an in-memory database); one that fails is
// left out with the reason, reported against its object.
class Script
{
public:
    using Check = std::function<Result<void>(const QStringList &statements)>;

    Script(const DdlBuilder &builder, Check check) : m_builder(builder), m_check(std::move(check)) {}

    /// `probe`: statements that must also succeed after it (they are not part of the script).
    /// False when the statement is left out.
    bool add(const QString &statement, const ObjectRef &object, Severity severity = Severity::Error,
             const QStringList &probe = {})
    {
        if (statement.isEmpty())
            return false;
        auto checked = m_check(QStringList{statement} + probe);
        if (!checked) {
            m_builder.report(severity, QStringLiteral("ddl.rejected"), object,
                             QStringLiteral("%1 refuses the statement (%2): left out").arg(m_builder.dialectDisplayName(), checked.error().message),
                             QStringLiteral("correct the object so that the statement can run"));
            return false;
        }
        m_text += u'\n' + statement + u'\n';
        m_statements.append(DdlStatement{statement, m_afterData});
        return true;
    }
    /// Marks the statements added from now on as ones a bulk load can run after the rows.
    void setAfterData(bool afterData) { m_afterData = afterData; }
    void addComment(const ObjectRef &object) { add(m_builder.commentOn(object), object, Severity::Warning); }
    QString text() const { return m_text; }
    QList<DdlStatement> statements() const { return m_statements; }

private:
    const DdlBuilder &m_builder;
    Check m_check;
    QString m_text;
    QList<DdlStatement> m_statements;
    bool m_afterData = false;
};

void addTableComments(Script &script, const Table &t)
{
    script.addComment(ObjectRef::table(t.id));
    for (const Column &c : t.columns)
        script.addComment(ObjectRef::child(K::Column, t.id, c.id));
    if (t.primaryKey)
        script.addComment(ObjectRef::child(K::PrimaryKey, t.id, t.primaryKey->id));
    for (const KeyConstraint &u : t.uniques)
        script.addComment(ObjectRef::child(K::Unique, t.id, u.id));
    for (const CheckConstraint &c : t.checks)
        script.addComment(ObjectRef::child(K::Check, t.id, c.id));
}

// Schemas, types and sequences, each followed by its comments (SQLite: only the warnings).
void addTypes(Script &script, const DdlBuilder &b, const Model &model)
{
    for (const Schema &s : model.schemas) {
        script.add(b.createSchema(s), ObjectRef{K::Schema, s.id, {}});
        script.addComment(ObjectRef{K::Schema, s.id, {}});
    }
    for (const EnumType &e : model.enums) {
        script.add(b.createEnum(e), ObjectRef{K::Enum, e.id, {}});
        script.addComment(ObjectRef{K::Enum, e.id, {}});
    }
    for (const Domain *d : domainOrder(model)) {
        script.add(b.createDomain(*d), ObjectRef{K::Domain, d->id, {}});
        script.addComment(ObjectRef{K::Domain, d->id, {}});
        for (const CheckConstraint &c : d->checks)
            script.addComment(ObjectRef{K::Check, d->id, c.id});
    }
    for (const Sequence &s : model.sequences) {
        script.add(b.createSequence(s), ObjectRef{K::Sequence, s.id, {}});
        script.addComment(ObjectRef{K::Sequence, s.id, {}});
    }
}

void addViews(Script &script, const DdlBuilder &b, const Model &model, bool sqlite)
{
    for (const View &v : model.views) {
        const ObjectRef ref{K::View, v.id, {}};
        // SQLite creates a view over tables it does not have; querying it shows the problem.
        const QStringList probe = sqlite ? QStringList{QStringLiteral("SELECT * FROM %1 LIMIT 0;").arg(b.qualifiedName(v.schemaId, v.name))}
                                         : QStringList{};
        if (script.add(b.createView(v), ref, Severity::Warning, probe)) // a comment on a view left out would fail
            script.addComment(ref);
    }
}

void writePostgres(const Model &model, DdlScript *out)
{
    Diagnostics *diagnostics = &out->diagnostics;
    const auto builder = DdlBuilder::create(model, Dialect::Postgres, diagnostics);
    const DdlBuilder &b = *builder;
    Script script(b, [](const QStringList &statements) { return PostgresSyntax::checkStatement(statements.first()); });
    addTypes(script, b, model);
    const QList<const Table *> tables = tableOrder(model, false);
    for (const Table *t : tables) {
        script.add(b.createTable(*t), ObjectRef::table(t->id));
        script.add(b.attachPartition(*t), ObjectRef::table(t->id));
        addTableComments(script, *t);
    }
    for (const Sequence &s : model.sequences)
        script.add(b.alterSequenceOwnedBy(s), ObjectRef{K::Sequence, s.id, {}});
    // Indexes of partitions first: an index on a partitioned table then takes them over instead
    // of creating its own on each partition. Unique indexes come before the keys that reference them.
    QList<const Table *> leavesFirst = tables;
    std::stable_sort(leavesFirst.begin(), leavesFirst.end(), [&](const Table *a, const Table *c) {
        return partitionDepth(model, *a) > partitionDepth(model, *c);
    });
    script.setAfterData(true);
    for (const Table *t : leavesFirst) {
        for (const Index &i : t->indexes) {
            script.add(b.createIndex(*t, i), ObjectRef::child(K::Index, t->id, i.id), Severity::Warning);
            script.addComment(ObjectRef::child(K::Index, t->id, i.id));
        }
    }
    for (const Table *t : tables) {
        for (const ForeignKey &k : t->foreignKeys) {
            script.add(b.addForeignKey(*t, k), ObjectRef::child(K::ForeignKey, t->id, k.id));
            script.addComment(ObjectRef::child(K::ForeignKey, t->id, k.id));
        }
    }
    addViews(script, b, model, false);
    out->sql = header(model, QStringLiteral("PostgreSQL")) + script.text();
    out->statements = script.statements();
}

void writeSqlite(const Model &model, DdlScript *out)
{
    Diagnostics *diagnostics = &out->diagnostics;
    const auto builder = DdlBuilder::create(model, Dialect::Sqlite, diagnostics);
    const DdlBuilder &b = *builder;
    SqliteProbe probe;
    Script script(b, [&](const QStringList &statements) { return probe.execute(statements); });
    addTypes(script, b, model);
    for (const Table *t : tableOrder(model, true)) {
        script.add(b.createTable(*t), ObjectRef::table(t->id));
        addTableComments(script, *t);
        script.setAfterData(true);
        for (const Index &i : t->indexes) {
            script.add(b.createIndex(*t, i), ObjectRef::child(K::Index, t->id, i.id), Severity::Warning);
            script.addComment(ObjectRef::child(K::Index, t->id, i.id));
        }
        script.setAfterData(false);
    }
    script.setAfterData(true);
    addViews(script, b, model, true);
    out->sql = header(model, QStringLiteral("SQLite")) +
               QStringLiteral("-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.\n") +
               script.text();
    out->statements = script.statements();
}

} // namespace

DdlScript DdlWriter::write(const Model &model, Dialect dialect)
{
    DdlScript out;
    if (dialect == Dialect::Sqlite)
        writeSqlite(model, &out);
    else
        writePostgres(model, &out);
    return out;
}

} // namespace strata::modeler

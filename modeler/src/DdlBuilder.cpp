// What the statement builders of both dialects share: names, column lists, types, diagnostics.
#include "modeler/DdlBuilder.h"

#include "PostgresDdl.h"
#include "SqliteDdl.h"

#include "modeler/SqlQuoting.h"
#include "modeler/TypeMapping.h"

#include <algorithm>

namespace strata::modeler {

namespace {

template <typename List>
QString commentIn(const List &list, const QString &id)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &o) { return o.id == id; });
    return it == list.end() ? QString() : it->comment;
}

} // namespace

std::unique_ptr<DdlBuilder> DdlBuilder::create(const Model &model, Dialect dialect, Diagnostics *diagnostics)
{
    if (dialect == Dialect::Sqlite)
        return std::make_unique<SqliteDdl>(model, diagnostics);
    return std::make_unique<PostgresDdl>(model, diagnostics);
}

DdlBuilder::DdlBuilder(const Model &model, Dialect dialect, Diagnostics *diagnostics)
    : m_model(model), m_dialect(dialect), m_diagnostics(diagnostics)
{
}

QString DdlBuilder::name(QStringView identifier) const
{
    return quoteIdentifier(identifier, m_dialect);
}

QString DdlBuilder::qualifiedName(const QString &schemaId, const QString &name) const
{
    if (m_dialect == Dialect::Sqlite)
        return quoteIdentifier(name, m_dialect);
    return quoteQualified(m_model.schemaName(schemaId), name, m_dialect);
}

QString DdlBuilder::tableName(const Table &table) const
{
    return qualifiedName(table.schemaId, table.name);
}

QString DdlBuilder::columnList(const Table &table, const QStringList &columnIds, const ObjectRef &owner) const
{
    QStringList names;
    for (const QString &id : columnIds) {
        const Column *column = table.column(id);
        if (!column)
            report(Severity::Error, QStringLiteral("ddl.unresolved"), owner,
                   QStringLiteral("names column \"%1\", which %2 does not have").arg(id, m_model.qualifiedName(table)),
                   QStringLiteral("fix the model (strata-cli lint shows such problems)"));
        names << name(column ? column->name : id);
    }
    return names.join(QStringLiteral(", "));
}

QString DdlBuilder::commentOf(const ObjectRef &object) const
{
    using K = ObjectRef::Kind;
    const Model &m = m_model;
    if (object.kind == K::Check) {
        if (const Domain *d = m.domain(object.id))
            return commentIn(d->checks, object.childId);
    }
    const Table *t = m.table(object.id);
    switch (object.kind) {
    case K::None: return {};
    case K::Schema: return commentIn(m.schemas, object.id);
    case K::Enum: return commentIn(m.enums, object.id);
    case K::Domain: return commentIn(m.domains, object.id);
    case K::Sequence: return commentIn(m.sequences, object.id);
    case K::View: return commentIn(m.views, object.id);
    case K::Table: return t ? t->comment : QString();
    case K::Column: return t ? commentIn(t->columns, object.childId) : QString();
    case K::PrimaryKey: return t && t->primaryKey ? t->primaryKey->comment : QString();
    case K::Unique: return t ? commentIn(t->uniques, object.childId) : QString();
    case K::Check: return t ? commentIn(t->checks, object.childId) : QString();
    case K::ForeignKey: return t ? commentIn(t->foreignKeys, object.childId) : QString();
    case K::Index: return t ? commentIn(t->indexes, object.childId) : QString();
    }
    return {};
}

void DdlBuilder::report(Severity severity, const QString &code, const ObjectRef &object, const QString &message,
                        const QString &hint) const
{
    if (!m_diagnostics)
        return;
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.place.path = object.path(m_model);
    d.hint = hint;
    m_diagnostics->append(d);
}

void DdlBuilder::unsupported(const ObjectRef &object, const QString &what, const QString &hint) const
{
    report(Severity::Warning, QStringLiteral("ddl.unsupported"), object,
           QStringLiteral("%1 cannot express %2: left out").arg(dialectDisplayName(), what), hint);
}

QString DdlBuilder::dialectDisplayName() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString DdlBuilder::viewHead(const View &view) const
{
    QString out = qualifiedName(view.schemaId, view.name);
    if (!view.columnNames.isEmpty()) {
        QStringList names;
        for (const QString &n : view.columnNames)
            names << name(n);
        out += QStringLiteral(" (%1)").arg(names.join(QStringLiteral(", ")));
    }
    return out;
}

QString DdlBuilder::viewQuery(const View &view)
{
    QString query = view.definition.trimmed();
    while (query.endsWith(u';'))
        query = query.chopped(1).trimmed();
    // A "--" comment on the last line would swallow what the statement puts after the query.
    if (query.mid(query.lastIndexOf(u'\n') + 1).contains(QStringLiteral("--")))
        query += u'\n';
    return query;
}

QString DdlBuilder::typeSql(const DataType &type, const ObjectRef &object) const
{
    const DialectType mapped = m_dialect == Dialect::Sqlite ? TypeMapping::toSqlite(type, m_model)
                                                            : TypeMapping::toPostgres(type, m_model);
    if (!mapped.warning.isEmpty())
        report(Severity::Warning, QStringLiteral("ddl.lossy-type"), object,
               QStringLiteral("%1 becomes %2: %3").arg(type.toString(), mapped.sql, mapped.warning),
               QStringLiteral("see docs/type-mapping.md"));
    return mapped.sql;
}

QString DdlBuilder::constraintPrefix(const QString &constraintName) const
{
    return constraintName.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(name(constraintName));
}

QString DdlBuilder::deferrability(bool deferrable, bool initiallyDeferred)
{
    if (initiallyDeferred)
        return QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
    return deferrable ? QStringLiteral(" DEFERRABLE") : QString();
}

QString DdlBuilder::foreignKeyClause(const Table &table, const ForeignKey &key) const
{
    const ObjectRef ref = ObjectRef::child(ObjectRef::Kind::ForeignKey, table.id, key.id);
    const Table *target = m_model.table(key.referencedTableId);
    if (!target) {
        report(Severity::Error, QStringLiteral("ddl.unresolved"), ref,
               QStringLiteral("references table \"%1\", which is not in the model").arg(key.referencedTableId),
               QStringLiteral("fix the model (strata-cli lint shows such problems)"));
        return {};
    }
    QString out = constraintPrefix(key.name) +
                  QStringLiteral("FOREIGN KEY (%1) REFERENCES %2").arg(columnList(table, key.columnIds, ref), tableName(*target));
    if (!key.referencedColumnIds.isEmpty())
        out += QStringLiteral(" (%1)").arg(columnList(*target, key.referencedColumnIds, ref));
    if (key.match == MatchType::Full) {
        if (m_dialect == Dialect::Postgres)
            out += QStringLiteral(" MATCH FULL");
        else
            unsupported(ref, QStringLiteral("MATCH FULL (SQLite parses it but checks each column on its own)"));
    }
    if (key.onUpdate != ReferentialAction::NoAction)
        out += QStringLiteral(" ON UPDATE ") + referentialActionSql(key.onUpdate);
    if (key.onDelete != ReferentialAction::NoAction)
        out += QStringLiteral(" ON DELETE ") + referentialActionSql(key.onDelete);
    return out + deferrability(key.deferrable, key.initiallyDeferred);
}

} // namespace strata::modeler

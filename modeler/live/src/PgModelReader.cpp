#include "PgModelReader.h"

#include "PgCatalogQueries.h"
#include "PgConstraintReader.h"
#include "PgTableReader.h"

#include <modeler/TypeMapping.h>

#include <QJsonArray>

namespace strata::modeler::live {

namespace {

constexpr int stepCount = 8;

// A text[] literal of the schema names, or NULL for "every schema".
QVariant schemaArray(const QStringList &schemas)
{
    if (schemas.isEmpty())
        return {};
    QStringList items;
    for (QString s : schemas)
        items << u'"' + s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    return u'{' + items.join(u',') + u'}';
}

} // namespace

PgModelReader::PgModelReader(connectors::Session &session, const ReverseOptions &options, TaskControl *control)
    : m_session(session), m_options(options), m_control(control)
{
}

Result<CatalogRows> PgModelReader::query(const QString &sql, const QString &step)
{
    if (TaskControl::cancelled(m_control))
        return Error(QStringLiteral("reverse engineering cancelled"), {}, QString::fromLatin1(cancelledCode));
    TaskControl::report(m_control, m_step++, stepCount, step);
    connectors::ExecOptions options;
    options.control = m_control;
    options.source = QStringLiteral("catalog query (%1)").arg(step);
    auto result = m_session.query(sql, {schemaArray(m_options.schemas)}, options);
    if (!result)
        return result.error();
    return CatalogRows(std::move(*result));
}

Result<ReverseResult> PgModelReader::read()
{
    // One snapshot for every query, as pg_dump takes; an empty search_path makes format_type(),
    // pg_get_expr() and pg_get_viewdef() qualify every name, as pg_dump's output does.
    auto begun = m_session.query(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    if (!begun)
        return begun.error();
    auto read = m_session.query(QStringLiteral("SET LOCAL search_path = ''")).ok() ? readAll()
                                                                                    : Result<void>(Error(QStringLiteral("cannot empty search_path")));
    (void)m_session.rollback(); // nothing was written: a failed rollback loses nothing
    if (!read)
        return read.error();
    m_state.model.name = m_options.modelName.isEmpty() ? m_session.displayName() : m_options.modelName;
    TaskControl::report(m_control, stepCount, stepCount, QStringLiteral("done"));
    return ReverseResult{std::move(m_state.model), std::move(m_state.diagnostics)};
}

Result<void> PgModelReader::readAll()
{
    auto schemas = query(PgCatalogQueries::schemas(), QStringLiteral("schemas"));
    if (!schemas)
        return schemas.error();
    readSchemas(*schemas);
    auto types = query(PgCatalogQueries::types(), QStringLiteral("enums and domains"));
    if (!types)
        return types.error();
    readTypes(*types);
    auto relations = query(PgCatalogQueries::relations(), QStringLiteral("tables and views"));
    if (!relations)
        return relations.error();
    readRelations(*relations);

    PgTableReader tables(m_state);
    auto columns = query(PgCatalogQueries::columns(), QStringLiteral("columns"));
    if (!columns)
        return columns.error();
    tables.readColumns(*columns);
    auto sequences = query(PgCatalogQueries::sequences(), QStringLiteral("sequences"));
    if (!sequences)
        return sequences.error();
    tables.readSequences(*sequences);

    PgConstraintReader constraints(m_state);
    auto keys = query(PgCatalogQueries::constraints(), QStringLiteral("constraints"));
    if (!keys)
        return keys.error();
    constraints.readConstraints(*keys);
    auto indexes = query(PgCatalogQueries::indexes(), QStringLiteral("indexes"));
    if (!indexes)
        return indexes.error();
    constraints.readIndexes(*indexes);
    auto others = query(PgCatalogQueries::unsupported(), QStringLiteral("other objects"));
    if (!others)
        return others.error();
    readUnsupported(*others);
    return Result<void>::success();
}

void PgModelReader::readSchemas(const CatalogRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        const QString name = rows.text(r, "name");
        if (name == u"public")
            continue; // the model's default schema
        m_state.model.schemas << Schema{name, name, rows.text(r, "comment")};
    }
}

void PgModelReader::readTypes(const CatalogRows &rows)
{
    // Enums first: a domain's base type may be one of them, or another domain read later.
    for (int r = 0; r < rows.size(); ++r)
        m_state.typeIds.insert(rows.number(r, "oid"), PgCatalogState::objectId(rows.text(r, "schema"), rows.text(r, "name")));
    for (int r = 0; r < rows.size(); ++r) {
        const QString schema = rows.text(r, "schema"), name = rows.text(r, "name");
        const QString id = PgCatalogState::objectId(schema, name);
        if (rows.text(r, "kind") == u"e") {
            EnumType e{id, PgCatalogState::schemaId(schema), name, {}, rows.text(r, "comment")};
            for (const QJsonValue &label : rows.array(r, "labels"))
                e.values << label.toString();
            m_state.model.enums << e;
            continue;
        }
        Domain d;
        d.id = id;
        d.schemaId = PgCatalogState::schemaId(schema);
        d.name = name;
        d.baseType = TypeMapping::fromPostgresText(rows.text(r, "base_type"), m_state.typeIds.value(rows.number(r, "base_oid")));
        d.notNull = rows.flag(r, "not_null");
        d.defaultExpr = rows.text(r, "default_expr");
        d.collation = rows.text(r, "collation");
        d.comment = rows.text(r, "comment");
        m_state.model.domains << d; // checks: PgConstraintReader
    }
}

void PgModelReader::readRelations(const CatalogRows &rows)
{
    QList<std::pair<int, qint64>> partitions; // row, parent OID: resolved once every table is known
    for (int r = 0; r < rows.size(); ++r) {
        const QString schema = rows.text(r, "schema"), name = rows.text(r, "name"), kind = rows.text(r, "kind");
        const qint64 oid = rows.number(r, "oid");
        m_state.relationNames.insert(oid, schema + u'.' + name);
        if (kind == u"v" || kind == u"m") {
            readView(rows, r);
            continue;
        }
        if (kind == u"f") {
            m_state.warn(QStringLiteral("reverse.unsupported"), schema + u'.' + name,
                         QStringLiteral("foreign table left out: the model holds no foreign tables"));
            continue;
        }
        Table t;
        t.id = PgCatalogState::objectId(schema, name);
        t.schemaId = PgCatalogState::schemaId(schema);
        t.name = name;
        t.unlogged = rows.flag(r, "unlogged");
        t.partitionKey = rows.text(r, "partition_key");
        t.partitionBound = rows.text(r, "partition_bound");
        t.comment = rows.text(r, "comment");
        const QJsonArray parents = rows.array(r, "parents");
        if (rows.flag(r, "is_partition") && !parents.isEmpty())
            partitions.append({int(m_state.model.tables.size()), qint64(parents.first().toDouble())});
        else if (!parents.isEmpty())
            m_state.warn(QStringLiteral("reverse.unsupported"), schema + u'.' + name,
                         QStringLiteral("table inheritance left out: the model holds no INHERITS; the inherited columns are the table's own"));
        m_state.tableIndex.insert(oid, int(m_state.model.tables.size()));
        m_state.model.tables << t;
    }
    for (const auto &[index, parentOid] : partitions) {
        Table &t = m_state.model.tables[index];
        if (const Table *parent = m_state.table(parentOid)) {
            t.partitionOfTableId = parent->id;
        } else {
            m_state.warn(QStringLiteral("reverse.outside"), m_state.model.qualifiedName(t),
                         QStringLiteral("is a partition of %1, which is not read: kept as a table of its own").arg(m_state.relationNames.value(parentOid)),
                         QStringLiteral("read the parent's schema too"));
            t.partitionBound.clear();
        }
    }
}

void PgModelReader::readView(const CatalogRows &rows, int r)
{
    View v;
    const QString schema = rows.text(r, "schema");
    v.id = PgCatalogState::objectId(schema, rows.text(r, "name"));
    v.schemaId = PgCatalogState::schemaId(schema);
    v.name = rows.text(r, "name");
    v.definition = rows.text(r, "definition").trimmed();
    if (v.definition.endsWith(u';'))
        v.definition.chop(1);
    v.materialized = rows.text(r, "kind") == u"m";
    v.checkOption = rows.text(r, "check_option").toUpper();
    v.comment = rows.text(r, "comment");
    m_state.model.views << v;
}

void PgModelReader::readUnsupported(const CatalogRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        const QString kind = rows.text(r, "kind");
        m_state.warn(QStringLiteral("reverse.unsupported"), rows.text(r, "schema") + u'.' + rows.text(r, "name"),
                     QStringLiteral("%1 left out: the model holds no %1s").arg(kind),
                     QStringLiteral("keep it in a migration script of its own"));
    }
}

} // namespace strata::modeler::live

#include "PgTableReader.h"

#include <modeler/TypeMapping.h>

#include <limits>

namespace strata::modeler::live {

namespace {

using Kind = DataType::Kind;

std::pair<qint64, qint64> typeRange(Kind kind)
{
    switch (kind) {
    case Kind::SmallInt: return {std::numeric_limits<qint16>::min(), std::numeric_limits<qint16>::max()};
    case Kind::Integer: return {std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()};
    default: return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    }
}

// The options as the model holds them: bounds that are the type's defaults are left unset.
SequenceOptions optionsOf(const CatalogRows &rows, int r)
{
    SequenceOptions o;
    o.type = TypeMapping::fromPostgresText(rows.text(r, "type")).kind;
    o.start = rows.number(r, "start");
    o.increment = rows.number(r, "increment");
    o.cache = rows.number(r, "cache");
    o.cycle = rows.flag(r, "cycle");
    const auto [low, high] = typeRange(o.type);
    const qint64 min = rows.number(r, "min"), max = rows.number(r, "max");
    const bool ascending = o.increment > 0;
    if (min != (ascending ? 1 : low))
        o.minValue = min;
    if (max != (ascending ? high : -1))
        o.maxValue = max;
    return o;
}

// The name PostgreSQL gives the sequence of a serial or identity column (before any truncation).
QString defaultSequenceName(const Table &table, const Column &column)
{
    return table.name + u'_' + column.name + QStringLiteral("_seq");
}

} // namespace

void PgTableReader::readColumns(const CatalogRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        const qint64 tableOid = rows.number(r, "table_oid");
        Table *table = m_state.table(tableOid);
        if (!table)
            continue;
        Column c;
        c.id = c.name = rows.text(r, "name");
        c.type = TypeMapping::fromPostgresText(rows.text(r, "type"), m_state.typeIds.value(rows.number(r, "element_oid")));
        c.nullable = !rows.flag(r, "not_null");
        const QString identity = rows.text(r, "identity");
        c.identity = identity == u"a" ? Identity::Always : identity == u"d" ? Identity::ByDefault : Identity::None;
        if (rows.text(r, "generated") == u"s")
            c.generatedExpr = rows.text(r, "default_expr");
        else
            c.defaultExpr = rows.text(r, "default_expr");
        c.collation = rows.text(r, "collation");
        c.comment = rows.text(r, "comment");
        m_state.columnIds[tableOid].insert(rows.number(r, "attnum"), c.id);
        table->columns << c;
    }
}

Column *PgTableReader::ownerColumn(const CatalogRows &rows, int r, Table **table)
{
    *table = rows.isNull(r, "owner_oid") ? nullptr : m_state.table(rows.number(r, "owner_oid"));
    if (!*table)
        return nullptr;
    for (Column &c : (*table)->columns) {
        if (c.name == rows.text(r, "owner_column"))
            return &c;
    }
    return nullptr;
}

bool PgTableReader::isSerial(const CatalogRows &rows, int r, const Table &table, const Column &column,
                             const SequenceOptions &options) const
{
    // Exactly what "serial" creates, and nothing a serial column could not say again.
    const QString schema = rows.text(r, "schema"), name = rows.text(r, "name");
    QString sequenceSql = PgCatalogState::sqlName(schema, name);
    sequenceSql.replace(u'\'', QStringLiteral("''"));
    const SequenceOptions plain{column.type.kind, 1, 1, {}, {}, 1, false};
    return column.type.isInteger() && column.type.arrayDims == 0 && column.identity == Identity::None &&
           PgCatalogState::schemaId(schema) == table.schemaId && name == defaultSequenceName(table, column) &&
           options == plain && rows.text(r, "comment").isEmpty() &&
           column.defaultExpr == QStringLiteral("nextval('%1'::regclass)").arg(sequenceSql);
}

void PgTableReader::readSequences(const CatalogRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        const QString schema = rows.text(r, "schema"), name = rows.text(r, "name");
        const SequenceOptions options = optionsOf(rows, r);
        Table *table = nullptr;
        Column *owner = ownerColumn(rows, r, &table);
        if (owner && rows.text(r, "dependency") == u"i") {
            if (!options.isDefault() || options.type != owner->type.kind) {
                owner->identityOptions = options;
                owner->identityOptions->type = owner->type.kind;
            }
            if (name != defaultSequenceName(*table, *owner) || PgCatalogState::schemaId(schema) != table->schemaId)
                owner->identitySequenceName = name;
            continue;
        }
        if (owner && isSerial(rows, r, *table, *owner, options)) {
            owner->serial = true;
            owner->defaultExpr.clear();
            continue;
        }
        Sequence s;
        s.id = PgCatalogState::objectId(schema, name);
        s.schemaId = PgCatalogState::schemaId(schema);
        s.name = name;
        s.options = options;
        s.comment = rows.text(r, "comment");
        if (owner) {
            s.ownedByTableId = table->id;
            s.ownedByColumnId = owner->id;
        } else if (!rows.isNull(r, "owner_oid")) {
            m_state.warn(QStringLiteral("reverse.outside"), schema + u'.' + name,
                         QStringLiteral("is owned by a column of a table that is not read: kept without its owner"));
        }
        m_state.model.sequences << s;
    }
}

} // namespace strata::modeler::live

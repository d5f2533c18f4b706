#include "modeler/ModelMerge.h"

#include <QHash>

namespace strata::modeler {

namespace {

Diagnostic note(Severity severity, const QString &code, const QString &message, const QString &path, const QString &hint = {})
{
    SourcePlace place;
    place.path = path;
    return Diagnostic{severity, code, message, place, hint};
}

template <typename T>
QStringList idsOf(const QList<T> &objects)
{
    QStringList ids;
    for (const T &o : objects)
        ids << o.id;
    return ids;
}

/// One merge: what has been mapped so far, so that each schema or type is brought along once.
class Merger
{
public:
    Merger(const Model &target, const Model &source) : m_target(target), m_source(source)
    {
        m_takenTables = target.tableIds() + target.viewIds();
        m_takenTypes = idsOf(target.enums) + idsOf(target.domains);
        m_takenSchemas = idsOf(target.schemas);
        m_takenSequences = idsOf(target.sequences);
    }

    MergedTables run(const QStringList &tableIds)
    {
        QList<const Table *> chosen;
        for (const QString &id : tableIds) {
            const Table *table = m_source.table(id);
            if (!table || m_tableIds.contains(id))
                continue;
            const QString name = m_source.qualifiedName(*table);
            if (m_target.tableByName(m_source.schemaName(table->schemaId), table->name)) {
                m_out.diagnostics << note(Severity::Info, QStringLiteral("merge.present"),
                                          QStringLiteral("%1 is in the model already: left as it is").arg(name), name);
                continue;
            }
            const QString newId = Model::uniqueId(table->id, m_takenTables);
            m_takenTables << newId;
            m_tableIds.insert(id, newId);
            chosen << table;
        }
        for (const Table *table : std::as_const(chosen))
            m_out.tables << tableFor(*table);
        for (const Sequence &sequence : m_source.sequences) {
            if (m_tableIds.contains(sequence.ownedByTableId))
                addSequence(sequence);
        }
        return std::move(m_out);
    }

private:
    QString schemaFor(const QString &sourceSchemaId)
    {
        if (sourceSchemaId.isEmpty())
            return {};
        if (auto it = m_schemaIds.constFind(sourceSchemaId); it != m_schemaIds.cend())
            return *it;
        const Schema *schema = m_source.schema(sourceSchemaId);
        const QString name = schema ? schema->name : sourceSchemaId;
        QString id;
        if (const Schema *present = m_target.schemaByName(name)) {
            id = present->id;
        } else {
            id = Model::uniqueId(sourceSchemaId, m_takenSchemas);
            m_takenSchemas << id;
            m_out.schemas << Schema{id, name, schema ? schema->comment : QString()};
        }
        m_schemaIds.insert(sourceSchemaId, id);
        return id;
    }

    /// The target's id of an enum or domain of the source (found by name, else brought along).
    template <typename T>
    QString typeIdFor(const T &type, const QList<T> &targetTypes, QList<T> &added)
    {
        const QString schemaName = m_source.schemaName(type.schemaId);
        for (const T &present : targetTypes) {
            if (present.name == type.name && m_target.schemaName(present.schemaId) == schemaName)
                return present.id;
        }
        T copy = type;
        copy.id = Model::uniqueId(type.id, m_takenTypes);
        copy.schemaId = schemaFor(type.schemaId);
        m_takenTypes << copy.id;
        m_typeIds.insert(type.id, copy.id); // before the base type: a domain may not name itself, but be safe
        if constexpr (std::is_same_v<T, Domain>)
            copy.baseType = typeFor(copy.baseType);
        added << copy;
        return copy.id;
    }

    DataType typeFor(DataType type)
    {
        if (type.kind != DataType::Kind::Named)
            return type;
        if (auto it = m_typeIds.constFind(type.name); it != m_typeIds.cend()) {
            type.name = *it;
        } else if (const EnumType *e = m_source.enumType(type.name)) {
            type.name = typeIdFor(*e, m_target.enums, m_out.enums);
            m_typeIds.insert(e->id, type.name);
        } else if (const Domain *d = m_source.domain(type.name)) {
            type.name = typeIdFor(*d, m_target.domains, m_out.domains);
            m_typeIds.insert(d->id, type.name);
        }
        return type; // a type neither model defines (PostGIS ...) stays as written
    }

    Table tableFor(Table table)
    {
        const QString name = m_source.qualifiedName(table);
        table.id = m_tableIds.value(table.id);
        table.schemaId = schemaFor(table.schemaId);
        for (Column &column : table.columns)
            column.type = typeFor(column.type);
        QList<ForeignKey> kept;
        for (ForeignKey key : std::as_const(table.foreignKeys)) {
            if (pointAtTarget(key, table, name))
                kept << key;
        }
        table.foreignKeys = kept;
        if (!table.partitionOfTableId.isEmpty()) {
            const QString parent = mappedTable(table.partitionOfTableId);
            if (parent.isEmpty()) {
                m_out.diagnostics << note(Severity::Warning, QStringLiteral("merge.partition"),
                                          QStringLiteral("%1 is a partition of a table that is not in the model: added as a table of its own")
                                              .arg(name),
                                          name, QStringLiteral("Add its parent table too"));
                table.partitionBound.clear();
            }
            table.partitionOfTableId = parent;
        }
        return table;
    }

    /// The target's id of a source table: one that comes along, or the target's own of that name.
    QString mappedTable(const QString &sourceTableId) const
    {
        if (auto it = m_tableIds.constFind(sourceTableId); it != m_tableIds.cend())
            return *it;
        const Table *table = m_source.table(sourceTableId);
        const Table *present = table ? m_target.tableByName(m_source.schemaName(table->schemaId), table->name) : nullptr;
        return present ? present->id : QString();
    }

    /// Points the key at the target's tables; false (and a warning) when what it references is missing.
    bool pointAtTarget(ForeignKey &key, const Table &table, const QString &tableName)
    {
        const Table *referenced = m_source.table(key.referencedTableId);
        const QString referencedName = referenced ? m_source.qualifiedName(*referenced) : key.referencedTableId;
        if (m_tableIds.contains(key.referencedTableId)) {
            key.referencedTableId = m_tableIds.value(key.referencedTableId);
            return true; // the same columns come along
        }
        const Table *present = referenced ? m_target.tableByName(m_source.schemaName(referenced->schemaId), referenced->name) : nullptr;
        QStringList columns;
        for (const QString &id : std::as_const(key.referencedColumnIds)) {
            const Column *source = referenced ? referenced->column(id) : nullptr;
            const Column *column = present && source ? present->columnByName(source->name) : nullptr;
            if (column)
                columns << column->id;
        }
        if (present && columns.size() == key.referencedColumnIds.size()) {
            key.referencedTableId = present->id;
            key.referencedColumnIds = columns;
            return true;
        }
        const QString own = table.columnNames(key.columnIds).join(QStringLiteral(", "));
        const QString keyName = key.name.isEmpty() ? QStringLiteral("(%1)").arg(own) : key.name;
        m_out.diagnostics << note(Severity::Warning, QStringLiteral("merge.foreign-key"),
                                  QStringLiteral("the foreign key %1 of %2 references %3, which is not in the model: left out")
                                      .arg(keyName, tableName, referencedName),
                                  tableName + u'.' + (key.name.isEmpty() ? key.id : key.name),
                                  QStringLiteral("Add %1 to the model too").arg(referencedName));
        return false;
    }

    void addSequence(Sequence sequence)
    {
        const QString schemaName = m_source.schemaName(sequence.schemaId);
        for (const Sequence &present : m_target.sequences) {
            if (present.name == sequence.name && m_target.schemaName(present.schemaId) == schemaName)
                return; // the target has one of that name; the column's default names it as before
        }
        sequence.id = Model::uniqueId(sequence.id, m_takenSequences);
        m_takenSequences << sequence.id;
        sequence.schemaId = schemaFor(sequence.schemaId);
        sequence.ownedByTableId = m_tableIds.value(sequence.ownedByTableId);
        m_out.sequences << sequence;
    }

    const Model &m_target;
    const Model &m_source;
    MergedTables m_out;
    QHash<QString, QString> m_schemaIds, m_typeIds, m_tableIds; // source id -> target id
    QStringList m_takenTables, m_takenTypes, m_takenSchemas, m_takenSequences;
};

} // namespace

MergedTables ModelMerge::tablesInto(const Model &target, const Model &source, const QStringList &tableIds)
{
    return Merger(target, source).run(tableIds);
}

} // namespace strata::modeler

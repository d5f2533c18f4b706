#include "modeler/ui/ForeignKeyGuess.h"

#include "modeler/ui/ModelEdits.h"
#include "modeler/ui/ModelValidation.h"

namespace strata::modeler::ui {

namespace {

/// Names and ids a new constraint of the table must not take.
QStringList takenNames(const Table &t)
{
    QStringList names = ModelValidation::constraintNames(t);
    for (const ForeignKey &f : t.foreignKeys)
        names << f.id;
    for (const Index &i : t.indexes)
        names << i.id;
    return names;
}

/// The keys a foreign key can reference: the primary key, the UNIQUE constraints and the unique
/// indexes on plain columns (without a predicate), in that order.
QList<QStringList> referenceableKeys(const Table &t)
{
    QList<QStringList> keys;
    if (t.primaryKey && !t.primaryKey->columnIds.isEmpty())
        keys << t.primaryKey->columnIds;
    for (const KeyConstraint &u : t.uniques) {
        if (!u.columnIds.isEmpty())
            keys << u.columnIds;
    }
    for (const Index &i : t.indexes) {
        const bool plain =
            std::none_of(i.keys.begin(), i.keys.end(), [](const IndexKey &k) { return k.isExpression(); });
        if (i.unique && i.where.isEmpty() && !i.keys.isEmpty() && plain) {
            QStringList columns;
            for (const IndexKey &k : i.keys)
                columns << k.columnId;
            keys << columns;
        }
    }
    return keys;
}

/// The key a drop on `targetColumnId` means (any key when empty): the one-column key on it, else a
/// key with several columns that has it; without a column, a one-column key before a composite one.
QStringList chosenKey(const Table &target, const QString &targetColumnId)
{
    const QList<QStringList> keys = referenceableKeys(target);
    for (bool single : {true, false}) {
        for (const QStringList &k : keys) {
            const bool fits = targetColumnId.isEmpty() || k.contains(targetColumnId);
            if (fits && (k.size() == 1) == single)
                return k;
        }
    }
    return {};
}

bool compatible(const DataType &a, const DataType &b)
{
    return a.elementType().kind == b.elementType().kind || (a.isInteger() && b.isInteger());
}

/// The columns of `table` for each column of `key` of `target`: the dragged column for the key
/// column it was dropped on (or the one of its name, or the first of its type), the others by
/// name ("customer_id", or "customer_customer_id"); empty where nothing fits.
QStringList mapKey(const Table &table, const QString &columnId, const Table &target, const QStringList &key,
                   const QString &targetColumnId)
{
    QStringList mapped(key.size());
    const Column *dragged = table.column(columnId);
    for (int i = 0; i < key.size(); ++i) {
        const Column *k = target.column(key[i]);
        const Column *own = k ? table.columnByName(k->name) : nullptr;
        if (!own && k)
            own = table.columnByName(target.name + u'_' + k->name);
        if (own && own->id != columnId)
            mapped[i] = own->id;
    }
    int slot = int(key.indexOf(targetColumnId));
    for (int i = 0; i < key.size() && slot < 0; ++i) {
        if (const Column *k = target.column(key[i]); k && dragged && k->name == dragged->name)
            slot = i;
    }
    for (int i = 0; i < key.size() && slot < 0; ++i) {
        if (const Column *k = target.column(key[i]);
            mapped[i].isEmpty() && k && dragged && compatible(k->type, dragged->type))
            slot = i;
    }
    if (slot < 0)
        slot = std::max(0, int(mapped.indexOf(QString())));
    mapped[slot] = columnId;
    return mapped;
}

} // namespace

Result<ForeignKey> ForeignKeyGuess::fromDrag(const Model &model, const QString &tableId,
                                             const QString &columnId, const QString &targetTableId,
                                             const QString &targetColumnId)
{
    const Table *table = model.table(tableId);
    const Table *target = model.table(targetTableId);
    const Column *column = table ? table->column(columnId) : nullptr;
    if (!table || !target || !column)
        return Error(QStringLiteral("the column or the table is no longer in the model"));
    const bool self = tableId == targetTableId;
    if (self && targetColumnId.isEmpty())
        return Error(
            QStringLiteral("drop the column on a key column of its own table to make a self-reference"));
    QStringList key = chosenKey(*target, targetColumnId);
    if (key.isEmpty() && !self)
        key = chosenKey(*target, {}); // dropped on another row of the table: its key is meant
    if (key.isEmpty()) {
        if (self)
            return Error(
                QStringLiteral("drop the column on a key column of its own table to make a self-reference"));
        return Error(QStringLiteral("%1 has no primary key or unique key to reference")
                         .arg(model.qualifiedName(*target)),
                     SourcePlace{}, QStringLiteral("fk-no-key"));
    }
    if (key == QStringList{columnId} && self)
        return Error(QStringLiteral("a column cannot reference itself"));
    const QStringList columns =
        key.size() == 1 ? QStringList{columnId} : mapKey(*table, columnId, *target, key, targetColumnId);
    for (const ForeignKey &f : table->foreignKeys) {
        if (f.columnIds == columns && f.referencedTableId == targetTableId && f.referencedColumnIds == key)
            return Error(
                QStringLiteral("%1 already references %2").arg(column->name, model.qualifiedName(*target)));
    }
    ForeignKey fk;
    // Named as PostgreSQL names it: the table and its columns.
    QStringList names = table->columnNames(columns);
    names.removeAll(QString());
    fk.name = ModelEdits::freeName(table->name + u'_' + names.join(u'_') + QStringLiteral("_fkey"),
                                   takenNames(*table));
    fk.id = fk.name;
    fk.columnIds = columns;
    fk.referencedTableId = targetTableId;
    fk.referencedColumnIds = key;
    return fk;
}

} // namespace strata::modeler::ui

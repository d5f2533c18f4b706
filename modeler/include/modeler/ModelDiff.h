// What changed between two models: each object of either model paired with its counterpart, matched
// by id first and then by name (schema-qualified where objects live in schemas), so that an object
// renamed in the model is a rename, not a drop and a create. The migration writers turn this into SQL.
// A ModelDiff points into both models: they must outlive it.
#pragma once

#include "modeler/Model.h"

namespace strata::modeler {

/// An object and its counterpart: `from` null for a created object, `to` null for a dropped one.
template <typename T>
struct Change
{
    const T *from = nullptr;
    const T *to = nullptr;

    bool isCreated() const { return !from && to; }
    bool isDropped() const { return from && !to; }
    bool isMatched() const { return from && to; }
    bool isRenamed() const { return from && to && from->name != to->name; }
};

struct TableChange
{
    const Table *from = nullptr;
    const Table *to = nullptr;
    QList<Change<Column>> columns; ///< dropped ones first, then in the new table's order
    Change<KeyConstraint> primaryKey;
    QList<Change<KeyConstraint>> uniques;
    QList<Change<CheckConstraint>> checks;
    QList<Change<ForeignKey>> foreignKeys;
    QList<Change<Index>> indexes;

    /// The new table's id of an old table's column, or empty when the column is dropped.
    QString newColumnId(const QString &oldColumnId) const;
    const Column *newColumn(const QString &oldColumnId) const;
    /// The old column of a new one, or null when it is new.
    const Column *oldColumn(const QString &newColumnId) const;
};

class ModelDiff
{
public:
    static ModelDiff compare(const Model &from, const Model &to);

    const Model &from() const { return *m_from; }
    const Model &to() const { return *m_to; }

    QList<Change<Schema>> schemas;
    QList<Change<EnumType>> enums;
    QList<Change<Domain>> domains;
    QList<Change<Sequence>> sequences;
    QList<TableChange> tables; ///< dropped ones first, then in the new model's order
    QList<Change<View>> views;

    /// The change of a table by its id in the old model (or in the new one); null when unknown.
    const TableChange *tableByOldId(const QString &id) const;
    const TableChange *tableByNewId(const QString &id) const;

    // What counts as a change, with ids of both sides mapped onto the new model's.
    bool sameType(const DataType &oldType, const DataType &newType) const;
    /// Everything but name and comment: type, nullability, default, identity, generation, collation.
    bool sameColumn(const Column &oldColumn, const Column &newColumn) const;
    bool sameKey(const TableChange &table, const KeyConstraint &oldKey, const KeyConstraint &newKey) const;
    bool sameCheck(const CheckConstraint &oldCheck, const CheckConstraint &newCheck) const;
    bool sameForeignKey(const TableChange &table, const ForeignKey &oldKey, const ForeignKey &newKey) const;
    bool sameIndex(const TableChange &table, const Index &oldIndex, const Index &newIndex) const;
    bool sameView(const View &oldView, const View &newView) const;
    bool sameDomain(const Domain &oldDomain, const Domain &newDomain) const;

    /// No object created, dropped, renamed, moved or changed (comments included).
    bool isEmpty() const;

private:
    ModelDiff(const Model &from, const Model &to) : m_from(&from), m_to(&to) {}
    TableChange compareTable(const Table *from, const Table *to) const;
    /// The name of a type as both models would write it: enums and domains by qualified name.
    QString typeKey(const DataType &type, const Model &model) const;

    const Model *m_from;
    const Model *m_to;
};

} // namespace strata::modeler

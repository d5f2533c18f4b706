// A reference to any object of a model by id: what a lint finding, a diff step or a selection in the
// diagram points at. Child objects (columns, constraints, indexes) name their table too.
#pragma once

#include <QString>

namespace strata::modeler {

struct Model;

struct ObjectRef
{
    enum class Kind { None, Schema, Table, Column, PrimaryKey, Unique, Check, ForeignKey, Index, View, Enum, Domain, Sequence };

    Kind kind = Kind::None;
    QString id;      ///< the object's id; for child objects, the table's id
    QString childId; ///< for columns, constraints and indexes: their id within the table

    static ObjectRef table(const QString &tableId) { return {Kind::Table, tableId, {}}; }
    static ObjectRef child(Kind kind, const QString &tableId, const QString &childId) { return {kind, tableId, childId}; }

    bool isChild() const { return !childId.isEmpty(); }
    bool isValid() const { return kind != Kind::None; }
    bool operator==(const ObjectRef &) const = default;

    /// What a person reads: "shop.order", "shop.order.customer_id", "shop.order (foreign key order_customer_id_fkey)".
    QString path(const Model &model) const;
};

/// "table", "column", "foreign key", ...
QString objectKindName(ObjectRef::Kind kind);

} // namespace strata::modeler

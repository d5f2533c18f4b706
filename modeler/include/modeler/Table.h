// A table with its columns, constraints and indexes.
#pragma once

#include "modeler/CheckConstraint.h"
#include "modeler/Column.h"
#include "modeler/ForeignKey.h"
#include "modeler/Index.h"
#include "modeler/KeyConstraint.h"

#include <QList>

#include <optional>

namespace strata::modeler {

struct Table
{
    QString id;
    QString schemaId; ///< empty: the default schema (public in PostgreSQL, main in SQLite)
    QString name;
    QList<Column> columns;
    std::optional<KeyConstraint> primaryKey;
    QList<KeyConstraint> uniques;
    QList<CheckConstraint> checks;
    QList<ForeignKey> foreignKeys;
    QList<Index> indexes;
    QString comment;
    bool unlogged = false;
    bool withoutRowid = false;   ///< SQLite WITHOUT ROWID
    QString partitionKey;        ///< PARTITION BY clause without the keywords: "RANGE (payment_date)"
    QString partitionOfTableId;  ///< this table is a partition of that one
    QString partitionBound;      ///< FOR VALUES ... / DEFAULT, when a partition

    const Column *column(QStringView columnId) const;
    Column *column(QStringView columnId);
    const Column *columnByName(QStringView name) const;
    /// Column names for ids, in order; an id that does not resolve is given as is.
    QStringList columnNames(const QStringList &columnIds) const;
    bool isPrimaryKeyColumn(QStringView columnId) const;

    bool operator==(const Table &) const = default;
};

} // namespace strata::modeler

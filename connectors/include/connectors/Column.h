// A column of a result: its name and type, and the row type results are read in.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace strata::connectors {

struct Column
{
    QString name;
    /// PostgreSQL: the type as format_type() names it ("integer", "character varying"), for built-in
    /// types; empty for user-defined ones (typeOid still says which). SQLite: the declared type of
    /// the column the value comes from, empty for expressions.
    QString typeName;
    quint32 typeOid = 0; ///< PostgreSQL's pg_type OID; 0 for SQLite

    bool operator==(const Column &) const = default;
};

/// One row. A SQL NULL is a null QVariant (QVariant()); an empty string is a QString and is not null.
/// PostgreSQL values come as qlonglong (smallint, integer, bigint, oid), double (real, double precision),
/// bool, QByteArray (bytea) and QString for everything else (numeric too, to keep its digits).
/// SQLite values come as their storage class: qlonglong, double, QString or QByteArray.
using Row = QVariantList;

} // namespace strata::connectors

// What a connected database holds, as far as an editor and a catalog browser need it: schemas,
// tables and views with their columns and indexes, and functions. Read by CatalogReader; a plain
// value, safe to pass between threads.
#pragma once

#include "connectors/ConnectionSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::connectors {

struct CatalogColumn
{
    QString name;
    QString type; ///< as the database writes it: "integer", "character varying(40)", "TEXT"

    bool operator==(const CatalogColumn &) const = default;
};

struct CatalogIndex
{
    QString name;
    QString definition; ///< PostgreSQL: pg_get_indexdef(); SQLite: the CREATE INDEX, or "(a, b)" for its own indexes
    bool unique = false;
    bool primary = false; ///< the index of the primary key

    bool operator==(const CatalogIndex &) const = default;
};

struct CatalogTable
{
    QString schema; ///< PostgreSQL schema; SQLite database name ("main", "temp")
    QString name;
    QString kind; ///< "table", "view", "materialized view", "foreign table", "partitioned table"
    /// Reachable without its schema: on PostgreSQL's search_path; always for SQLite.
    bool visible = true;
    QList<CatalogColumn> columns;
    QList<CatalogIndex> indexes; ///< by name

    bool operator==(const CatalogTable &) const = default;
};

struct CatalogFunction
{
    QString schema;
    QString name;
    bool visible = true;

    bool operator==(const CatalogFunction &) const = default;
};

struct Catalog
{
    Dialect dialect = Dialect::Postgres;
    QStringList schemas;
    QList<CatalogTable> tables;
    QList<CatalogFunction> functions;

    /// The table or view `name` in `schema` (any visible one when `schema` is empty), matched as
    /// the dialect would: exactly when the name was quoted, else ignoring case. Null when not found.
    const CatalogTable *findTable(const QString &schema, const QString &name, bool quoted = false) const;
};

} // namespace strata::connectors

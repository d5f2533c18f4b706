// What a database holds, read from its own catalog (SQLite's pragma functions, PostgreSQL's
// pg_catalog): each table's columns and indexes. Index advice resolves a statement's columns to
// tables with it and leaves out candidates an index already serves.
#pragma once

#include <connectors/Session.h>

#include <strata/Result.h>

#include <QHash>
#include <QStringList>

namespace strata::workload {

struct CatalogIndex
{
    QString name;
    QString schema, table;
    QStringList columns;  ///< key columns in order; an expression key is "(expr)"
    bool unique = false;
    bool primary = false; ///< the primary key (SQLite's INTEGER PRIMARY KEY too, named after its table)
};

struct CatalogTable
{
    QString schema, name;
    QStringList columns;
    qint64 rows = 0; ///< an estimate for PostgreSQL (reltuples after ANALYZE), counted for SQLite
};

class DatabaseCatalog
{
public:
    static Result<DatabaseCatalog> read(connectors::Session &session);

    QList<CatalogTable> tables;
    QList<CatalogIndex> indexes;

    /// The table of that name (a schema, when given, must match; names compare ignoring case).
    const CatalogTable *table(const QString &schema, const QString &name) const;
    QList<const CatalogIndex *> indexesOf(const CatalogTable &table) const;

private:
    static Result<DatabaseCatalog> readSqlite(connectors::Session &session);
    static Result<DatabaseCatalog> readPostgres(connectors::Session &session);
};

} // namespace strata::workload

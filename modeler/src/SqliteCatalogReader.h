// Reads the model from the catalog of a SQLite database: sqlite_schema for the objects,
// pragma table_xinfo, table_list, index_list, index_xinfo and foreign_key_list and
// sqlite3_table_column_metadata() for their structure, and the CREATE statements SQLite keeps for
// what the pragmas do not say (SqliteSchemaText).
#pragma once

#include "ModelBuilder.h"
#include "SqliteSchemaText.h"

#include <QVariant>

#include <functional>

struct sqlite3;

namespace strata::modeler {

class SqliteCatalogReader
{
public:
    /// `placeOf` gives the line of the statement that created an object, for diagnostics.
    SqliteCatalogReader(sqlite3 *db, ModelBuilder &builder, std::function<SourcePlace(const QString &)> placeOf);

    void read();

private:
    using Row = QList<QVariant>;
    /// The rows of a query with bound parameters (?1, ?2, ...).
    QList<Row> query(const char *sql, const QStringList &parameters = {}) const;

    void readTable(const QString &name, const QByteArray &sql);
    void readColumns(Table &table, const SqliteSchemaText::Table &text, const SourcePlace &place);
    void readKeys(Table &table, const SqliteSchemaText::Table &text, const SourcePlace &place);
    void readChecks(Table &table, const SqliteSchemaText::Table &text);
    void readForeignKeys(int tableIndex, const SqliteSchemaText::Table &text, const SourcePlace &place);
    void readIndex(const QString &name, const QString &tableName, const QByteArray &sql);
    void readView(const QString &name, const QByteArray &sql);

    sqlite3 *m_db;
    ModelBuilder &m_builder;
    std::function<SourcePlace(const QString &)> m_placeOf;
};

} // namespace strata::modeler

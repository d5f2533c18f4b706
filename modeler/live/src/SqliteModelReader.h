// SQLite reverse engineering: tables, views and indexes from sqlite_schema, their columns, keys and
// indexes from the pragmas (table_xinfo, foreign_key_list, index_list, index_xinfo); what the pragmas
// do not say (constraint names, CHECKs, generated expressions, collations, deferrable keys,
// AUTOINCREMENT, WITHOUT ROWID, the comments Strata writes) from the CREATE statements SQLite keeps.
#pragma once

#include "CatalogRows.h"

#include "modeler/live/LiveModelReader.h"

namespace strata::modeler::live {

class SqliteTableText;

class SqliteModelReader
{
public:
    SqliteModelReader(connectors::Session &session, const ReverseOptions &options, TaskControl *control);
    Result<ReverseResult> read();

private:
    Result<CatalogRows> query(const QString &sql, const QString &parameter = {});
    Result<void> readTable(const QString &name, const QString &sql);
    Result<void> readColumns(Table &table, const SqliteTableText &text);
    Result<void> readForeignKeys(Table &table, const SqliteTableText &text);
    Result<void> readIndexes(Table &table, const SqliteTableText &text);
    void warn(const QString &path, const QString &message, const QString &code = QStringLiteral("reverse.unsupported"));

    connectors::Session &m_session;
    ReverseOptions m_options;
    TaskControl *m_control;
    ReverseResult m_result;
    QHash<QString, QString> m_indexSql; // index name -> CREATE INDEX
};

} // namespace strata::modeler::live

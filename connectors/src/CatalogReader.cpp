#include "connectors/CatalogReader.h"

#include <QHash>

namespace strata::connectors {

namespace {

struct Queries
{
    const char *schemas, *tables, *columns, *functions, *indexes;
};

// Temporary schemas, TOAST and the catalogs' own tables are not what anyone types in an editor; the
// catalogs' views (pg_stat_activity ...) are.
const Queries postgres = {
    "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_(toast|temp_)' ORDER BY 1",
    "SELECT n.nspname, c.relname, c.relkind::text, pg_catalog.pg_table_is_visible(c.oid) "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND n.nspname !~ '^pg_(toast|temp_)' ORDER BY 1, 2",
    "SELECT n.nspname, c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) "
    "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'f', 'p') "
    "AND n.nspname !~ '^pg_(toast|temp_)' ORDER BY 1, 2, a.attnum",
    "SELECT DISTINCT n.nspname, p.proname, pg_catalog.pg_function_is_visible(p.oid) "
    "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname !~ '^pg_(toast|temp_)' ORDER BY 1, 2",
    // The system catalogs' own indexes are left out: nobody browses them.
    "SELECT n.nspname, t.relname, i.relname, pg_catalog.pg_get_indexdef(i.oid), x.indisunique, x.indisprimary "
    "FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid "
    "JOIN pg_catalog.pg_class t ON t.oid = x.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
    "WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1, 2, 3",
};

const Queries sqlite = {
    "SELECT name FROM pragma_database_list WHERE name IN ('main', 'temp') ORDER BY seq",
    "SELECT 'main', name, type, 1 FROM main.sqlite_schema WHERE type IN ('table', 'view') "
    "UNION ALL SELECT 'temp', name, type, 1 FROM temp.sqlite_schema WHERE type IN ('table', 'view') ORDER BY "
    "1, 2",
    "SELECT 'main', m.name, p.name, p.type FROM main.sqlite_schema m JOIN pragma_table_info(m.name) p "
    "WHERE m.type IN ('table', 'view') ORDER BY 1, 2, p.cid",
    "SELECT DISTINCT '', name, 1 FROM pragma_function_list ORDER BY 2",
    // SQLite's own indexes (of a PRIMARY KEY or UNIQUE) have no CREATE statement: their columns stand in.
    "SELECT 'main', m.name, l.name, COALESCE(s.sql, '(' || (SELECT group_concat(i.name, ', ') "
    "FROM pragma_index_info(l.name) i) || ')'), l.\"unique\", l.origin = 'pk' "
    "FROM main.sqlite_schema m JOIN pragma_index_list(m.name) l "
    "LEFT JOIN main.sqlite_schema s ON s.type = 'index' AND s.name = l.name "
    "WHERE m.type = 'table' ORDER BY 1, 2, 3",
};

QString kindName(const QString &code)
{
    static const QHash<QString, QString> names = {{QStringLiteral("r"), QStringLiteral("table")},
                                                  {QStringLiteral("v"), QStringLiteral("view")},
                                                  {QStringLiteral("m"), QStringLiteral("materialized view")},
                                                  {QStringLiteral("f"), QStringLiteral("foreign table")},
                                                  {QStringLiteral("p"), QStringLiteral("partitioned table")}};
    return names.value(code, code); // SQLite says "table" and "view" itself
}

bool isTrue(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? value.toBool() : value.toLongLong() != 0;
}

Result<QList<Row>> rowsOf(Session &session, const char *sql, TaskControl *control, int step)
{
    if (TaskControl::cancelled(control))
        return Error(QStringLiteral("reading the catalog was cancelled"), {}, QLatin1String(cancelledCode));
    TaskControl::report(control, step, 5, QStringLiteral("reading the catalog"));
    ExecOptions options;
    options.control = control;
    options.source = QStringLiteral("catalog query");
    auto result = session.query(QString::fromLatin1(sql), {}, options);
    if (!result)
        return result.error();
    return result->rows;
}

} // namespace

Result<Catalog> CatalogReader::read(Session &session, TaskControl *control)
{
    const Queries &q = session.dialect() == Dialect::Postgres ? postgres : sqlite;
    Catalog catalog;
    catalog.dialect = session.dialect();
    auto schemas = rowsOf(session, q.schemas, control, 0);
    auto tables = schemas ? rowsOf(session, q.tables, control, 1) : schemas;
    auto columns = tables ? rowsOf(session, q.columns, control, 2) : tables;
    auto functions = columns ? rowsOf(session, q.functions, control, 3) : columns;
    auto indexes = functions ? rowsOf(session, q.indexes, control, 4) : functions;
    if (!indexes)
        return indexes.error();
    for (const Row &row : *schemas)
        catalog.schemas.append(row[0].toString());
    QHash<QPair<QString, QString>, qsizetype> tableIndex;
    for (const Row &row : *tables) {
        tableIndex.insert({row[0].toString(), row[1].toString()}, catalog.tables.size());
        catalog.tables.append(
            {row[0].toString(), row[1].toString(), kindName(row[2].toString()), isTrue(row[3]), {}, {}});
    }
    for (const Row &row : *columns) {
        const qsizetype table = tableIndex.value({row[0].toString(), row[1].toString()}, -1);
        if (table >= 0)
            catalog.tables[table].columns.append({row[2].toString(), row[3].toString()});
    }
    for (const Row &row : *functions)
        catalog.functions.append({row[0].toString(), row[1].toString(), isTrue(row[2])});
    for (const Row &row : *indexes) {
        const qsizetype table = tableIndex.value({row[0].toString(), row[1].toString()}, -1);
        if (table >= 0)
            catalog.tables[table].indexes.append({row[2].toString(), row[3].toString(), isTrue(row[4]), isTrue(row[5])});
    }
    TaskControl::report(control, 5, 5, QStringLiteral("reading the catalog"));
    return catalog;
}

} // namespace strata::connectors

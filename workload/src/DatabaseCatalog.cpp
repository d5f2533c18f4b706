#include "DatabaseCatalog.h"

namespace strata::workload {

using namespace strata::connectors;

namespace {

Result<QList<Row>> rows(Session &session, const QString &sql, const Row &params = {})
{
    auto result = session.query(sql, params);
    if (!result)
        return result.error();
    return result->rows;
}

} // namespace

const CatalogTable *DatabaseCatalog::table(const QString &schema, const QString &name) const
{
    for (const CatalogTable &t : tables)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0 && (schema.isEmpty() || t.schema.compare(schema, Qt::CaseInsensitive) == 0))
            return &t;
    return nullptr;
}

QList<const CatalogIndex *> DatabaseCatalog::indexesOf(const CatalogTable &table) const
{
    QList<const CatalogIndex *> out;
    for (const CatalogIndex &i : indexes)
        if (i.table == table.name && i.schema == table.schema)
            out << &i;
    return out;
}

Result<DatabaseCatalog> DatabaseCatalog::read(Session &session)
{
    return session.dialect() == connectors::Dialect::Sqlite ? readSqlite(session) : readPostgres(session);
}

Result<DatabaseCatalog> DatabaseCatalog::readSqlite(Session &session)
{
    DatabaseCatalog out;
    auto tables = rows(session, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
    if (!tables)
        return tables.error();
    for (const Row &t : std::as_const(*tables)) {
        CatalogTable table{QString(), t[0].toString(), {}, 0};
        auto columns = rows(session, QStringLiteral("SELECT name, pk, type FROM pragma_table_info(?1) ORDER BY cid"), {table.name});
        auto count = rows(session, QStringLiteral("SELECT count(*) FROM %1").arg(session.quoteIdentifier(table.name)));
        if (!columns || !count)
            return columns ? count.error() : columns.error();
        table.rows = count->value(0).value(0).toLongLong();
        QStringList primary;
        for (const Row &c : std::as_const(*columns)) {
            table.columns << c[0].toString();
            if (c[1].toInt() > 0)
                primary << c[0].toString();
        }
        // An INTEGER PRIMARY KEY is the rowid: no index in pragma_index_list, yet it serves lookups.
        if (primary.size() == 1)
            for (const Row &c : std::as_const(*columns))
                if (c[0].toString() == primary.first() && c[2].toString().compare(u"INTEGER", Qt::CaseInsensitive) == 0)
                    out.indexes << CatalogIndex{table.name, QString(), table.name, primary, true, true};
        auto indexes = rows(session, QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list(?1)"), {table.name});
        if (!indexes)
            return indexes.error();
        for (const Row &i : std::as_const(*indexes)) {
            CatalogIndex index{i[0].toString(), QString(), table.name, {}, i[1].toInt() != 0, i[2].toString() == u"pk"};
            auto keys = rows(session, QStringLiteral("SELECT name FROM pragma_index_info(?1) ORDER BY seqno"), {index.name});
            if (!keys)
                return keys.error();
            for (const Row &k : std::as_const(*keys))
                index.columns << (k[0].isNull() ? QStringLiteral("(expression)") : k[0].toString());
            out.indexes << index;
        }
        out.tables << table;
    }
    return out;
}

Result<DatabaseCatalog> DatabaseCatalog::readPostgres(Session &session)
{
    DatabaseCatalog out;
    auto columns = rows(session, QStringLiteral(
        "SELECT n.nspname, c.relname, a.attname, c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
        "ORDER BY n.nspname, c.relname, a.attnum"));
    if (!columns)
        return columns.error();
    for (const Row &r : std::as_const(*columns)) {
        if (out.tables.isEmpty() || out.tables.last().schema != r[0].toString() || out.tables.last().name != r[1].toString())
            out.tables << CatalogTable{r[0].toString(), r[1].toString(), {}, std::max<qint64>(r[3].toLongLong(), 0)};
        out.tables.last().columns << r[2].toString();
    }
    auto indexes = rows(session, QStringLiteral(
        "SELECT n.nspname, t.relname, i.relname, x.indisunique, x.indisprimary, "
        "array_to_string(ARRAY(SELECT coalesce(a.attname, '(expression)') FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o) "
        "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o), chr(31)) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2, 3"));
    if (!indexes)
        return indexes.error();
    for (const Row &r : std::as_const(*indexes))
        out.indexes << CatalogIndex{r[2].toString(), r[0].toString(), r[1].toString(), r[5].toString().split(QChar(31)),
                                    r[3].toBool() || r[3].toString() == u"t", r[4].toBool() || r[4].toString() == u"t"};
    return out;
}

} // namespace strata::workload

#include "SqliteCatalogReader.h"

#include "modeler/TypeMapping.h"

#include <sqlite3.h>

namespace strata::modeler {

namespace {

using TextConstraint = SqliteSchemaText::Constraint;

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// The first constraint of the text of that kind on those columns (and that table) not taken yet.
const TextConstraint *takeMatching(QList<bool> &taken, const QList<TextConstraint> &constraints, TextConstraint::Kind kind,
                                   const QStringList &columns, const QString &referencedTable = {})
{
    while (taken.size() < constraints.size())
        taken << false;
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const TextConstraint &k = constraints[i];
        if (!taken[i] && k.kind == kind && sameNames(k.columns, columns) &&
            (referencedTable.isEmpty() || k.referencedTable.compare(referencedTable, Qt::CaseInsensitive) == 0)) {
            taken[i] = true;
            return &k;
        }
    }
    return nullptr;
}

ReferentialAction action(const QString &text)
{
    if (text == u"RESTRICT")
        return ReferentialAction::Restrict;
    if (text == u"CASCADE")
        return ReferentialAction::Cascade;
    if (text == u"SET NULL")
        return ReferentialAction::SetNull;
    if (text == u"SET DEFAULT")
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

QString columnCollation(sqlite3 *db, const QString &table, const QString &column, bool *autoIncrement)
{
    const char *collation = nullptr;
    int autoinc = 0;
    sqlite3_table_column_metadata(db, "main", table.toUtf8().constData(), column.toUtf8().constData(), nullptr, &collation,
                                  nullptr, nullptr, &autoinc);
    *autoIncrement = autoinc != 0;
    const QString c = QString::fromUtf8(collation ? collation : "BINARY");
    return c.compare(u"BINARY", Qt::CaseInsensitive) == 0 ? QString() : c;
}

} // namespace

SqliteCatalogReader::SqliteCatalogReader(sqlite3 *db, ModelBuilder &builder, std::function<SourcePlace(const QString &)> placeOf)
    : m_db(db), m_builder(builder), m_placeOf(std::move(placeOf))
{
}

QList<SqliteCatalogReader::Row> SqliteCatalogReader::query(const char *sql, const QStringList &parameters) const
{
    QList<Row> out;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return out;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QByteArray value = parameters[i].toUtf8();
        sqlite3_bind_text(statement, int(i) + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        Row row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            switch (sqlite3_column_type(statement, i)) {
            case SQLITE_NULL: row << QVariant(); break;
            case SQLITE_INTEGER: row << QVariant(qint64(sqlite3_column_int64(statement, i))); break;
            default:
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)),
                                         sqlite3_column_bytes(statement, i));
            }
        }
        out << row;
    }
    sqlite3_finalize(statement);
    return out;
}

void SqliteCatalogReader::read()
{
    const QList<Row> objects = query("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                                     "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
    // Tables first: indexes belong to them and views may be read in any order.
    for (const char *kind : {"table", "index", "view"}) {
        for (const Row &o : objects) {
            const QString type = o[0].toString();
            if (type != QLatin1String(kind))
                continue;
            const QByteArray sql = o[3].toString().toUtf8();
            if (type == u"table")
                readTable(o[1].toString(), sql);
            else if (type == u"index")
                readIndex(o[1].toString(), o[2].toString(), sql);
            else
                readView(o[1].toString(), sql);
        }
    }
}

void SqliteCatalogReader::readTable(const QString &name, const QByteArray &sql)
{
    const SqliteSchemaText::Table text = SqliteSchemaText::table(sql);
    SourcePlace place = m_placeOf(name);
    place.path = name;
    Table t;
    t.name = name;
    t.comment = text.comment;
    const QList<Row> kind = query("SELECT wr, strict FROM pragma_table_list(?1) WHERE schema = 'main'", {name});
    t.withoutRowid = !kind.isEmpty() && kind[0][0].toInt() != 0;
    if (!kind.isEmpty() && kind[0][1].toInt() != 0)
        m_builder.report(Severity::Warning, QStringLiteral("import.unsupported"),
                         QStringLiteral("STRICT is not modelled: %1 is modelled as an ordinary table").arg(name), place);
    readColumns(t, text, place);
    readKeys(t, text, place);
    readChecks(t, text);
    const int index = m_builder.addTable(std::move(t), place);
    if (index >= 0)
        readForeignKeys(index, text, place);
}

void SqliteCatalogReader::readColumns(Table &t, const SqliteSchemaText::Table &text, const SourcePlace &place)
{
    const QList<Row> columns = query("SELECT name, type, \"notnull\", dflt_value, hidden FROM pragma_table_xinfo(?1) ORDER BY cid", {t.name});
    for (const Row &row : columns) {
        Column c;
        c.id = c.name = row[0].toString();
        SourcePlace at = place;
        at.path = t.name + u'.' + c.name;
        QString warning;
        c.type = TypeMapping::fromSqlite(row[1].toString(), &warning);
        if (!warning.isEmpty())
            m_builder.report(Severity::Warning, QStringLiteral("import.type"), warning, at);
        c.nullable = row[2].toInt() == 0;
        c.defaultExpr = row[3].toString();
        bool autoIncrement = false;
        c.collation = columnCollation(m_db, t.name, c.name, &autoIncrement);
        if (autoIncrement) { // INTEGER PRIMARY KEY AUTOINCREMENT: a rowid, never null
            c.identity = Identity::ByDefault;
            c.nullable = false;
        }
        for (const SqliteSchemaText::Column &written : text.columns) {
            if (written.name.compare(c.name, Qt::CaseInsensitive) != 0)
                continue;
            c.comment = written.comment;
            if (row[4].toInt() >= 2) {
                c.generatedExpr = written.generated;
                if (written.generatedVirtual || row[4].toInt() == 2)
                    m_builder.report(Severity::Warning, QStringLiteral("import.unsupported"),
                                     QStringLiteral("a VIRTUAL generated column is modelled as STORED"), at);
            }
        }
        t.columns << c;
    }
}

void SqliteCatalogReader::readKeys(Table &t, const SqliteSchemaText::Table &text, const SourcePlace &place)
{
    QList<bool> taken;
    QStringList pk;
    const QList<Row> keyColumns = query("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk", {t.name});
    for (const Row &row : keyColumns)
        pk << row[0].toString();
    if (!pk.isEmpty()) {
        const TextConstraint *written = takeMatching(taken, text.constraints, TextConstraint::Kind::PrimaryKey, pk);
        KeyConstraint key;
        key.name = written ? written->name : QString();
        key.id = key.name.isEmpty() ? QStringLiteral("pk") : key.name;
        key.columnIds = pk;
        key.comment = written ? written->comment : QString();
        t.primaryKey = key;
    }
    const QList<Row> uniques = query("SELECT name FROM pragma_index_list(?1) WHERE origin = 'u' ORDER BY name", {t.name});
    for (const Row &u : uniques) {
        QStringList columns;
        for (const Row &c : query("SELECT name FROM pragma_index_info(?1) ORDER BY seqno", {u[0].toString()}))
            columns << c[0].toString();
        const TextConstraint *written = takeMatching(taken, text.constraints, TextConstraint::Kind::Unique, columns);
        KeyConstraint key;
        key.name = written ? written->name : QString();
        QStringList ids;
        for (const KeyConstraint &k : t.uniques)
            ids << k.id;
        key.id = ModelBuilder::childId(key.name, QStringLiteral("unique"), ids);
        key.columnIds = m_builder.columnIds(t, columns, QStringLiteral("a unique constraint"), place);
        key.comment = written ? written->comment : QString();
        t.uniques << key;
    }
}

void SqliteCatalogReader::readChecks(Table &t, const SqliteSchemaText::Table &text)
{
    for (const TextConstraint &k : text.constraints) {
        if (k.kind != TextConstraint::Kind::Check)
            continue;
        QStringList ids;
        for (const CheckConstraint &c : t.checks)
            ids << c.id;
        t.checks << CheckConstraint{ModelBuilder::childId(k.name, QStringLiteral("check"), ids), k.name, k.expression, false, k.comment};
    }
}

void SqliteCatalogReader::readForeignKeys(int tableIndex, const SqliteSchemaText::Table &text, const SourcePlace &place)
{
    // SQLite numbers foreign keys from the last one written: descending ids give the script's order.
    const QList<Row> rows = query("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                                  "FROM pragma_foreign_key_list(?1) ORDER BY id DESC, seq",
                                  {m_builder.table(tableIndex).name});
    QList<bool> taken;
    for (qsizetype i = 0; i < rows.size();) {
        const qint64 id = rows[i][0].toLongLong();
        PendingForeignKey pending;
        pending.tableIndex = tableIndex;
        pending.place = place;
        pending.referencedTable = rows[i][1].toString();
        QStringList from, to;
        bool toPrimaryKey = false;
        for (; i < rows.size() && rows[i][0].toLongLong() == id; ++i) {
            from << rows[i][2].toString();
            to << rows[i][3].toString();
            toPrimaryKey |= rows[i][3].isNull();
        }
        const Row &first = rows[i - 1];
        ForeignKey &k = pending.key;
        k.onUpdate = action(first[4].toString());
        k.onDelete = action(first[5].toString());
        k.match = first[6].toString().compare(u"FULL", Qt::CaseInsensitive) == 0 ? MatchType::Full : MatchType::Simple;
        if (const TextConstraint *written = takeMatching(taken, text.constraints, TextConstraint::Kind::ForeignKey, from,
                                                         pending.referencedTable)) {
            k.name = written->name;
            k.deferrable = written->deferrable || written->initiallyDeferred;
            k.initiallyDeferred = written->initiallyDeferred;
            k.comment = written->comment;
        }
        k.columnIds = m_builder.columnIds(m_builder.table(tableIndex), from, QStringLiteral("a foreign key"), place);
        if (!toPrimaryKey)
            pending.referencedColumns = to;
        if (!k.columnIds.isEmpty())
            m_builder.addForeignKey(std::move(pending));
    }
}

void SqliteCatalogReader::readIndex(const QString &name, const QString &tableName, const QByteArray &sql)
{
    const int tableIndex = m_builder.findTable({}, tableName);
    if (tableIndex < 0)
        return;
    const Table &table = m_builder.table(tableIndex);
    SourcePlace place = m_placeOf(name);
    place.path = table.name;
    const SqliteSchemaText::Index text = SqliteSchemaText::index(sql);
    Index index;
    index.name = name;
    const QList<Row> unique = query("SELECT \"unique\" FROM pragma_index_list(?1) WHERE name = ?2", {tableName, name});
    index.unique = !unique.isEmpty() && unique[0][0].toInt() != 0;
    index.where = text.where;
    const QList<Row> keys = query("SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?1) WHERE key = 1 ORDER BY seqno", {name});
    for (qsizetype i = 0; i < keys.size(); ++i) {
        IndexKey key;
        const Column *column = keys[i][0].toInt() >= 0 ? table.columnByName(keys[i][1].toString()) : nullptr;
        if (column)
            key.columnId = column->id;
        else
            key.expression = keys[i][0].toInt() == -1 ? QStringLiteral("rowid") : text.keys.value(i).expression;
        key.descending = keys[i][2].toInt() != 0;
        // Only a collation the key names itself: the column's own is the default.
        const QString collation = keys[i][3].toString();
        const QString own = column && !column->collation.isEmpty() ? column->collation : QStringLiteral("BINARY");
        if (collation.compare(own, Qt::CaseInsensitive) != 0)
            key.collation = collation;
        index.keys << key;
    }
    m_builder.addIndex(tableIndex, std::move(index), place);
}

void SqliteCatalogReader::readView(const QString &name, const QByteArray &sql)
{
    const SqliteSchemaText::View text = SqliteSchemaText::view(sql);
    View view;
    view.name = name;
    view.columnNames = text.columnNames;
    view.definition = text.query;
    view.dialect = Dialect::Sqlite;
    m_builder.addView(std::move(view), m_placeOf(name));
}

} // namespace strata::modeler

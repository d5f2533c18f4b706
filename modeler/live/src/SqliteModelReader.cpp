#include "SqliteModelReader.h"

#include "SqliteTableText.h"

#include <modeler/TypeMapping.h>

namespace strata::modeler::live {

namespace {

using CKind = SqliteConstraintText::Kind;

ReferentialAction action(const QString &text)
{
    const QString a = text.toUpper();
    if (a == u"RESTRICT")
        return ReferentialAction::Restrict;
    if (a == u"CASCADE")
        return ReferentialAction::Cascade;
    if (a == u"SET NULL")
        return ReferentialAction::SetNull;
    if (a == u"SET DEFAULT")
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

// The text after the top-level AS of CREATE VIEW, and the view's column list if it has one.
QString viewQuery(const QString &sql, QStringList *columnNames)
{
    const QList<SqliteToken> tokens = SqliteTokens::split(sql);
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol(u'(')) {
            for (const auto &[b, e] : SqliteTokens::items(tokens, i)) {
                if (b < e)
                    *columnNames << tokens[b].name();
            }
            i = SqliteTokens::closing(tokens, i);
            if (i < 0)
                break;
        } else if (tokens[i].is("AS")) {
            QString query = sql.mid(tokens[i].end).trimmed();
            while (query.endsWith(u';'))
                query.chop(1);
            return query;
        }
    }
    return {};
}

} // namespace

SqliteModelReader::SqliteModelReader(connectors::Session &session, const ReverseOptions &options, TaskControl *control)
    : m_session(session), m_options(options), m_control(control)
{
}

void SqliteModelReader::warn(const QString &path, const QString &message, const QString &code)
{
    Diagnostic d;
    d.code = code;
    d.message = message;
    d.place.path = path;
    m_result.diagnostics << d;
}

Result<CatalogRows> SqliteModelReader::query(const QString &sql, const QString &parameter)
{
    connectors::ExecOptions options;
    options.control = m_control;
    options.source = QStringLiteral("catalog query");
    auto result = m_session.query(sql, parameter.isNull() ? connectors::Row{} : connectors::Row{parameter}, options);
    if (!result)
        return result.error();
    return CatalogRows(std::move(*result));
}

Result<ReverseResult> SqliteModelReader::read()
{
    if (!m_options.schemas.isEmpty())
        warn({}, QStringLiteral("SQLite has no schemas: --schema is not used"));
    auto objects = query(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"));
    if (!objects)
        return objects.error();
    QList<std::pair<QString, QString>> tables;
    for (int r = 0; r < objects->size(); ++r) {
        const QString type = objects->text(r, "type"), name = objects->text(r, "name"), sql = objects->text(r, "sql");
        if (type == u"index" && !sql.isEmpty())
            m_indexSql.insert(name, sql);
        else if (type == u"trigger")
            warn(objects->text(r, "tbl_name") + u'.' + name, QStringLiteral("trigger left out: the model holds no triggers"));
        else if (type == u"table" && sql.startsWith(QStringLiteral("CREATE VIRTUAL"), Qt::CaseInsensitive))
            warn(name, QStringLiteral("virtual table left out: the model holds no virtual tables"));
        else if (type == u"table")
            tables.append({name, sql});
        else if (type == u"view") {
            View v;
            v.id = v.name = name;
            v.definition = viewQuery(sql, &v.columnNames);
            v.dialect = Dialect::Sqlite;
            m_result.model.views << v;
        }
    }
    for (int i = 0; i < tables.size(); ++i) {
        if (TaskControl::cancelled(m_control))
            return Error(QStringLiteral("reverse engineering cancelled"), {}, QString::fromLatin1(cancelledCode));
        TaskControl::report(m_control, i, tables.size(), tables[i].first);
        auto read = readTable(tables[i].first, tables[i].second);
        if (!read)
            return read.error();
    }
    m_result.model.name = m_options.modelName.isEmpty() ? m_session.displayName() : m_options.modelName;
    return std::move(m_result);
}

Result<void> SqliteModelReader::readTable(const QString &name, const QString &sql)
{
    const SqliteTableText text(sql);
    Table table;
    table.id = table.name = name;
    table.withoutRowid = text.withoutRowid;
    table.comment = text.comment;
    auto columns = readColumns(table, text);
    if (!columns)
        return columns;
    int checks = 0;
    for (const SqliteConstraintText &c : text.constraints) {
        if (c.kind == CKind::Check) {
            const QString id = c.name.isEmpty() ? QStringLiteral("%1_check%2").arg(name).arg(++checks) : c.name;
            table.checks << CheckConstraint{id, c.name, c.expression, false, c.comment};
        }
    }
    m_result.model.tables << table; // foreign keys and indexes: once every table is known
    Table &stored = m_result.model.tables.last();
    auto keys = readForeignKeys(stored, text);
    if (!keys)
        return keys;
    return readIndexes(stored, text);
}

Result<void> SqliteModelReader::readColumns(Table &table, const SqliteTableText &text)
{
    auto rows = query(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1) ORDER BY cid"), table.name);
    if (!rows)
        return rows.error();
    QMap<qint64, QString> keyColumns;
    for (int r = 0; r < rows->size(); ++r) {
        Column c;
        c.id = c.name = rows->text(r, "name");
        QString warning;
        c.type = TypeMapping::fromSqlite(rows->text(r, "type"), &warning);
        if (!warning.isEmpty())
            warn(table.name + u'.' + c.name, warning, QStringLiteral("reverse.type"));
        c.nullable = !rows->flag(r, "notnull");
        c.defaultExpr = rows->text(r, "dflt_value");
        const SqliteColumnText *written = text.column(c.name);
        if (written) {
            c.collation = written->collation;
            c.comment = written->comment;
            c.generatedExpr = written->generated;
            if (written->autoincrement) {
                c.identity = Identity::ByDefault;
                c.nullable = false; // a rowid is never null
            }
            if (!written->generated.isEmpty() && !written->stored)
                warn(table.name + u'.' + c.name, QStringLiteral("a VIRTUAL generated column is modelled as STORED"));
        }
        if (const qint64 pk = rows->number(r, "pk"); pk > 0)
            keyColumns.insert(pk, c.id);
        table.columns << c;
    }
    if (!keyColumns.isEmpty()) {
        KeyConstraint pk;
        pk.columnIds = keyColumns.values();
        const SqliteConstraintText *written = text.constraint(CKind::PrimaryKey, pk.columnIds);
        pk.name = written ? written->name : QString();
        pk.comment = written ? written->comment : QString();
        pk.id = pk.name.isEmpty() ? table.name + QStringLiteral("_pkey") : pk.name;
        table.primaryKey = pk;
    }
    return Result<void>::success();
}

Result<void> SqliteModelReader::readForeignKeys(Table &table, const SqliteTableText &text)
{
    auto rows = query(QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                                     "FROM pragma_foreign_key_list(?1) ORDER BY id DESC, seq"), table.name);
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->size();) {
        ForeignKey k;
        const qint64 id = rows->number(r, "id");
        const QString target = rows->text(r, "table");
        k.onUpdate = action(rows->text(r, "on_update"));
        k.onDelete = action(rows->text(r, "on_delete"));
        k.match = rows->text(r, "match").toUpper() == u"FULL" ? MatchType::Full : MatchType::Simple;
        for (; r < rows->size() && rows->number(r, "id") == id; ++r) {
            k.columnIds << rows->text(r, "from");
            if (!rows->isNull(r, "to"))
                k.referencedColumnIds << rows->text(r, "to");
        }
        k.referencedTableId = target;
        const SqliteConstraintText *written = text.constraint(CKind::ForeignKey, k.columnIds, target);
        if (written) {
            k.name = written->name;
            k.deferrable = written->deferrable;
            k.initiallyDeferred = written->initiallyDeferred;
            k.comment = written->comment;
        }
        k.id = k.name.isEmpty() ? QStringLiteral("%1_%2_fkey").arg(table.name, k.columnIds.join(u'_')) : k.name;
        table.foreignKeys << k;
    }
    return Result<void>::success();
}

Result<void> SqliteModelReader::readIndexes(Table &table, const SqliteTableText &text)
{
    auto list = query(QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1) ORDER BY name"), table.name);
    if (!list)
        return list.error();
    for (int r = 0; r < list->size(); ++r) {
        const QString name = list->text(r, "name"), origin = list->text(r, "origin");
        if (origin == u"pk")
            continue;
        auto keys = query(QStringLiteral("SELECT name, \"desc\", coll, cid FROM pragma_index_xinfo(?1) WHERE key ORDER BY seqno"), name);
        if (!keys)
            return keys.error();
        if (origin == u"u") {
            KeyConstraint u;
            for (int k = 0; k < keys->size(); ++k)
                u.columnIds << keys->text(k, "name");
            const SqliteConstraintText *written = text.constraint(CKind::Unique, u.columnIds);
            u.name = written ? written->name : QString();
            u.comment = written ? written->comment : QString();
            u.id = u.name.isEmpty() ? QStringLiteral("%1_%2_key").arg(table.name, u.columnIds.join(u'_')) : u.name;
            table.uniques << u;
            continue;
        }
        Index index;
        index.id = index.name = name;
        index.unique = list->flag(r, "unique");
        const QString sql = m_indexSql.value(name);
        const QList<SqliteToken> tokens = SqliteTokens::split(sql);
        int open = 0;
        while (open < tokens.size() && !tokens[open].isSymbol(u'('))
            ++open;
        const QList<std::pair<int, int>> items = SqliteTokens::items(tokens, open);
        for (int k = 0; k < keys->size(); ++k) {
            IndexKey key;
            key.descending = keys->flag(k, "desc");
            const auto [b, e] = items.value(k, {0, 0});
            int last = e;
            while (last > b && (tokens[last - 1].is("ASC") || tokens[last - 1].is("DESC")))
                --last;
            if (last - 2 >= b && tokens[last - 2].is("COLLATE")) {
                key.collation = tokens[last - 1].name();
                last -= 2;
            }
            if (keys->number(k, "cid") >= 0)
                key.columnId = keys->text(k, "name");
            else if (b < last)
                key.expression = sql.mid(tokens[b].begin, tokens[last - 1].end - tokens[b].begin);
            index.keys << key;
        }
        const int close = SqliteTokens::closing(tokens, open);
        if (close >= 0 && close + 1 < tokens.size() && tokens[close + 1].is("WHERE")) {
            QString where = sql.mid(tokens[close + 1].end).trimmed();
            while (where.endsWith(u';'))
                where.chop(1);
            index.where = where;
        }
        table.indexes << index;
    }
    return Result<void>::success();
}

} // namespace strata::modeler::live

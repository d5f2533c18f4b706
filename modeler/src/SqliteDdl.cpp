// SQLite statements: what SQLite can hold of each object, and a warning for the rest.
#include "SqliteDdl.h"

#include "SqliteExpression.h"
#include "SqliteViewQueries.h"

#include "modeler/SqlQuoting.h"

#include <QRegularExpression>

namespace strata::modeler {

namespace {

using K = ObjectRef::Kind;

const QString indent = QStringLiteral("    ");

// A definition line with its comment as SQL comments: " -- first line" and one more line per line.
QString withComment(const QString &line, const QString &comment, const QString &lineIndent)
{
    if (comment.isEmpty())
        return line;
    QStringList lines = comment.split(u'\n');
    QString out = line + QStringLiteral(" -- ") + lines.takeFirst().remove(u'\r');
    for (QString &l : lines)
        out += u'\n' + lineIndent + QStringLiteral("-- ") + l.remove(u'\r');
    return out;
}

// Constants SQLite takes as a DEFAULT without parentheses.
bool isLiteral(const QString &expression)
{
    static const QRegularExpression literal(
        QStringLiteral("^([+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|NULL|TRUE|FALSE|"
                       "CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP)$"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(expression.trimmed()).hasMatch();
}

} // namespace

SqliteDdl::SqliteDdl(const Model &model, Diagnostics *diagnostics) : DdlBuilder(model, Dialect::Sqlite, diagnostics) {}

SqliteDdl::~SqliteDdl() = default;

QString SqliteDdl::createSchema(const Schema &schema) const
{
    unsupported(ObjectRef{K::Schema, schema.id, {}}, QStringLiteral("schemas"),
                QStringLiteral("its tables, views and indexes are created in the main database, without the schema name"));
    return {};
}

QString SqliteDdl::createEnum(const EnumType &) const
{
    return {}; // each column of the type gets a CHECK of the values
}

QString SqliteDdl::createDomain(const Domain &domain) const
{
    unsupported(ObjectRef{K::Domain, domain.id, {}}, QStringLiteral("domains"),
                QStringLiteral("its columns get the base type, without the domain's constraints"));
    return {};
}

QString SqliteDdl::createSequence(const Sequence &sequence) const
{
    unsupported(ObjectRef{K::Sequence, sequence.id, {}}, QStringLiteral("sequences"),
                QStringLiteral("number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model)"));
    return {};
}

QString SqliteDdl::alterSequenceOwnedBy(const Sequence &) const
{
    return {};
}

namespace {

QString placeName(SqliteDdl::Place place)
{
    switch (place) {
    case SqliteDdl::Place::Default: return QStringLiteral("default");
    case SqliteDdl::Place::Check: return QStringLiteral("check");
    case SqliteDdl::Place::Generated: return QStringLiteral("generated column expression");
    case SqliteDdl::Place::IndexKey: return QStringLiteral("index expression");
    case SqliteDdl::Place::IndexPredicate: return QStringLiteral("index predicate");
    }
    return {};
}

} // namespace

Result<void> SqliteDdl::probe(const Table *table, const QString &expression, Place place) const
{
    QStringList columns;
    for (const Column &c : table ? table->columns : QList<Column>{})
        columns << name(c.name);
    if (columns.isEmpty())
        columns << QStringLiteral("strata_probe_column");
    // Names and functions: SQLite resolves them when it compiles a query.
    QStringList nulls;
    for (const QString &c : columns)
        nulls << QStringLiteral("NULL AS ") + c;
    auto compiled = m_probe.prepare(QStringLiteral("SELECT (%1) FROM (SELECT %2)").arg(expression, nulls.join(QStringLiteral(", "))));
    if (!compiled)
        return compiled;
    // The rules of the place (constant defaults, no subqueries in checks, deterministic index
    // expressions): SQLite checks them when it creates the object, here on a scratch table.
    const QString scratch = QStringLiteral("CREATE TABLE temp.strata_probe (%1").arg(columns.join(QStringLiteral(", ")));
    const QString index = QStringLiteral("CREATE INDEX temp.strata_probe_index ON strata_probe ");
    switch (place) {
    case Place::Default: return m_probe.tryOut({QStringLiteral("CREATE TABLE temp.strata_probe (x DEFAULT (%1))").arg(expression)});
    case Place::Check: return m_probe.tryOut({scratch + QStringLiteral(", CHECK (%1))").arg(expression)});
    case Place::Generated:
        return m_probe.tryOut({scratch + QStringLiteral(", strata_probe_generated GENERATED ALWAYS AS (%1) STORED)").arg(expression)});
    case Place::IndexKey: return m_probe.tryOut({scratch + u')', index + QStringLiteral("((%1))").arg(expression)});
    case Place::IndexPredicate:
        return m_probe.tryOut({scratch + u')', index + QStringLiteral("(%1) WHERE %2").arg(columns.first(), expression)});
    }
    return Result<void>::success();
}

QString SqliteDdl::expression(const Table *table, const QString &expression, const ObjectRef &object, Place place) const
{
    auto asIs = probe(table, expression, place);
    if (asIs)
        return expression;
    // Most expressions that SQLite refuses are PostgreSQL's: try them in SQLite's spelling.
    auto rewritten = SqliteExpression::fromPostgres(expression, model());
    auto accepted = rewritten ? probe(table, rewritten.value(), place) : Result<void>(rewritten.error());
    if (accepted) {
        report(Severity::Info, QStringLiteral("ddl.rewritten"), object,
               QStringLiteral("the %1 %2 is written for SQLite as %3").arg(placeName(place), expression, rewritten.value()));
        return rewritten.value();
    }
    report(Severity::Warning, QStringLiteral("ddl.rejected"), object,
           QStringLiteral("SQLite does not accept the %1 %2 (%3): left out").arg(placeName(place), expression, asIs.error().message),
           rewritten ? QStringLiteral("write it in SQL that SQLite understands")
                     : QStringLiteral("write it in SQL that SQLite understands (%1)").arg(rewritten.error().message));
    return {};
}

QString SqliteDdl::collation(const QString &collation, const ObjectRef &object) const
{
    const QString upper = collation.toUpper();
    if (upper == u"BINARY" || upper == u"NOCASE" || upper == u"RTRIM")
        return QStringLiteral(" COLLATE ") + upper;
    if (upper == u"C" || upper == u"POSIX")
        return QStringLiteral(" COLLATE BINARY"); // the same byte order
    unsupported(object, QStringLiteral("the collation %1").arg(collation), QStringLiteral("SQLite knows BINARY, NOCASE and RTRIM"));
    return {};
}

bool SqliteDdl::isAutoIncrement(const Table &table, const Column &column) const
{
    return (column.identity != Identity::None || column.serial) && column.type.isInteger() && column.type.arrayDims == 0 &&
           !table.withoutRowid && table.primaryKey && table.primaryKey->columnIds == QStringList{column.id};
}

QString SqliteDdl::identityClause(const Table &table, const Column &column) const
{
    const ObjectRef ref = ObjectRef::child(K::Column, table.id, column.id);
    if (!isAutoIncrement(table, column)) {
        if (column.identity != Identity::None || column.serial)
            unsupported(ref, QStringLiteral("an identity on a column that is not the whole primary key of a rowid table"),
                        QStringLiteral("make it the table's only primary key column"));
        return {};
    }
    if (column.identity == Identity::Always)
        unsupported(ref, QStringLiteral("GENERATED ALWAYS (inserts may give their own value)"));
    if ((column.identityOptions && !column.identityOptions->isDefault()) || !column.identitySequenceName.isEmpty())
        unsupported(ref, QStringLiteral("the identity's sequence name and options"), QStringLiteral("AUTOINCREMENT starts at 1 and counts by 1"));
    const KeyConstraint &pk = *table.primaryKey;
    return u' ' + constraintPrefix(pk.name) + QStringLiteral("PRIMARY KEY AUTOINCREMENT");
}

QString SqliteDdl::defaultClause(const Table &table, const Column &column) const
{
    if (column.defaultExpr.isEmpty())
        return {};
    if (!column.generatedExpr.isEmpty() || column.identity != Identity::None || column.serial) {
        unsupported(ObjectRef::child(K::Column, table.id, column.id), QStringLiteral("a default on an identity or generated column"),
                    QStringLiteral("remove the default"));
        return {};
    }
    const QString sql = expression(nullptr, column.defaultExpr, ObjectRef::child(K::Column, table.id, column.id), Place::Default);
    if (sql.isEmpty())
        return {};
    return isLiteral(sql) ? QStringLiteral(" DEFAULT ") + sql.trimmed() : QStringLiteral(" DEFAULT (%1)").arg(sql);
}

QString SqliteDdl::enumCheck(const Column &column) const
{
    const EnumType *e = column.type.kind == DataType::Kind::Named && !column.type.isArray() ? model().enumType(column.type.name) : nullptr;
    if (!e)
        return {};
    QStringList values;
    for (const QString &v : e->values)
        values << quoteLiteral(v);
    return QStringLiteral(" CHECK (%1 IN (%2))").arg(name(column.name), values.join(QStringLiteral(", ")));
}

QString SqliteDdl::columnDefinition(const Table &table, const Column &column) const
{
    const ObjectRef ref = ObjectRef::child(K::Column, table.id, column.id);
    const bool rowid = isAutoIncrement(table, column);
    QString out = name(column.name) + u' ' + (rowid ? QStringLiteral("INTEGER") : typeSql(column.type, ref));
    out += identityClause(table, column);
    if (!column.nullable && !rowid) // a rowid is never null: SQLite numbers a row inserted with NULL
        out += QStringLiteral(" NOT NULL");
    out += defaultClause(table, column);
    if (!column.collation.isEmpty())
        out += collation(column.collation, ref);
    const QString generated = column.generatedExpr.isEmpty() ? QString()
                            : expression(&table, column.generatedExpr, ref, Place::Generated);
    if (!generated.isEmpty())
        out += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(generated);
    return out + enumCheck(column);
}

QString SqliteDdl::keyClause(const Table &table, const KeyConstraint &key, const ObjectRef &ref, const char *keyword) const
{
    if (!key.includeColumnIds.isEmpty())
        unsupported(ref, QStringLiteral("INCLUDE columns"));
    if (key.deferrable || key.initiallyDeferred)
        unsupported(ref, QStringLiteral("a deferrable key (SQLite defers only foreign keys)"));
    if (key.nullsNotDistinct)
        unsupported(ref, QStringLiteral("NULLS NOT DISTINCT (SQLite counts every NULL as distinct)"));
    return constraintPrefix(key.name) + QStringLiteral("%1 (%2)").arg(QLatin1String(keyword), columnList(table, key.columnIds, ref));
}

QString SqliteDdl::primaryKeyClause(const Table &table, const KeyConstraint &key) const
{
    return keyClause(table, key, ObjectRef::child(K::PrimaryKey, table.id, key.id), "PRIMARY KEY");
}

QString SqliteDdl::uniqueClause(const Table &table, const KeyConstraint &key) const
{
    return keyClause(table, key, ObjectRef::child(K::Unique, table.id, key.id), "UNIQUE");
}

QString SqliteDdl::checkClause(const Table &table, const CheckConstraint &check) const
{
    const ObjectRef ref = ObjectRef::child(K::Check, table.id, check.id);
    const QString sql = expression(&table, check.expression, ref, Place::Check);
    if (sql.isEmpty())
        return {};
    if (check.noInherit)
        unsupported(ref, QStringLiteral("NO INHERIT (SQLite has no table inheritance)"));
    return constraintPrefix(check.name) + QStringLiteral("CHECK (%1)").arg(sql);
}

Table SqliteDdl::withPartitionColumns(const Table &table) const
{
    Table out = table;
    for (int depth = 0; out.columns.isEmpty() && depth < model().tables.size(); ++depth) {
        const Table *parent = model().table(out.partitionOfTableId);
        if (!parent)
            break;
        out.columns = parent->columns;
        out.partitionOfTableId = parent->partitionOfTableId;
    }
    return out;
}

QString SqliteDdl::createTable(const Table &modelled) const
{
    const ObjectRef ref = ObjectRef::table(modelled.id);
    if (modelled.unlogged)
        unsupported(ref, QStringLiteral("UNLOGGED"));
    if (!modelled.partitionKey.isEmpty())
        unsupported(ref, QStringLiteral("partitioning"), QStringLiteral("the partitioned table is an ordinary table"));
    if (!modelled.partitionOfTableId.isEmpty())
        unsupported(ref, QStringLiteral("partitions"), QStringLiteral("the partition is a table of its own"));
    const Table table = withPartitionColumns(modelled);

    // Each line of the body with the comment of what it defines.
    QList<std::pair<QString, QString>> items;
    qsizetype rowidItem = -1; // the column that holds the primary key inline
    for (const Column &c : table.columns) {
        if (isAutoIncrement(table, c))
            rowidItem = items.size();
        items.append({columnDefinition(table, c), c.comment});
    }
    if (table.primaryKey && rowidItem < 0)
        items.append({primaryKeyClause(table, *table.primaryKey), table.primaryKey->comment});
    else if (table.primaryKey && !table.primaryKey->comment.isEmpty())
        items[rowidItem].second += (items[rowidItem].second.isEmpty() ? QString() : QStringLiteral("\n")) + table.primaryKey->comment;
    for (const KeyConstraint &u : table.uniques)
        items.append({uniqueClause(table, u), u.comment});
    for (const CheckConstraint &c : table.checks)
        items.append({checkClause(table, c), c.comment});
    for (const ForeignKey &k : table.foreignKeys)
        items.append({foreignKeyClause(table, k), k.comment});
    items.removeIf([](const auto &item) { return item.first.isEmpty(); });

    QString out = withComment(QStringLiteral("CREATE TABLE %1 (").arg(tableName(table)), table.comment, indent);
    for (int i = 0; i < items.size(); ++i) {
        const QString line = indent + items[i].first + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        out += u'\n' + withComment(line, items[i].second, indent);
    }
    out += QStringLiteral("\n)");
    if (table.withoutRowid) {
        if (table.primaryKey)
            out += QStringLiteral(" WITHOUT ROWID");
        else
            unsupported(ref, QStringLiteral("WITHOUT ROWID on a table without a primary key"), QStringLiteral("add a primary key"));
    }
    return out + u';';
}

QString SqliteDdl::attachPartition(const Table &) const
{
    return {};
}

QString SqliteDdl::addForeignKey(const Table &, const ForeignKey &) const
{
    return {}; // inline in CREATE TABLE: SQLite cannot add a foreign key to an existing table
}

QString SqliteDdl::indexKey(const Table &table, const IndexKey &key, const ObjectRef &owner) const
{
    QString out;
    if (key.isExpression()) {
        const QString sql = expression(&table, key.expression, owner, Place::IndexKey);
        if (sql.isEmpty())
            return {};
        out = u'(' + sql + u')';
    } else {
        out = columnList(table, {key.columnId}, owner);
    }
    if (!key.collation.isEmpty())
        out += collation(key.collation, owner);
    if (!key.opclass.isEmpty())
        unsupported(owner, QStringLiteral("the operator class %1").arg(key.opclass));
    if (key.descending)
        out += QStringLiteral(" DESC");
    if (key.nulls != NullsOrder::Default)
        unsupported(owner, QStringLiteral("NULLS FIRST or LAST in an index (NULLs sort first, or last with DESC)"));
    return out;
}

QString SqliteDdl::createIndex(const Table &table, const Index &index) const
{
    // An index without one of its keys or without its predicate would be another index: all or nothing.
    const ObjectRef ref = ObjectRef::child(K::Index, table.id, index.id);
    QStringList keys;
    for (const IndexKey &k : index.keys) {
        keys << indexKey(table, k, ref);
        if (keys.last().isEmpty())
            return {};
    }
    const QString where = index.where.isEmpty() ? QString() : expression(&table, index.where, ref, Place::IndexPredicate);
    if (!index.where.isEmpty() && where.isEmpty())
        return {};
    if (!index.method.isEmpty() && index.method.compare(u"btree", Qt::CaseInsensitive) != 0)
        unsupported(ref, QStringLiteral("the index method %1").arg(index.method), QStringLiteral("the index is an ordinary b-tree"));
    if (!index.includeColumnIds.isEmpty())
        unsupported(ref, QStringLiteral("INCLUDE columns"));
    if (index.nullsNotDistinct)
        unsupported(ref, QStringLiteral("NULLS NOT DISTINCT (SQLite counts every NULL as distinct)"));
    QString indexName = index.name;
    if (indexName.isEmpty()) {
        indexName = table.name + QStringLiteral("_") + QString::number(table.indexes.indexOf(index) + 1) + QStringLiteral("_idx");
        report(Severity::Warning, QStringLiteral("ddl.named"), ref,
               QStringLiteral("SQLite needs a name for every index: named %1").arg(indexName), QStringLiteral("name the index"));
    }
    QString out = QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), name(indexName), tableName(table),
                           keys.join(QStringLiteral(", ")));
    if (!where.isEmpty())
        out += QStringLiteral(" WHERE ") + where;
    return out + u';';
}

QString SqliteDdl::createView(const View &view) const
{
    const ObjectRef ref{K::View, view.id, {}};
    if (view.materialized)
        unsupported(ref, QStringLiteral("materialized views"), QStringLiteral("the view is an ordinary view"));
    if (!view.checkOption.isEmpty())
        unsupported(ref, QStringLiteral("WITH CHECK OPTION"));
    if (!m_views)
        m_views = std::make_unique<SqliteViewQueries>(model());
    const SqliteViewQueries::Choice query = m_views->choice(view);
    if (query.sql.isEmpty()) {
        report(Severity::Warning, QStringLiteral("ddl.rejected"), ref,
               QStringLiteral("SQLite cannot hold the query of the view (%1): left out").arg(query.problem),
               QStringLiteral("write it in SQL that SQLite understands"));
        return {};
    }
    if (query.rewritten)
        report(Severity::Info, QStringLiteral("ddl.rewritten"), ref, QStringLiteral("the query of the view is written in SQLite's spelling"));
    return viewStatement(view, query.sql);
}

QString SqliteDdl::viewStatement(const View &view, const QString &query) const
{
    return QStringLiteral("CREATE VIEW %1 AS\n%2;").arg(viewHead(view), query);
}

QString SqliteDdl::commentOn(const ObjectRef &object) const
{
    switch (object.kind) {
    case K::Table: case K::Column: case K::PrimaryKey: case K::Unique: case K::Check: case K::ForeignKey:
        if (model().table(object.id))
            return {}; // kept as SQL comments in CREATE TABLE
        break;
    default:
        break;
    }
    if (!commentOf(object).isEmpty())
        unsupported(object, QStringLiteral("the comment of this %1").arg(objectKindName(object.kind)));
    return {};
}

} // namespace strata::modeler

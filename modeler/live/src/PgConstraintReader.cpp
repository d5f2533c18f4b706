#include "PgConstraintReader.h"

#include <QJsonObject>

namespace strata::modeler::live {

namespace {

ReferentialAction action(const QString &code)
{
    if (code == u"r")
        return ReferentialAction::Restrict;
    if (code == u"c")
        return ReferentialAction::Cascade;
    if (code == u"n")
        return ReferentialAction::SetNull;
    if (code == u"d")
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

QString tablePath(const Model &model, const Table &table, const QString &child)
{
    return model.qualifiedName(table) + u'.' + child;
}

} // namespace

QStringList PgConstraintReader::columnIds(qint64 tableOid, const QJsonArray &attnums) const
{
    const QHash<qint64, QString> &columns = m_state.columnIds[tableOid];
    QStringList ids;
    for (const QJsonValue &n : attnums)
        ids << columns.value(qint64(n.toDouble()));
    return ids;
}

void PgConstraintReader::readDomainCheck(const CatalogRows &rows, int r)
{
    const QString domainId = m_state.typeIds.value(rows.number(r, "type_oid"));
    for (Domain &d : m_state.model.domains) {
        if (d.id == domainId)
            d.checks << CheckConstraint{rows.text(r, "name"), rows.text(r, "name"), rows.text(r, "expression"), false,
                                        rows.text(r, "comment")};
    }
}

void PgConstraintReader::readForeignKey(const CatalogRows &rows, int r, Table &table)
{
    const qint64 referencedOid = rows.number(r, "referenced_oid");
    const Table *target = m_state.table(referencedOid);
    const QString name = rows.text(r, "name");
    if (!target) {
        m_state.warn(QStringLiteral("reverse.outside"), tablePath(m_state.model, table, name),
                     QStringLiteral("foreign key left out: it references %1, which is not read")
                         .arg(rows.text(r, "definition").section(QStringLiteral("REFERENCES "), 1).section(u'(', 0, 0)),
                     QStringLiteral("read the referenced table's schema too"));
        return;
    }
    ForeignKey k;
    k.id = k.name = name;
    k.columnIds = columnIds(rows.number(r, "table_oid"), rows.array(r, "columns"));
    k.referencedTableId = target->id;
    k.referencedColumnIds = columnIds(referencedOid, rows.array(r, "referenced_columns"));
    k.onUpdate = action(rows.text(r, "on_update"));
    k.onDelete = action(rows.text(r, "on_delete"));
    k.match = rows.text(r, "match") == u"f" ? MatchType::Full : MatchType::Simple;
    k.deferrable = rows.flag(r, "deferrable");
    k.initiallyDeferred = rows.flag(r, "deferred");
    k.comment = rows.text(r, "comment");
    table.foreignKeys << k;
}

void PgConstraintReader::readConstraints(const CatalogRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.number(r, "type_oid") != 0) {
            readDomainCheck(rows, r);
            continue;
        }
        const qint64 tableOid = rows.number(r, "table_oid");
        Table *table = m_state.table(tableOid);
        const QString kind = rows.text(r, "kind"), name = rows.text(r, "name"), definition = rows.text(r, "definition");
        if (!table || (kind == u"f" && rows.flag(r, "cloned")))
            continue; // a view's, or a partition's copy of its parent's foreign key
        if (kind == u"x") {
            m_state.warn(QStringLiteral("reverse.unsupported"), tablePath(m_state.model, *table, name),
                         QStringLiteral("exclusion constraint left out: the model holds none (%1)").arg(definition),
                         QStringLiteral("keep it in a migration script of its own"));
            continue;
        }
        if (definition.endsWith(QStringLiteral(" NOT VALID")))
            m_state.warn(QStringLiteral("reverse.not-valid"), tablePath(m_state.model, *table, name),
                         QStringLiteral("is NOT VALID: the model holds it as a valid constraint"),
                         QStringLiteral("run ALTER TABLE ... VALIDATE CONSTRAINT"));
        if (kind == u"f") {
            readForeignKey(rows, r, *table);
        } else if (kind == u"c") {
            table->checks << CheckConstraint{name, name, rows.text(r, "expression"), rows.flag(r, "no_inherit"), rows.text(r, "comment")};
        } else {
            KeyConstraint k;
            k.id = k.name = name;
            k.columnIds = columnIds(tableOid, rows.array(r, "columns"));
            k.includeColumnIds = columnIds(tableOid, rows.array(r, "include"));
            k.deferrable = rows.flag(r, "deferrable");
            k.initiallyDeferred = rows.flag(r, "deferred");
            k.nullsNotDistinct = definition.contains(QStringLiteral(" NULLS NOT DISTINCT"));
            k.comment = rows.text(r, "comment");
            if (kind == u"p")
                table->primaryKey = k;
            else
                table->uniques << k;
        }
    }
}

void PgConstraintReader::readIndexes(const CatalogRows &rows)
{
    for (int r = 0; r < rows.size(); ++r) {
        const qint64 tableOid = rows.number(r, "table_oid");
        Table *table = m_state.table(tableOid);
        const QString name = rows.text(r, "name");
        if (!table) {
            m_state.warn(QStringLiteral("reverse.unsupported"), m_state.relationNames.value(tableOid) + u'.' + name,
                         QStringLiteral("index on a materialized view left out: the model holds indexes of tables only"));
            continue;
        }
        Index index;
        index.id = index.name = name;
        index.unique = rows.flag(r, "is_unique");
        index.method = rows.text(r, "method");
        if (index.method == u"btree")
            index.method.clear();
        const QHash<qint64, QString> &columns = m_state.columnIds[tableOid];
        for (const QJsonValue &value : rows.array(r, "keys")) {
            const QJsonObject o = value.toObject();
            IndexKey key;
            const int option = o.value(QLatin1String("option")).toInt();
            key.descending = option & 1;
            const bool nullsFirst = option & 2;
            key.nulls = key.descending ? (nullsFirst ? NullsOrder::Default : NullsOrder::Last)
                                       : (nullsFirst ? NullsOrder::First : NullsOrder::Default);
            const qint64 attnum = qint64(o.value(QLatin1String("attnum")).toDouble());
            if (attnum != 0)
                key.columnId = columns.value(attnum);
            else
                key.expression = o.value(QLatin1String("expression")).toString();
            key.collation = o.value(QLatin1String("collation")).toString();
            key.opclass = o.value(QLatin1String("opclass")).toString();
            index.keys << key;
        }
        index.includeColumnIds = columnIds(tableOid, rows.array(r, "include"));
        index.where = rows.text(r, "predicate");
        index.nullsNotDistinct = rows.text(r, "definition").contains(QStringLiteral(" NULLS NOT DISTINCT"));
        index.comment = rows.text(r, "comment");
        table->indexes << index;
    }
}

} // namespace strata::modeler::live

// PostgreSQL statements, spelled close to what pg_dump writes so that a dump of the result reads
// like the model.
#include "PostgresDdl.h"

#include "PostgresExpression.h"
#include "PostgresSyntax.h"

#include "modeler/SqlQuoting.h"

namespace strata::modeler {

namespace {

using K = ObjectRef::Kind;

const QString indent = QStringLiteral("    ");

QString partitionBound(const QString &bound)
{
    const QString b = bound.trimmed();
    if (b.startsWith(QStringLiteral("FOR VALUES"), Qt::CaseInsensitive) || b.compare(u"DEFAULT", Qt::CaseInsensitive) == 0)
        return b;
    return QStringLiteral("FOR VALUES ") + b;
}

} // namespace

PostgresDdl::PostgresDdl(const Model &model, Diagnostics *diagnostics)
    : DdlBuilder(model, Dialect::Postgres, diagnostics)
{
}

QString PostgresDdl::createSchema(const Schema &schema) const
{
    if (schema.name == u"public")
        return {}; // every database has it
    return QStringLiteral("CREATE SCHEMA %1;").arg(name(schema.name));
}

QString PostgresDdl::createEnum(const EnumType &enumType) const
{
    QStringList values;
    for (const QString &v : enumType.values)
        values << indent + quoteLiteral(v);
    return QStringLiteral("CREATE TYPE %1 AS ENUM (\n%2\n);")
        .arg(qualifiedName(enumType.schemaId, enumType.name), values.join(QStringLiteral(",\n")));
}

QString PostgresDdl::createDomain(const Domain &domain) const
{
    const ObjectRef ref{K::Domain, domain.id, {}};
    QString out = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(qualifiedName(domain.schemaId, domain.name), typeSql(domain.baseType, ref));
    out += collation(domain.collation, ref);
    if (!domain.defaultExpr.isEmpty() && parses(domain.defaultExpr, ref, QStringLiteral("default")))
        out += defaultClause(domain.defaultExpr);
    if (domain.notNull)
        out += QStringLiteral(" NOT NULL");
    for (const CheckConstraint &c : domain.checks) {
        if (parses(c.expression, ObjectRef{K::Check, domain.id, c.id}, QStringLiteral("check")))
            out += u'\n' + indent + constraintPrefix(c.name) + QStringLiteral("CHECK (%1)").arg(c.expression);
    }
    return out + u';';
}

QString PostgresDdl::sequenceOptions(const SequenceOptions &o, bool withType) const
{
    QStringList parts;
    if (withType && o.type != DataType::Kind::BigInt)
        parts << QStringLiteral("AS ") + kindName(o.type);
    const qint64 defaultStart = o.increment > 0 ? o.minValue.value_or(1) : o.maxValue.value_or(-1);
    if (o.start != defaultStart)
        parts << QStringLiteral("START WITH %1").arg(o.start);
    if (o.increment != 1)
        parts << QStringLiteral("INCREMENT BY %1").arg(o.increment);
    if (o.minValue)
        parts << QStringLiteral("MINVALUE %1").arg(*o.minValue);
    if (o.maxValue)
        parts << QStringLiteral("MAXVALUE %1").arg(*o.maxValue);
    if (o.cache != 1)
        parts << QStringLiteral("CACHE %1").arg(o.cache);
    if (o.cycle)
        parts << QStringLiteral("CYCLE");
    return parts.join(u' ');
}

QString PostgresDdl::createSequence(const Sequence &sequence) const
{
    const QString options = sequenceOptions(sequence.options, true);
    return QStringLiteral("CREATE SEQUENCE %1%2;")
        .arg(qualifiedName(sequence.schemaId, sequence.name), options.isEmpty() ? QString() : u' ' + options);
}

QString PostgresDdl::alterSequenceOwnedBy(const Sequence &sequence) const
{
    if (sequence.ownedByTableId.isEmpty())
        return {};
    const ObjectRef ref{K::Sequence, sequence.id, {}};
    const Table *owner = model().table(sequence.ownedByTableId);
    if (!owner) {
        report(Severity::Error, QStringLiteral("ddl.unresolved"), ref,
               QStringLiteral("is owned by table \"%1\", which is not in the model").arg(sequence.ownedByTableId));
        return {};
    }
    return QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2.%3;")
        .arg(qualifiedName(sequence.schemaId, sequence.name), tableName(*owner),
             columnList(*owner, {sequence.ownedByColumnId}, ref));
}

QString PostgresDdl::defaultClause(const QString &expression)
{
    // DEFAULT takes only a restricted expression: "DEFAULT a IS NULL" needs parentheses, which
    // PostgreSQL does not keep, so they are added only where the grammar wants them.
    const QString plain = QStringLiteral(" DEFAULT ") + expression;
    if (PostgresSyntax::checkStatement(QStringLiteral("CREATE TABLE t (c int%1)").arg(plain)))
        return plain;
    return QStringLiteral(" DEFAULT (%1)").arg(expression);
}

bool PostgresDdl::parses(const QString &expression, const ObjectRef &object, const QString &what) const
{
    const PostgresExpression parsed(expression);
    QString problem = parsed.error();
    if (problem.isEmpty() && parsed.hasSubquery())
        problem = QStringLiteral("PostgreSQL allows no subquery there");
    if (!problem.isEmpty())
        report(Severity::Warning, QStringLiteral("ddl.rejected"), object,
               QStringLiteral("the %1 %2 is not a PostgreSQL expression for this place (%3): left out").arg(what, expression, problem),
               QStringLiteral("correct the expression"));
    return problem.isEmpty();
}

QString PostgresDdl::collation(const QString &collation, const ObjectRef &object) const
{
    if (collation.isEmpty())
        return {};
    const QString upper = collation.toUpper();
    if (upper == u"BINARY")
        return QStringLiteral(" COLLATE \"C\""); // SQLite's byte order
    if (upper == u"NOCASE" || upper == u"RTRIM") {
        unsupported(object, QStringLiteral("SQLite's collation %1").arg(collation),
                    QStringLiteral("use a nondeterministic ICU collation, or compare lower() values"));
        return {};
    }
    return QStringLiteral(" COLLATE ") + name(collation);
}

QString PostgresDdl::columnType(const Table &table, const Column &column) const
{
    const ObjectRef ref = ObjectRef::child(K::Column, table.id, column.id);
    if (column.serial) {
        if (column.type.arrayDims == 0 && column.type.isInteger()) {
            return column.type.kind == DataType::Kind::BigInt   ? QStringLiteral("bigserial")
                 : column.type.kind == DataType::Kind::SmallInt ? QStringLiteral("smallserial")
                                                                : QStringLiteral("serial");
        }
        unsupported(ref, QStringLiteral("serial on a %1 column").arg(column.type.toString()),
                    QStringLiteral("serial needs smallint, integer or bigint"));
    }
    return typeSql(column.type, ref);
}

QString PostgresDdl::identity(const Table &table, const Column &column) const
{
    QString out = column.identity == Identity::Always ? QStringLiteral(" GENERATED ALWAYS AS IDENTITY")
                                                      : QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
    QStringList options;
    if (!column.identitySequenceName.isEmpty())
        options << QStringLiteral("SEQUENCE NAME ") + qualifiedName(table.schemaId, column.identitySequenceName);
    if (column.identityOptions) {
        const QString o = sequenceOptions(*column.identityOptions, false);
        if (!o.isEmpty())
            options << o;
    }
    if (!options.isEmpty())
        out += QStringLiteral(" (%1)").arg(options.join(u' '));
    return out;
}

QString PostgresDdl::columnDefinition(const Table &table, const Column &column) const
{
    const ObjectRef ref = ObjectRef::child(K::Column, table.id, column.id);
    QString out = name(column.name) + u' ' + columnType(table, column);
    out += collation(column.collation, ref);
    const bool serial = column.serial && column.type.isInteger() && column.type.arrayDims == 0;
    bool hasIdentity = column.identity != Identity::None;
    if (hasIdentity && (serial || !column.generatedExpr.isEmpty())) {
        unsupported(ref, QStringLiteral("an identity on a serial or generated column"), QStringLiteral("keep one of them"));
        hasIdentity = false;
    }
    if (!column.generatedExpr.isEmpty() && parses(column.generatedExpr, ref, QStringLiteral("generated column expression")))
        out += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(column.generatedExpr);
    if (hasIdentity)
        out += identity(table, column);
    if (!column.defaultExpr.isEmpty()) {
        if (serial || hasIdentity || !column.generatedExpr.isEmpty())
            unsupported(ref, QStringLiteral("a default on a serial, identity or generated column"),
                        QStringLiteral("remove the default"));
        else if (parses(column.defaultExpr, ref, QStringLiteral("default")))
            out += defaultClause(column.defaultExpr);
    }
    if (!column.nullable)
        out += QStringLiteral(" NOT NULL");
    return out;
}

QString PostgresDdl::include(const Table &table, const QStringList &columnIds, const ObjectRef &owner) const
{
    return columnIds.isEmpty() ? QString() : QStringLiteral(" INCLUDE (%1)").arg(columnList(table, columnIds, owner));
}

QString PostgresDdl::primaryKeyClause(const Table &table, const KeyConstraint &key) const
{
    const ObjectRef ref = ObjectRef::child(K::PrimaryKey, table.id, key.id);
    if (key.nullsNotDistinct)
        unsupported(ref, QStringLiteral("NULLS NOT DISTINCT on a primary key, whose columns are never null"));
    return constraintPrefix(key.name) + QStringLiteral("PRIMARY KEY (%1)").arg(columnList(table, key.columnIds, ref)) +
           include(table, key.includeColumnIds, ref) + deferrability(key.deferrable, key.initiallyDeferred);
}

QString PostgresDdl::uniqueClause(const Table &table, const KeyConstraint &key) const
{
    const ObjectRef ref = ObjectRef::child(K::Unique, table.id, key.id);
    return constraintPrefix(key.name) + (key.nullsNotDistinct ? QStringLiteral("UNIQUE NULLS NOT DISTINCT") : QStringLiteral("UNIQUE")) +
           QStringLiteral(" (%1)").arg(columnList(table, key.columnIds, ref)) + include(table, key.includeColumnIds, ref) +
           deferrability(key.deferrable, key.initiallyDeferred);
}

QString PostgresDdl::checkClause(const Table &table, const CheckConstraint &check) const
{
    if (!parses(check.expression, ObjectRef::child(K::Check, table.id, check.id), QStringLiteral("check")))
        return {};
    return constraintPrefix(check.name) + QStringLiteral("CHECK (%1)").arg(check.expression) +
           (check.noInherit ? QStringLiteral(" NO INHERIT") : QString());
}

const Table *PostgresDdl::partitionParent(const Table &table) const
{
    if (table.partitionOfTableId.isEmpty())
        return nullptr;
    const Table *parent = model().table(table.partitionOfTableId);
    if (!parent)
        report(Severity::Error, QStringLiteral("ddl.unresolved"), ObjectRef::table(table.id),
               QStringLiteral("is a partition of table \"%1\", which is not in the model").arg(table.partitionOfTableId),
               QStringLiteral("fix the model (strata-cli lint shows such problems)"));
    return parent;
}

QString PostgresDdl::createTable(const Table &table) const
{
    if (table.withoutRowid)
        unsupported(ObjectRef::table(table.id), QStringLiteral("WITHOUT ROWID (PostgreSQL tables have no rowid)"));
    QStringList items;
    for (const Column &c : table.columns)
        items << columnDefinition(table, c);
    if (table.primaryKey)
        items << primaryKeyClause(table, *table.primaryKey);
    for (const KeyConstraint &u : table.uniques)
        items << uniqueClause(table, u);
    for (const CheckConstraint &c : table.checks)
        items << checkClause(table, c);
    items.removeAll(QString());

    QString out = QStringLiteral("CREATE %1TABLE %2").arg(table.unlogged ? QStringLiteral("UNLOGGED ") : QString(), tableName(table));
    const Table *parent = partitionParent(table);
    const bool partitionOf = parent && table.columns.isEmpty();
    if (partitionOf)
        out += QStringLiteral(" PARTITION OF ") + tableName(*parent);
    if (!items.isEmpty())
        out += QStringLiteral(" (\n%1%2\n)").arg(indent, items.join(QStringLiteral(",\n") + indent));
    else if (!partitionOf)
        out += QStringLiteral(" ()");
    if (partitionOf)
        out += u' ' + partitionBound(table.partitionBound);
    if (!table.partitionKey.isEmpty())
        out += QStringLiteral(" PARTITION BY ") + table.partitionKey;
    return out + u';';
}

QString PostgresDdl::attachPartition(const Table &table) const
{
    const Table *parent = table.columns.isEmpty() ? nullptr : partitionParent(table);
    if (!parent)
        return {};
    return QStringLiteral("ALTER TABLE ONLY %1 ATTACH PARTITION %2 %3;")
        .arg(tableName(*parent), tableName(table), partitionBound(table.partitionBound));
}

QString PostgresDdl::addForeignKey(const Table &table, const ForeignKey &key) const
{
    const QString clause = foreignKeyClause(table, key);
    if (clause.isEmpty())
        return {};
    return QStringLiteral("ALTER TABLE %1\n%2ADD %3;").arg(tableName(table), indent, clause);
}

QString PostgresDdl::indexKey(const Table &table, const IndexKey &key, const ObjectRef &owner) const
{
    QString out = key.isExpression() ? u'(' + key.expression + u')' : columnList(table, {key.columnId}, owner);
    out += collation(key.collation, owner);
    if (!key.opclass.isEmpty())
        out += u' ' + name(key.opclass);
    if (key.descending)
        out += QStringLiteral(" DESC");
    if (key.nulls != NullsOrder::Default)
        out += key.nulls == NullsOrder::First ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    return out;
}

QString PostgresDdl::createIndex(const Table &table, const Index &index) const
{
    const ObjectRef ref = ObjectRef::child(K::Index, table.id, index.id);
    // An index without one of its keys or its predicate would be another index: all or nothing.
    QStringList keys;
    for (const IndexKey &k : index.keys) {
        if (k.isExpression() && !parses(k.expression, ref, QStringLiteral("index expression")))
            return {};
        keys << indexKey(table, k, ref);
    }
    if (!index.where.isEmpty() && !parses(index.where, ref, QStringLiteral("index predicate")))
        return {};
    QString out = index.unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    if (!index.name.isEmpty())
        out += name(index.name) + u' ';
    out += QStringLiteral("ON ") + tableName(table);
    if (!index.method.isEmpty())
        out += QStringLiteral(" USING ") + name(index.method);
    out += QStringLiteral(" (%1)").arg(keys.join(QStringLiteral(", "))) + include(table, index.includeColumnIds, ref);
    if (index.nullsNotDistinct)
        out += QStringLiteral(" NULLS NOT DISTINCT");
    if (!index.where.isEmpty())
        out += QStringLiteral(" WHERE ") + index.where;
    return out + u';';
}

QString PostgresDdl::createView(const View &view) const
{
    const ObjectRef ref{K::View, view.id, {}};
    // No rewrite from SQLite's SQL: most of it PostgreSQL reads alike, and what it cannot read is refused by name.
    if (view.dialect == Dialect::Sqlite)
        report(Severity::Info, QStringLiteral("ddl.foreign-query"), ref, QStringLiteral("the query of the view is SQLite's, written as it is"),
               QStringLiteral("check that PostgreSQL reads it the same: NULLs sort last, and a column without AS is named otherwise"));
    QString out = QStringLiteral("CREATE %1VIEW %2 AS\n%3")
                      .arg(view.materialized ? QStringLiteral("MATERIALIZED ") : QString(), viewHead(view), viewQuery(view));
    const QString option = view.checkOption.toUpper();
    if (!option.isEmpty()) {
        if (view.materialized || (option != u"LOCAL" && option != u"CASCADED"))
            unsupported(ref, QStringLiteral("WITH %1 CHECK OPTION on this view").arg(view.checkOption),
                        QStringLiteral("a check option is LOCAL or CASCADED, on a plain view"));
        else
            out += QStringLiteral("\n  WITH %1 CHECK OPTION").arg(option);
    }
    return out + u';';
}

QString PostgresDdl::commentTarget(const ObjectRef &object) const
{
    const Model &m = model();
    auto qualified = [&](const auto *o) { return o ? qualifiedName(o->schemaId, o->name) : name(object.id); };
    if (object.kind == K::Check && m.domain(object.id)) {
        const Domain *d = m.domain(object.id);
        for (const CheckConstraint &c : d->checks) {
            if (c.id == object.childId && !c.name.isEmpty())
                return QStringLiteral("CONSTRAINT %1 ON DOMAIN %2").arg(name(c.name), qualified(d));
        }
        unsupported(object, QStringLiteral("a comment on an unnamed constraint"), QStringLiteral("name the constraint"));
        return {};
    }
    const Table *t = m.table(object.id);
    auto constraint = [&](const QString &constraintName) -> QString {
        if (!constraintName.isEmpty())
            return QStringLiteral("CONSTRAINT %1 ON %2").arg(name(constraintName), tableName(*t));
        unsupported(object, QStringLiteral("a comment on an unnamed constraint or index"), QStringLiteral("name it"));
        return {};
    };
    auto named = [&](const auto &list) -> QString {
        for (const auto &o : list) {
            if (o.id == object.childId)
                return o.name;
        }
        return {};
    };
    switch (object.kind) {
    case K::None: return {};
    case K::Schema: return QStringLiteral("SCHEMA ") + name(m.schemaName(object.id));
    case K::Enum: return QStringLiteral("TYPE ") + qualified(m.enumType(object.id));
    case K::Domain: return QStringLiteral("DOMAIN ") + qualified(m.domain(object.id));
    case K::Sequence: return QStringLiteral("SEQUENCE ") + qualified(m.sequence(object.id));
    case K::View: {
        const View *v = m.view(object.id);
        return (v && v->materialized ? QStringLiteral("MATERIALIZED VIEW ") : QStringLiteral("VIEW ")) + qualified(v);
    }
    default: break;
    }
    if (!t)
        return {};
    switch (object.kind) {
    case K::Table: return QStringLiteral("TABLE ") + tableName(*t);
    case K::Column: return QStringLiteral("COLUMN %1.%2").arg(tableName(*t), columnList(*t, {object.childId}, object));
    case K::PrimaryKey: return constraint(t->primaryKey ? t->primaryKey->name : QString());
    case K::Unique: return constraint(named(t->uniques));
    case K::Check: return constraint(named(t->checks));
    case K::ForeignKey: return constraint(named(t->foreignKeys));
    case K::Index: {
        const QString indexName = named(t->indexes);
        return indexName.isEmpty() ? constraint({}) : QStringLiteral("INDEX ") + qualifiedName(t->schemaId, indexName);
    }
    default: return {};
    }
}

QString PostgresDdl::commentOn(const ObjectRef &object) const
{
    const QString text = commentOf(object);
    if (text.isEmpty())
        return {};
    const QString target = commentTarget(object);
    return target.isEmpty() ? QString() : QStringLiteral("COMMENT ON %1 IS %2;").arg(target, quoteLiteral(text));
}

} // namespace strata::modeler

#include "PostgresMigration.h"

#include "PostgresCommentMigration.h"
#include "PostgresTypeMigration.h"
#include "RenameOrder.h"
#include "ViewDependencies.h"

#include "modeler/SqlQuoting.h"

#include <algorithm>

namespace strata::modeler {

namespace {

using Risk = MigrationStep::Risk;

// PostgreSQL changes these types in place, without a rewrite (its binary-coercible widenings).
bool changesInPlace(const DataType &a, const DataType &b)
{
    using Kind = DataType::Kind;
    if (a.arrayDims != b.arrayDims)
        return false;
    if (a.kind == Kind::VarChar && (b.kind == Kind::Text || (b.kind == Kind::VarChar && (b.length < 0 || b.length >= a.length))))
        return a.length >= 0 || b.kind == Kind::Text || b.length < 0;
    if (a.kind == Kind::Text && b.kind == Kind::VarChar && b.length < 0)
        return true;
    if (a.kind == Kind::Numeric && b.kind == Kind::Numeric)
        return b.precision < 0 || (a.precision >= 0 && b.precision >= a.precision && b.scale == a.scale);
    if (a.kind == Kind::VarBit && b.kind == Kind::VarBit)
        return b.length < 0 || (a.length >= 0 && b.length >= a.length);
    return false;
}

// Whether an assignment cast does it, so that USING is not needed.
bool castsImplicitly(const DataType &a, const DataType &b)
{
    if (a.arrayDims != b.arrayDims || a.kind == DataType::Kind::Named || b.kind == DataType::Kind::Named)
        return false;
    const auto numeric = [](const DataType &t) { return t.isInteger() || t.kind == DataType::Kind::Numeric || t.kind == DataType::Kind::Real || t.kind == DataType::Kind::Double; };
    return (a.isTextual() && b.isTextual()) || (numeric(a) && numeric(b)) || (a.isTemporal() && b.isTemporal() && a.kind != DataType::Kind::Interval);
}

int partitionDepth(const Model &model, const Table &table)
{
    int depth = 0;
    for (const Table *t = &table; t && !t->partitionOfTableId.isEmpty() && depth < model.tables.size(); ++depth)
        t = model.table(t->partitionOfTableId);
    return depth;
}

} // namespace

PostgresMigration::PostgresMigration(const ModelDiff &diff, const MigrationWriter::Options &options, Diagnostics *diagnostics)
    : m_diff(diff), m_options(options), m_diagnostics(diagnostics),
      m_old(DdlBuilder::create(diff.from(), Dialect::Postgres, nullptr)),
      m_new(DdlBuilder::create(diff.to(), Dialect::Postgres, diagnostics))
{
}

void PostgresMigration::add(const QString &sql, Risk risk, const QString &object, const QString &warning, const QString &safer)
{
    if (!sql.isEmpty())
        m_steps << MigrationStep::of(sql, risk, object, warning, safer);
}

QString PostgresMigration::path(const Table &t, const QString &child) const
{
    const Model &m = m_diff.to().table(t.id) == &t ? m_diff.to() : m_diff.from();
    return m.qualifiedName(t) + (child.isEmpty() ? QString() : u'.' + child);
}

QList<MigrationStep> PostgresMigration::steps()
{
    for (const Change<EnumType> &e : m_diff.enums) {
        if (e.isMatched() && !PostgresTypeMigration::onlyAddsValues(*e.from, *e.to))
            m_remadeEnums.insert(e.to->id);
    }
    dropDependents();
    dropTablesAndColumns();
    renames();
    PostgresTypeMigration types(m_diff, *m_old, *m_new, m_diagnostics, &m_steps);
    types.createdAndChanged();
    types.sequences();
    tables();
    indexes();
    foreignKeys();
    views();
    PostgresCommentMigration(m_diff, *m_new, m_views, m_droppedKeys, &m_steps).all();
    types.dropped();
    return m_steps;
}

bool PostgresMigration::onRemadeEnum(const DataType &type) const
{
    const EnumType *e = type.kind == DataType::Kind::Named ? m_diff.to().enumType(type.name) : nullptr;
    return e && m_remadeEnums.contains(e->id);
}

bool PostgresMigration::typeChanges(const TableChange &t) const
{
    return std::any_of(t.columns.begin(), t.columns.end(), [&](const Change<Column> &c) {
        return c.isDropped() || (c.isMatched() && (!m_diff.sameType(c.from->type, c.to->type) || c.from->collation != c.to->collation ||
                                                   onRemadeEnum(c.to->type)));
    });
}

bool PostgresMigration::fkMustGo(const TableChange &t, const Change<ForeignKey> &k) const
{
    if (!k.from)
        return false;
    if (!t.to || !k.to || !m_diff.sameForeignKey(t, *k.from, *k.to))
        return true;
    // Keys over columns that change type, or whose referenced key changes, are made again.
    const TableChange *target = m_diff.tableByOldId(k.from->referencedTableId);
    auto columnsChange = [&](const TableChange *tc, const QStringList &ids) {
        return std::any_of(ids.begin(), ids.end(), [&](const QString &id) {
            const Column *o = tc->from->column(id), *n = tc->newColumn(id);
            return !o || !n || !m_diff.sameType(o->type, n->type) || o->collation != n->collation;
        });
    };
    auto keyChanges = [&](const TableChange *tc) {
        auto changed = [&](const Change<KeyConstraint> &c) {
            return c.from && c.from->columnIds == k.from->referencedColumnIds && (!c.to || !m_diff.sameKey(*tc, *c.from, *c.to));
        };
        return changed(tc->primaryKey) || std::any_of(tc->uniques.begin(), tc->uniques.end(), changed);
    };
    return !target || !target->to || columnsChange(&t, k.from->columnIds) || columnsChange(target, k.from->referencedColumnIds) ||
           keyChanges(target);
}

void PostgresMigration::dropDependents()
{
    QSet<QString> touched;
    for (const TableChange &t : m_diff.tables) {
        if (t.from && (!t.to || typeChanges(t)))
            touched.insert(t.from->id);
    }
    m_views = ViewDependencies::toRecreate(m_diff, touched);
    for (auto it = m_diff.from().views.crbegin(); it != m_diff.from().views.crend(); ++it) {
        if (m_views.contains(it->id))
            add(QStringLiteral("DROP %1VIEW %2;").arg(it->materialized ? QStringLiteral("MATERIALIZED ") : QString(),
                                                      m_old->qualifiedName(it->schemaId, it->name)));
    }
    for (const TableChange &t : m_diff.tables) {
        for (const Change<ForeignKey> &k : t.foreignKeys) {
            if (fkMustGo(t, k) && !k.from->name.isEmpty()) {
                m_droppedKeys.insert(k.from);
                add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(oldTable(t), m_old->name(k.from->name)));
            }
        }
    }
    for (const TableChange &t : m_diff.tables) {
        if (!t.from || !t.to)
            continue;
        for (const Change<Index> &i : t.indexes) {
            if (i.from && (!i.to || !m_diff.sameIndex(t, *i.from, *i.to)))
                add(QStringLiteral("DROP INDEX %1;").arg(m_old->qualifiedName(t.from->schemaId, i.from->name)));
        }
        auto dropKey = [&](const Change<KeyConstraint> &c) {
            if (c.from && (!c.to || !m_diff.sameKey(t, *c.from, *c.to)))
                add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(oldTable(t), m_old->name(c.from->name)));
        };
        for (const Change<KeyConstraint> &u : t.uniques)
            dropKey(u);
        dropKey(t.primaryKey);
        for (const Change<CheckConstraint> &c : t.checks) {
            if (c.from && (!c.to || !m_diff.sameCheck(*c.from, *c.to)))
                add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(oldTable(t), m_old->name(c.from->name)));
        }
    }
}

void PostgresMigration::dropTablesAndColumns()
{
    QList<const Table *> dropped;
    for (const TableChange &t : m_diff.tables) {
        if (t.from && !t.to) {
            dropped << t.from;
            continue;
        }
        if (!t.to)
            continue;
        for (const Change<Column> &c : t.columns) {
            const bool regenerate = c.isMatched() && c.from->generatedExpr.trimmed() != c.to->generatedExpr.trimmed() && !c.from->generatedExpr.isEmpty();
            if (c.isDropped() || regenerate)
                add(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(oldTable(t), m_old->name(c.from->name)),
                    regenerate ? Risk::None : Risk::DataLoss, path(*t.from, c.from->name),
                    QStringLiteral("the column and its data are dropped"), QStringLiteral("back the column up first, or keep it a release longer"));
        }
    }
    std::stable_sort(dropped.begin(), dropped.end(), [&](const Table *a, const Table *b) {
        return partitionDepth(m_diff.from(), *a) > partitionDepth(m_diff.from(), *b);
    });
    for (const Table *t : dropped)
        add(QStringLiteral("DROP TABLE %1;").arg(m_old->tableName(*t)), Risk::DataLoss, path(*t),
            QStringLiteral("the table and its rows are dropped"), QStringLiteral("back it up first, or rename it and drop it later"));
    for (const Change<Sequence> &s : m_diff.sequences) {
        if (!s.isDropped())
            continue;
        const TableChange *owner = m_diff.tableByOldId(s.from->ownedByTableId);
        if (owner && (!owner->to || !owner->newColumn(s.from->ownedByColumnId)))
            continue; // dropped with its column
        add(QStringLiteral("DROP SEQUENCE %1;").arg(m_old->qualifiedName(s.from->schemaId, s.from->name)));
    }
}

void PostgresMigration::renames()
{
    const Model &from = m_diff.from(), &to = m_diff.to();
    for (const Change<Schema> &s : m_diff.schemas) {
        if (s.isRenamed())
            add(QStringLiteral("ALTER SCHEMA %1 RENAME TO %2;").arg(m_old->name(s.from->name), m_new->name(s.to->name)));
        else if (s.isCreated())
            add(m_new->createSchema(*s.to));
    }
    // Schema-scoped objects: moved to their new schema, then renamed there.
    auto move = [&](const QString &keyword, const auto &change, bool rename = true) {
        if (!change.isMatched())
            return;
        const QString oldSchema = from.schemaName(change.from->schemaId), newSchema = to.schemaName(change.to->schemaId);
        QString current = m_old->qualifiedName(change.from->schemaId, change.from->name);
        const bool moved = oldSchema != newSchema && !(oldSchema.isEmpty() && newSchema == u"public") && !(newSchema.isEmpty() && oldSchema == u"public");
        if (moved) {
            add(QStringLiteral("ALTER %1 %2 SET SCHEMA %3;").arg(keyword, current, m_new->name(newSchema.isEmpty() ? QStringLiteral("public") : newSchema)));
            current = quoteQualified(newSchema, change.from->name, Dialect::Postgres);
        }
        if (rename && change.isRenamed())
            add(QStringLiteral("ALTER %1 %2 RENAME TO %3;").arg(keyword, current, m_new->name(change.to->name)));
    };
    for (const Change<EnumType> &e : m_diff.enums)
        move(QStringLiteral("TYPE"), e);
    for (const Change<Domain> &d : m_diff.domains)
        move(QStringLiteral("DOMAIN"), d);
    for (const Change<Sequence> &s : m_diff.sequences)
        move(QStringLiteral("SEQUENCE"), s);
    // Tables are moved, then renamed schema by schema in an order that frees a name before it is
    // taken (two tables trading names go through a temporary one); their columns follow.
    QMap<QString, QList<Rename>> tableRenames;
    for (const TableChange &t : m_diff.tables) {
        move(QStringLiteral("TABLE"), Change<Table>{t.from, t.to}, false);
        if (t.from && t.to && t.from->name != t.to->name)
            tableRenames[to.schemaName(t.to->schemaId)] << Rename{t.from->name, t.to->name};
    }
    for (auto it = tableRenames.cbegin(); it != tableRenames.cend(); ++it) {
        for (const Rename &r : RenameOrder::order(it.value()))
            add(QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(quoteQualified(it.key(), r.from, Dialect::Postgres), m_new->name(r.to)));
    }
    for (const TableChange &t : m_diff.tables) {
        if (!t.from || !t.to)
            continue;
        QList<Rename> columns;
        for (const Change<Column> &c : t.columns) {
            if (c.isRenamed())
                columns << Rename{c.from->name, c.to->name};
        }
        for (const Rename &r : RenameOrder::order(columns))
            add(QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;").arg(newTable(t), m_new->name(r.from), m_new->name(r.to)));
        auto renameConstraint = [&](const auto &c, bool same) {
            if (c.isRenamed() && same && !c.from->name.isEmpty() && !c.to->name.isEmpty())
                add(QStringLiteral("ALTER TABLE %1 RENAME CONSTRAINT %2 TO %3;").arg(newTable(t), m_old->name(c.from->name), m_new->name(c.to->name)));
        };
        if (t.primaryKey.isMatched())
            renameConstraint(t.primaryKey, m_diff.sameKey(t, *t.primaryKey.from, *t.primaryKey.to));
        for (const Change<KeyConstraint> &u : t.uniques)
            renameConstraint(u, u.isMatched() && m_diff.sameKey(t, *u.from, *u.to));
        for (const Change<CheckConstraint> &c : t.checks)
            renameConstraint(c, c.isMatched() && m_diff.sameCheck(*c.from, *c.to));
        for (const Change<ForeignKey> &k : t.foreignKeys)
            renameConstraint(k, k.isMatched() && !m_droppedKeys.contains(k.from));
        for (const Change<Index> &i : t.indexes) {
            if (i.isRenamed() && m_diff.sameIndex(t, *i.from, *i.to))
                add(QStringLiteral("ALTER INDEX %1 RENAME TO %2;").arg(m_new->qualifiedName(t.to->schemaId, i.from->name), m_new->name(i.to->name)));
        }
    }
    for (const Change<View> &v : m_diff.views) {
        if (v.isMatched() && !m_views.contains(v.from->id))
            move(v.from->materialized ? QStringLiteral("MATERIALIZED VIEW") : QStringLiteral("VIEW"), v);
    }
}

void PostgresMigration::tables()
{
    QList<const Table *> created;
    for (const TableChange &t : m_diff.tables) {
        if (!t.from && t.to)
            created << t.to;
    }
    std::stable_sort(created.begin(), created.end(), [&](const Table *a, const Table *b) {
        return partitionDepth(m_diff.to(), *a) < partitionDepth(m_diff.to(), *b);
    });
    for (const Table *t : created) {
        add(m_new->createTable(*t));
        add(m_new->attachPartition(*t));
    }
    for (const TableChange &t : m_diff.tables) {
        if (!t.from || !t.to)
            continue;
        if (t.from->unlogged != t.to->unlogged)
            add(QStringLiteral("ALTER TABLE %1 SET %2;").arg(newTable(t), t.to->unlogged ? QStringLiteral("UNLOGGED") : QStringLiteral("LOGGED")),
                Risk::Rewrite, path(*t.to), QStringLiteral("rewrites the table"));
        if (t.from->partitionKey != t.to->partitionKey || t.from->partitionBound != t.to->partitionBound ||
            t.from->partitionOfTableId.isEmpty() != t.to->partitionOfTableId.isEmpty()) {
            Diagnostic d;
            d.code = QStringLiteral("migration.unsupported");
            d.message = QStringLiteral("a change of partitioning is not migrated");
            d.place.path = path(*t.to);
            d.hint = QStringLiteral("create the new table, copy the rows, and swap the names");
            m_diagnostics->append(d);
        }
        for (const Change<Column> &c : t.columns) {
            const bool regenerate = c.isMatched() && c.from->generatedExpr.trimmed() != c.to->generatedExpr.trimmed() && !c.from->generatedExpr.isEmpty();
            if (c.isCreated() || regenerate) {
                const bool fails = !c.to->nullable && c.to->defaultExpr.isEmpty() && c.to->generatedExpr.isEmpty() &&
                                   c.to->identity == Identity::None && !c.to->serial;
                add(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;").arg(newTable(t), m_new->columnDefinition(*t.to, *c.to)),
                    fails ? Risk::MayFail : (!c.to->generatedExpr.isEmpty() || c.to->identity != Identity::None || c.to->serial) ? Risk::Rewrite : Risk::None,
                    path(*t.to, c.to->name),
                    fails ? QStringLiteral("a NOT NULL column without a default fails on a table that has rows")
                          : QStringLiteral("fills every row: the table is rewritten"),
                    fails ? QStringLiteral("add it with a default (or nullable), fill it, then SET NOT NULL") : QString());
            } else if (c.isMatched() && (!m_diff.sameColumn(*c.from, *c.to) || onRemadeEnum(c.to->type))) {
                columnChanges(t, *c.from, *c.to);
            }
        }
        constraints(t);
    }
    for (const Change<Sequence> &s : m_diff.sequences) {
        if (s.to && (s.isCreated() || s.from->ownedByTableId != s.to->ownedByTableId || s.from->ownedByColumnId != s.to->ownedByColumnId))
            add(s.to->ownedByTableId.isEmpty() ? (s.isCreated() ? QString() : QStringLiteral("ALTER SEQUENCE %1 OWNED BY NONE;").arg(m_new->qualifiedName(s.to->schemaId, s.to->name)))
                                               : m_new->alterSequenceOwnedBy(*s.to));
    }
}

void PostgresMigration::columnChanges(const TableChange &t, const Column &from, const Column &to)
{
    const QString table = newTable(t), column = m_new->name(to.name), object = path(*t.to, to.name);
    const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(table, column);
    const bool remade = onRemadeEnum(to.type); // the same name, a new type: its default is cast to the old one
    const bool typeChange = !m_diff.sameType(from.type, to.type) || from.collation != to.collation || remade;
    const bool defaultChange = from.defaultExpr.trimmed() != to.defaultExpr.trimmed() || from.serial != to.serial || remade;
    if (from.identity != Identity::None && to.identity == Identity::None)
        add(alter + QStringLiteral("DROP IDENTITY;"));
    if (defaultChange && !from.defaultExpr.isEmpty())
        add(alter + QStringLiteral("DROP DEFAULT;"));
    if (typeChange) {
        const QString type = m_new->columnDefinition(*t.to, [&] { Column c = to; c.serial = false; c.defaultExpr.clear(); c.nullable = true;
                                                                  c.identity = Identity::None; c.generatedExpr.clear(); return c; }())
                                 .mid(column.size() + 1);
        const bool inPlace = changesInPlace(from.type, to.type) && from.collation == to.collation;
        QString sql = alter + QStringLiteral("TYPE ") + type;
        if (remade)
            sql += QStringLiteral(" USING %1::text::%2").arg(column, type.section(QStringLiteral(" COLLATE "), 0, 0));
        else if (!castsImplicitly(from.type, to.type) && m_diff.sameType(from.type, to.type) == false)
            sql += QStringLiteral(" USING %1::%2").arg(column, type.section(QStringLiteral(" COLLATE "), 0, 0));
        add(sql + u';', inPlace && !remade ? Risk::None : Risk::Rewrite, object,
            remade ? QStringLiteral("the enum %1 is made again (values removed or reordered): this rewrites the table, and fails on rows that "
                                    "hold a removed value").arg(to.type.name)
                   : QStringLiteral("changing %1 to %2 rewrites the table and its indexes under an exclusive lock").arg(from.type.toString(), to.type.toString()),
            remade ? QStringLiteral("first UPDATE the rows that hold a removed value to one that stays")
                   : QStringLiteral("add a new column, fill it in batches, and swap the names"));
    }
    if (defaultChange && !to.defaultExpr.isEmpty() && to.identity == Identity::None && to.generatedExpr.isEmpty())
        add(alter + QStringLiteral("SET DEFAULT %1;").arg(to.defaultExpr));
    if (from.serial != to.serial) {
        Diagnostic d;
        d.code = QStringLiteral("migration.unsupported");
        d.message = QStringLiteral("turning a column into a serial or back is not migrated");
        d.place.path = object;
        d.hint = QStringLiteral("use an identity column instead");
        m_diagnostics->append(d);
    }
    if (from.identity == Identity::None && to.identity != Identity::None) {
        const QString definition = m_new->columnDefinition(*t.to, to);
        const qsizetype at = definition.indexOf(QStringLiteral(" GENERATED "));
        QString identity = definition.mid(at + 1);
        if (identity.endsWith(QStringLiteral(" NOT NULL")))
            identity.chop(9);
        add(alter + QStringLiteral("ADD ") + identity + u';');
    } else if (from.identity != Identity::None && to.identity != Identity::None && from.identity != to.identity) {
        add(alter + (to.identity == Identity::Always ? QStringLiteral("SET GENERATED ALWAYS;") : QStringLiteral("SET GENERATED BY DEFAULT;")));
    }
    if (from.nullable && !to.nullable)
        add(alter + QStringLiteral("SET NOT NULL;"), Risk::Lock, object,
            QStringLiteral("scans the whole table under an exclusive lock"),
            QStringLiteral("first ADD CONSTRAINT ... CHECK (%1 IS NOT NULL) NOT VALID and VALIDATE it; SET NOT NULL then uses it").arg(column));
    else if (!from.nullable && to.nullable && to.identity == Identity::None)
        add(alter + QStringLiteral("DROP NOT NULL;"));
}

void PostgresMigration::addValidatedLater(const QString &table, const QString &clause, const QString &name)
{
    add(QStringLiteral("ALTER TABLE %1 ADD %2 NOT VALID;").arg(table, clause));
    MigrationStep validate = MigrationStep::of(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(table, m_new->name(name)));
    validate.place = MigrationStep::Place::AfterCommit;
    m_steps << validate;
}

void PostgresMigration::constraints(const TableChange &t)
{
    const QString table = newTable(t);
    auto addKey = [&](const Change<KeyConstraint> &k, bool primary) {
        if (!k.to || (k.from && m_diff.sameKey(t, *k.from, *k.to)))
            return;
        add(QStringLiteral("ALTER TABLE %1 ADD %2;").arg(table, primary ? m_new->primaryKeyClause(*t.to, *k.to) : m_new->uniqueClause(*t.to, *k.to)),
            Risk::Lock, path(*t.to, k.to->name), QStringLiteral("builds the key's index while blocking writes"),
            QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX"));
    };
    addKey(t.primaryKey, true);
    for (const Change<KeyConstraint> &u : t.uniques)
        addKey(u, false);
    for (const Change<CheckConstraint> &c : t.checks) {
        if (!c.to || (c.from && m_diff.sameCheck(*c.from, *c.to)))
            continue;
        const QString clause = m_new->checkClause(*t.to, *c.to);
        if (clause.isEmpty())
            continue;
        if (m_options.concurrently && !c.to->name.isEmpty()) {
            addValidatedLater(table, clause, c.to->name);
        } else {
            add(QStringLiteral("ALTER TABLE %1 ADD %2;").arg(table, clause), Risk::Lock, path(*t.to, c.to->name),
                QStringLiteral("checks every row under an exclusive lock"),
                QStringLiteral("ADD ... NOT VALID, then VALIDATE CONSTRAINT after the commit (--concurrently)"));
        }
    }
}

void PostgresMigration::indexes()
{
    for (const TableChange &t : m_diff.tables) {
        if (!t.to)
            continue;
        for (const Change<Index> &i : t.indexes) {
            if (!i.to || (i.from && m_diff.sameIndex(t, *i.from, *i.to)))
                continue;
            QString sql = m_new->createIndex(*t.to, *i.to);
            if (sql.isEmpty())
                continue;
            const bool online = m_options.concurrently && t.from && t.to->partitionKey.isEmpty();
            if (online) {
                sql.replace(sql.indexOf(QStringLiteral("INDEX ")), 6, QStringLiteral("INDEX CONCURRENTLY "));
                MigrationStep s;
                s.sql = sql;
                s.place = MigrationStep::Place::AfterCommit;
                s.note = QStringLiteral("CONCURRENTLY cannot run in a transaction; a failed build leaves an INVALID index to drop");
                m_steps << s;
            } else if (t.from) {
                add(sql, Risk::Lock, path(*t.to, i.to->name), QStringLiteral("builds the index while blocking writes to the table"),
                    QStringLiteral("build it with CREATE INDEX CONCURRENTLY (--concurrently)"));
            } else {
                add(sql); // a new table is empty
            }
        }
    }
}

void PostgresMigration::foreignKeys()
{
    for (const TableChange &t : m_diff.tables) {
        if (!t.to)
            continue;
        for (const Change<ForeignKey> &k : t.foreignKeys) {
            if (!k.to || (k.from && !m_droppedKeys.contains(k.from)))
                continue;
            const QString clause = m_new->foreignKeyClause(*t.to, *k.to);
            if (clause.isEmpty())
                continue;
            const QString table = newTable(t);
            if (!t.from) {
                add(m_new->addForeignKey(*t.to, *k.to));
            } else if (m_options.concurrently && !k.to->name.isEmpty()) {
                addValidatedLater(table, clause, k.to->name);
            } else {
                add(QStringLiteral("ALTER TABLE %1 ADD %2;").arg(table, clause), Risk::Lock, path(*t.to, k.to->name),
                    QStringLiteral("checks every row while blocking writes to both tables"),
                    QStringLiteral("ADD ... NOT VALID, then VALIDATE CONSTRAINT after the commit (--concurrently)"));
            }
        }
    }
}

void PostgresMigration::views()
{
    for (const Change<View> &v : m_diff.views) {
        if (v.to && (!v.from || m_views.contains(v.from->id)))
            add(m_new->createView(*v.to));
    }
}

} // namespace strata::modeler

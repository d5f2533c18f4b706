#include "SqliteMigration.h"

#include "RenameOrder.h"
#include "ViewDependencies.h"

#include <QRegularExpression>

#include <algorithm>

namespace strata::modeler {

namespace {

using Risk = MigrationStep::Risk;

// The column ids a table's keys, checks, indexes and foreign keys use (SQLite will not drop those).
bool isConstrained(const Table &t, const Column &c)
{
    auto in = [&](const QStringList &ids) { return ids.contains(c.id); };
    if ((t.primaryKey && in(t.primaryKey->columnIds)) || !c.generatedExpr.isEmpty())
        return true;
    for (const KeyConstraint &u : t.uniques)
        if (in(u.columnIds))
            return true;
    for (const ForeignKey &k : t.foreignKeys)
        if (in(k.columnIds))
            return true;
    for (const Index &i : t.indexes)
        for (const IndexKey &k : i.keys)
            if (k.columnId == c.id || k.expression.contains(c.name) || i.where.contains(c.name))
                return true;
    for (const CheckConstraint &k : t.checks)
        if (k.expression.contains(c.name))
            return true;
    return false;
}

/// A statement with its white space as one blank (SQLite keeps a view's text as it was written).
QString oneLine(const QString &sql)
{
    return sql.simplified().replace(QStringLiteral(" ,"), QStringLiteral(","));
}

/// A CREATE TABLE with its unnamed CHECKs taken out, and those CHECKs sorted: an enum's CHECK is
/// written on its column, and SQLite's schema read back gives it as the table's.
std::pair<QString, QStringList> withoutUnnamedChecks(QString sql)
{
    QStringList checks;
    static const QRegularExpression check(QStringLiteral("CHECK \\("));
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch m = check.match(sql, from);
        if (!m.hasMatch())
            break;
        qsizetype end = m.capturedEnd(), depth = 1;
        for (; end < sql.size() && depth > 0; ++end)
            depth += sql[end] == u'(' ? 1 : sql[end] == u')' ? -1 : 0;
        const QString before = sql.left(m.capturedStart()).trimmed();
        if (before.section(u' ', -2, -2) == u"CONSTRAINT") { // named: compared where it stands
            from = end;
            continue;
        }
        checks << sql.mid(m.capturedStart(), end - m.capturedStart());
        sql.remove(m.capturedStart(), end - m.capturedStart());
        from = m.capturedStart();
    }
    static const QRegularExpression emptyItem(QStringLiteral(",\\s*(?=,|\\)\\s*;?\\s*$)"));
    sql.replace(emptyItem, QString());
    checks.sort();
    return {oneLine(sql), checks};
}

} // namespace

SqliteMigration::SqliteMigration(const ModelDiff &diff, Diagnostics *diagnostics)
    : m_diff(diff), m_diagnostics(diagnostics), m_old(DdlBuilder::create(diff.from(), Dialect::Sqlite, nullptr)),
      m_new(DdlBuilder::create(diff.to(), Dialect::Sqlite, diagnostics)), m_newQuiet(DdlBuilder::create(diff.to(), Dialect::Sqlite, nullptr))
{
}

// A model in PostgreSQL's terms (bigint identity, timestamptz, enums, '...'::type casts) and the
// database it became in SQLite differ everywhere in the model and nowhere in SQLite: what decides is
// the statement each side is in SQLite (the quiet builders say it without warning twice).
bool SqliteMigration::sameTableInSqlite(const TableChange &t) const
{
    return withoutUnnamedChecks(m_old->createTable(*t.from)) == withoutUnnamedChecks(m_newQuiet->createTable(*t.to));
}

bool SqliteMigration::sameIndexInSqlite(const TableChange &t, const Index &from, const Index &to) const
{
    return m_diff.sameIndex(t, from, to) || m_old->createIndex(*t.from, from) == m_newQuiet->createIndex(*t.to, to);
}

bool SqliteMigration::sameViewInSqlite(const View &from, const View &to) const
{
    return m_diff.sameView(from, to) || oneLine(m_old->createView(from)) == oneLine(m_newQuiet->createView(to));
}

void SqliteMigration::add(const QString &sql, Risk risk, const QString &object, const QString &warning, const QString &safer)
{
    if (!sql.isEmpty())
        m_steps << MigrationStep::of(sql, risk, object, warning, safer);
}

bool SqliteMigration::needsRebuild(const TableChange &t) const
{
    if (!t.from || !t.to)
        return false;
    if (t.from->withoutRowid != t.to->withoutRowid)
        return true;
    if (sameTableInSqlite(t))
        return false; // the columns' renames (a swap keeps the statement) are done in place
    // Kept columns stay in their order and new ones come last, or the table is built again.
    for (const Change<Column> &c : t.columns) {
        if (c.isMatched() && !m_diff.sameColumn(*c.from, *c.to))
            return true;
        // An enum is a CHECK of its values in SQLite: new values mean a new CHECK.
        const EnumType *oldEnum = c.isMatched() ? m_diff.from().enumType(c.from->type.name) : nullptr;
        const EnumType *newEnum = c.isMatched() ? m_diff.to().enumType(c.to->type.name) : nullptr;
        if (oldEnum && newEnum && oldEnum->values != newEnum->values)
            return true;
        if (c.isDropped() && isConstrained(*t.from, *c.from))
            return true;
        if (c.isCreated() && (!c.to->generatedExpr.isEmpty() || (!c.to->nullable && c.to->defaultExpr.isEmpty()) ||
                              t.to->isPrimaryKeyColumn(c.to->id) || c.to->identity != Identity::None))
            return true;
    }
    // Kept columns stay in their order and new ones come last, or the table is built again.
    QStringList oldOrder, newOrder;
    for (const Column &c : t.from->columns) {
        if (const Column *n = t.newColumn(c.id))
            oldOrder << n->id;
    }
    bool sawNew = false;
    for (const Column &c : t.to->columns) {
        if (!t.oldColumn(c.id))
            sawNew = true;
        else if (sawNew)
            return true;
        else
            newOrder << c.id;
    }
    if (oldOrder != newOrder)
        return true;
    auto keyChanged = [&](const Change<KeyConstraint> &k) { return !k.isMatched() || !m_diff.sameKey(t, *k.from, *k.to) || k.isRenamed(); };
    if ((t.primaryKey.from || t.primaryKey.to) && keyChanged(t.primaryKey))
        return true;
    return std::any_of(t.uniques.begin(), t.uniques.end(), keyChanged) ||
           std::any_of(t.checks.begin(), t.checks.end(), [&](const Change<CheckConstraint> &c) {
               return !c.isMatched() || !m_diff.sameCheck(*c.from, *c.to) || c.isRenamed();
           }) ||
           std::any_of(t.foreignKeys.begin(), t.foreignKeys.end(), [&](const Change<ForeignKey> &k) {
               return !k.isMatched() || !m_diff.sameForeignKey(t, *k.from, *k.to) || k.isRenamed();
           });
}

QList<MigrationStep> SqliteMigration::steps()
{
    QSet<QString> touched; // old tables whose views must go
    QList<const TableChange *> rebuilt;
    for (const TableChange &t : m_diff.tables) {
        if (needsRebuild(t))
            rebuilt << &t;
        if (t.from && (!t.to || needsRebuild(t) || t.from->name != t.to->name ||
                       std::any_of(t.columns.begin(), t.columns.end(), [](const Change<Column> &c) { return !c.isMatched() || c.isRenamed(); })))
            touched.insert(t.from->id);
    }
    const QSet<QString> views =
        ViewDependencies::toRecreate(m_diff, touched, [this](const View &a, const View &b) { return sameViewInSqlite(a, b); });
    for (auto it = m_diff.from().views.crbegin(); it != m_diff.from().views.crend(); ++it) {
        if (views.contains(it->id))
            add(QStringLiteral("DROP VIEW %1;").arg(m_old->name(it->name)));
    }
    for (const TableChange &t : m_diff.tables) {
        if (!t.from || !t.to || needsRebuild(t))
            continue;
        for (const Change<Index> &i : t.indexes) {
            if (i.from && (!i.to || !sameIndexInSqlite(t, *i.from, *i.to) || i.isRenamed()))
                add(QStringLiteral("DROP INDEX %1;").arg(m_old->name(i.from->name)));
        }
    }
    for (const TableChange &t : m_diff.tables) {
        if (t.from && !t.to)
            add(QStringLiteral("DROP TABLE %1;").arg(m_old->name(t.from->name)), Risk::DataLoss, m_diff.from().qualifiedName(*t.from),
                QStringLiteral("the table and its rows are dropped"), QStringLiteral("back it up first"));
    }
    renameTables();
    for (const TableChange &t : m_diff.tables) {
        if (t.from && t.to && !needsRebuild(t))
            alterInPlace(t);
    }
    for (const TableChange &t : m_diff.tables) {
        if (!t.from) {
            add(m_new->createTable(*t.to));
            for (const Index &i : t.to->indexes)
                add(m_new->createIndex(*t.to, i));
        }
    }
    for (const TableChange *t : rebuilt)
        rebuild(*t);
    for (const Change<View> &v : m_diff.views) {
        if (v.to && (!v.from || views.contains(v.from->id)))
            add(m_new->createView(*v.to));
        else if (v.isRenamed())
            add(QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(m_old->name(v.from->name), m_new->name(v.to->name)));
    }
    for (const Change<View> &v : m_diff.views) {
        if (v.isDropped() && !views.contains(v.from->id))
            add(QStringLiteral("DROP VIEW %1;").arg(m_old->name(v.from->name)));
    }
    if (!rebuilt.isEmpty()) {
        add(QStringLiteral("PRAGMA foreign_key_check;"));
        MigrationStep off, on;
        off.sql = QStringLiteral("PRAGMA foreign_keys = OFF;");
        off.place = MigrationStep::Place::BeforeTransaction;
        off.note = QStringLiteral("the table rebuild needs foreign keys off; PRAGMA foreign_keys does nothing inside a transaction");
        on.sql = QStringLiteral("PRAGMA foreign_keys = ON;");
        on.place = MigrationStep::Place::AfterCommit;
        m_steps.prepend(off);
        m_steps << on;
    }
    return m_steps;
}

void SqliteMigration::renameTables()
{
    // Every kept table takes its new name before anything else changes, in an order that frees a name
    // before it is taken (two tables trading names go through a temporary one).
    QList<Rename> renames;
    for (const TableChange &t : m_diff.tables) {
        if (t.from && t.to && t.from->name != t.to->name)
            renames << Rename{t.from->name, t.to->name};
    }
    for (const Rename &r : RenameOrder::order(renames))
        add(QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(m_new->name(r.from), m_new->name(r.to)));
}

void SqliteMigration::alterInPlace(const TableChange &t)
{
    const QString table = m_new->name(t.to->name); // renamed already (renameTables)
    QList<Rename> renames;
    for (const Change<Column> &c : t.columns) {
        if (c.isRenamed())
            renames << Rename{c.from->name, c.to->name};
    }
    for (const Rename &r : RenameOrder::order(renames))
        add(QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;").arg(table, m_new->name(r.from), m_new->name(r.to)));
    for (const Change<Column> &c : t.columns) {
        if (c.isDropped())
            add(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(table, m_old->name(c.from->name)), Risk::DataLoss,
                m_diff.from().qualifiedName(*t.from) + u'.' + c.from->name, QStringLiteral("the column and its data are dropped"),
                QStringLiteral("back the column up first"));
        else if (c.isCreated())
            add(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;").arg(table, m_new->columnDefinition(*t.to, *c.to)));
    }
    for (const Change<Index> &i : t.indexes) {
        if (i.to && (!i.from || !sameIndexInSqlite(t, *i.from, *i.to) || i.isRenamed()))
            add(m_new->createIndex(*t.to, *i.to));
    }
}

void SqliteMigration::rebuild(const TableChange &t)
{
    // A renamed table has its new name already (renameTables): ALTER TABLE ... RENAME rewrites the
    // foreign keys of the tables that reference it (SQLite 3.26 and later), which the rebuild would not.
    const QString current = m_new->name(t.to->name);
    // Steps 4 to 9 of the 12: the new table under a scratch name, the rows, the swap, the indexes.
    Table scratch = *t.to;
    scratch.name = QStringLiteral("new_") + t.to->name;
    const QString object = m_diff.to().qualifiedName(*t.to);
    add(m_new->createTable(scratch), Risk::Rewrite, object,
        QStringLiteral("SQLite cannot make this change in place: the table is rebuilt and its rows copied"),
        QStringLiteral("run it when the database is quiet; triggers on the table are dropped with it and must be made again"));
    QStringList into, select;
    for (const Change<Column> &c : t.columns) {
        if (c.isMatched() && c.to->generatedExpr.isEmpty()) {
            into << m_new->name(c.to->name);
            select << m_old->name(c.from->name);
        } else if (c.isCreated() && !c.to->nullable && c.to->defaultExpr.isEmpty() && c.to->generatedExpr.isEmpty() && c.to->identity == Identity::None) {
            m_steps.last().risk = Risk::MayFail;
            m_steps.last().warning = QStringLiteral("the new NOT NULL column %1 has no default: copying fails when the table has rows").arg(c.to->name);
        }
    }
    add(QStringLiteral("INSERT INTO %1 (%2)\n    SELECT %3 FROM %4;")
            .arg(m_new->name(scratch.name), into.join(QStringLiteral(", ")), select.join(QStringLiteral(", ")), current));
    add(QStringLiteral("DROP TABLE %1;").arg(current));
    add(QStringLiteral("ALTER TABLE %1 RENAME TO %2;").arg(m_new->name(scratch.name), m_new->name(t.to->name)));
    for (const Index &i : t.to->indexes)
        add(m_new->createIndex(*t.to, i));
}

} // namespace strata::modeler

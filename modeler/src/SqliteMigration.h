// The SQLite migration. SQLite's ALTER TABLE renames tables and columns, adds plain columns and drops
// unconstrained ones; every other change rebuilds the table with the documented 12 steps
// (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys off, a new table, the rows
// copied, the old table dropped, the new one renamed, its indexes and the views over it made again,
// PRAGMA foreign_key_check, foreign keys on.
#pragma once

#include "modeler/DdlBuilder.h"
#include "modeler/MigrationWriter.h"
#include "modeler/ModelDiff.h"

#include <QSet>

namespace strata::modeler {

class SqliteMigration
{
public:
    SqliteMigration(const ModelDiff &diff, Diagnostics *diagnostics);
    QList<MigrationStep> steps();

private:
    void add(const QString &sql, MigrationStep::Risk risk = MigrationStep::Risk::None, const QString &object = {},
             const QString &warning = {}, const QString &safer = {});
    bool needsRebuild(const TableChange &t) const;
    void renameTables();
    /// The same CREATE statement in SQLite on both sides (see the .cpp).
    bool sameTableInSqlite(const TableChange &t) const;
    bool sameIndexInSqlite(const TableChange &t, const Index &from, const Index &to) const;
    bool sameViewInSqlite(const View &from, const View &to) const;
    void alterInPlace(const TableChange &t);
    void rebuild(const TableChange &t);

    const ModelDiff &m_diff;
    Diagnostics *m_diagnostics;
    std::unique_ptr<DdlBuilder> m_old, m_new, m_newQuiet;
    QList<MigrationStep> m_steps;
};

} // namespace strata::modeler

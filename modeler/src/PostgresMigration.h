// The PostgreSQL migration: drops first (views, foreign keys, indexes, constraints, columns, tables,
// sequences), then renames and moves, then creates and changes (types and sequences, which
// PostgresTypeMigration writes, tables, columns, keys, indexes, foreign keys, views, comments, which
// PostgresCommentMigration writes), then the types and schemas that are gone.
#pragma once

#include "modeler/DdlBuilder.h"
#include "modeler/MigrationWriter.h"
#include "modeler/ModelDiff.h"

#include <QSet>

namespace strata::modeler {

class PostgresMigration
{
public:
    PostgresMigration(const ModelDiff &diff, const MigrationWriter::Options &options, Diagnostics *diagnostics);
    QList<MigrationStep> steps();

private:
    void add(const QString &sql, MigrationStep::Risk risk = MigrationStep::Risk::None, const QString &object = {},
             const QString &warning = {}, const QString &safer = {});
    void dropDependents();
    void dropTablesAndColumns();
    void renames();
    void tables();
    void columnChanges(const TableChange &t, const Column &from, const Column &to);
    void constraints(const TableChange &t);
    /// ADD ... NOT VALID in the transaction, VALIDATE CONSTRAINT after the commit (--concurrently).
    void addValidatedLater(const QString &table, const QString &clause, const QString &name);
    void indexes();
    void foreignKeys();
    void views();

    bool fkMustGo(const TableChange &t, const Change<ForeignKey> &k) const;
    bool typeChanges(const TableChange &t) const;
    /// A column of an enum that is made again (values removed or reordered): altered to the new type.
    bool onRemadeEnum(const DataType &type) const;
    QString oldTable(const TableChange &t) const { return m_old->tableName(*t.from); }
    QString newTable(const TableChange &t) const { return m_new->tableName(*t.to); }
    QString path(const Table &t, const QString &child = {}) const;

    const ModelDiff &m_diff;
    MigrationWriter::Options m_options;
    Diagnostics *m_diagnostics;
    std::unique_ptr<DdlBuilder> m_old, m_new;
    QList<MigrationStep> m_steps;
    QSet<QString> m_views;          ///< old view ids dropped and created again
    QSet<QString> m_remadeEnums;    ///< new enum ids made again (PostgresTypeMigration::onlyAddsValues)
    QSet<const ForeignKey *> m_droppedKeys; ///< old foreign keys dropped (to add again when kept)
};

} // namespace strata::modeler

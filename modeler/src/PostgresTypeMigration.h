// The part of the PostgreSQL migration that changes types and sequences: enums created or given new
// values (before the transaction), domains created or altered, sequences created or given new
// options, and at the end the domains, enums and schemas that are gone. An enum that loses or
// reorders values is made again beside the old one (renamed aside, dropped at the end). What
// PostgreSQL cannot change (a domain's base type) is a diagnostic, not a step.
#pragma once

#include "modeler/DdlBuilder.h"
#include "modeler/MigrationWriter.h"
#include "modeler/ModelDiff.h"

namespace strata::modeler {

class PostgresTypeMigration
{
public:
    /// `oldBuilder` names what the old model has, `newBuilder` writes the new; steps go to `steps`.
    PostgresTypeMigration(const ModelDiff &diff, const DdlBuilder &oldBuilder, const DdlBuilder &newBuilder, Diagnostics *diagnostics,
                          QList<MigrationStep> *steps)
        : m_diff(diff), m_old(&oldBuilder), m_new(&newBuilder), m_diagnostics(diagnostics), m_steps(*steps)
    {
    }

    /// Whether `to` is `from` with values added only (ALTER TYPE ... ADD VALUE does it), not
    /// removed or reordered (the enum is made again and its columns altered to it).
    static bool onlyAddsValues(const EnumType &from, const EnumType &to);

    /// Enums and domains created or changed.
    void createdAndChanged();
    void sequences();
    /// Domains, enums and schemas dropped: last, once nothing uses them.
    void dropped();

private:
    void add(const QString &sql, MigrationStep::Risk risk = MigrationStep::Risk::None, const QString &object = {},
             const QString &warning = {});
    /// A migration.unsupported diagnostic: "PostgreSQL cannot <what>: not migrated".
    void unsupported(const QString &path, const QString &what, const QString &hint);
    void enumValues(const EnumType &from, const EnumType &to);
    /// Where an enum made again keeps its old self until the end.
    QString replacedEnumName(const EnumType &to) const;
    void domainChanges(const Domain &from, const Domain &to);

    const ModelDiff &m_diff;
    const DdlBuilder *m_old;
    const DdlBuilder *m_new;
    Diagnostics *m_diagnostics;
    QList<MigrationStep> &m_steps;
};

} // namespace strata::modeler

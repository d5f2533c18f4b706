// The migration script: the dialect's steps in order, wrapped in a transaction, risky steps flagged.
#include "modeler/MigrationWriter.h"

#include "PostgresMigration.h"
#include "SqliteMigration.h"

namespace strata::modeler {

QString riskName(MigrationStep::Risk risk)
{
    switch (risk) {
    case MigrationStep::Risk::None: return {};
    case MigrationStep::Risk::Rewrite: return QStringLiteral("rewrite");
    case MigrationStep::Risk::Lock: return QStringLiteral("lock");
    case MigrationStep::Risk::DataLoss: return QStringLiteral("data loss");
    case MigrationStep::Risk::MayFail: return QStringLiteral("may fail");
    }
    return {};
}

QStringList Migration::riskSummary() const
{
    QStringList out;
    for (const MigrationStep &s : steps) {
        if (s.risk == MigrationStep::Risk::None)
            continue;
        QString line = QStringLiteral("%1: %2: %3").arg(riskName(s.risk), s.object, s.warning);
        if (!s.safer.isEmpty())
            line += QStringLiteral(" (safer: %1)").arg(s.safer);
        out << line;
    }
    return out;
}

namespace {

QString render(const MigrationStep &s)
{
    QString out;
    if (s.risk != MigrationStep::Risk::None) {
        out += QStringLiteral("-- WARNING (%1): %2\n").arg(riskName(s.risk), s.warning);
        if (!s.safer.isEmpty())
            out += QStringLiteral("-- Safer: %1\n").arg(s.safer);
    }
    if (!s.note.isEmpty())
        out += QStringLiteral("-- Note: %1\n").arg(s.note);
    return out + s.sql + u'\n';
}

QString script(const QList<MigrationStep> &steps, Dialect dialect)
{
    QString out = QStringLiteral("-- Migration for %1, written by Strata.\n")
                      .arg(dialect == Dialect::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"));
    if (steps.isEmpty())
        return out + QStringLiteral("-- Nothing to do: the models describe the same database.\n");
    for (const MigrationStep &s : steps) {
        if (s.place == MigrationStep::Place::BeforeTransaction)
            out += u'\n' + render(s);
    }
    out += QStringLiteral("\nBEGIN;\n");
    for (const MigrationStep &s : steps) {
        if (s.place == MigrationStep::Place::InTransaction)
            out += u'\n' + render(s);
    }
    out += QStringLiteral("\nCOMMIT;\n");
    for (const MigrationStep &s : steps) {
        if (s.place == MigrationStep::Place::AfterCommit)
            out += u'\n' + render(s);
    }
    return out;
}

} // namespace

Migration MigrationWriter::write(const Model &from, const Model &to, Dialect dialect, const Options &options)
{
    Migration out;
    const ModelDiff diff = ModelDiff::compare(from, to);
    if (dialect == Dialect::Sqlite)
        out.steps = SqliteMigration(diff, &out.diagnostics).steps();
    else
        out.steps = PostgresMigration(diff, options, &out.diagnostics).steps();
    out.sql = script(out.steps, dialect);
    return out;
}

} // namespace strata::modeler

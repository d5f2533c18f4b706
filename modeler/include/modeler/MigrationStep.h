// One statement of a migration script, and what running it risks on a database in use.
#pragma once

#include <QString>

namespace strata::modeler {

struct MigrationStep
{
    enum class Risk {
        None,
        Rewrite,   ///< rewrites the whole table under an exclusive lock
        Lock,      ///< scans the whole table (or builds an index) while blocking writes
        DataLoss,  ///< drops data: a column or a table
        MayFail,   ///< fails on a table that has rows (a NOT NULL column without a default)
    };
    /// Where the statement runs: before the transaction (enum values), inside it, or after the commit
    /// (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT), or as a setting around it (SQLite's pragmas).
    enum class Place { BeforeTransaction, InTransaction, AfterCommit };

    QString sql;       ///< one statement with its semicolon
    Risk risk = Risk::None;
    QString object;    ///< what it concerns, for the summary: "shop.customer.email"
    QString warning;   ///< what the risk is, for a risky step
    QString safer;     ///< the safer way, where there is one
    QString note;      ///< a comment for the reader that is not a risk
    Place place = Place::InTransaction;

    static MigrationStep of(const QString &sql, Risk risk = Risk::None, const QString &object = {}, const QString &warning = {},
                            const QString &safer = {})
    {
        return MigrationStep{sql, risk, object, warning, safer, {}, Place::InTransaction};
    }
};

/// "rewrite", "lock", "data loss", "may fail"; empty for None.
QString riskName(MigrationStep::Risk risk);

} // namespace strata::modeler

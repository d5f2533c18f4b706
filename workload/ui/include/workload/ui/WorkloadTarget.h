// Where the workload panel works: the open model's embedded engine (a SQLite file beside the model,
// named by the app), another SQLite file, or a PostgreSQL database (typed as a connection string or
// picked from the saved connections). A plain value the panel hands to its workers; open() runs on
// the worker's thread.
#pragma once

#include <connectors/Connector.h>
#include <connectors/SavedConnection.h>
#include <connectors/Session.h>
#include <memory>
#include <strata/Result.h>

namespace strata::workload::ui {

struct WorkloadTarget
{
    connectors::SavedConnection connection;
    bool modelEngine = false; ///< the open model's embedded engine
    connectors::PasswordStore *passwords =
        nullptr;                          ///< the keychain, for saved PostgreSQL connections (may be null)
    connectors::Connector::Prompt prompt; ///< asks for a password when the server wants one (may be empty)

    /// The embedded engine's file.
    static WorkloadTarget engine(const QString &path);
    /// What a user typed: a PostgreSQL conninfo string, URI or service, or a SQLite file.
    static Result<WorkloadTarget> typed(const QString &text);

    bool isSqliteFile() const { return connection.dialect() == connectors::Dialect::Sqlite; }
    connectors::Dialect dialect() const { return connection.dialect(); }
    /// For messages: "the model's engine (shop.sqlite)", "alice@db:5432/shop".
    QString displayName() const;
    /// The file of a SQLite target.
    QString sqlitePath() const { return connection.path; }

    /// A session to the target; a SQLite file must exist already ("generate data first").
    Result<std::unique_ptr<connectors::Session>> open() const;
    /// The same target with a SQLite file elsewhere (the scaling study's scratch file).
    WorkloadTarget withSqlitePath(const QString &path) const;
};

} // namespace strata::workload::ui

// Where synth, profile and advise work: a SQLite file (made by Strata) or a PostgreSQL connection,
// from what the user typed, and the session to it (with the keychain and the terminal prompt).
#pragma once

#include "Command.h"

#include <connectors/ConnectionSpec.h>
#include <connectors/Session.h>

#include <memory>

namespace strata::cli {

struct DatabaseTarget
{
    connectors::ConnectionSpec spec;
    /// A SQLite file: "x.sqlite", "x.db", "sqlite:x" or an existing SQLite file.
    bool isSqliteFile() const { return spec.dialect == connectors::Dialect::Sqlite; }

    /// `mustExist`: a SQLite file must be there already (profile, advise), else it may be new (synth).
    static Result<DatabaseTarget> parse(const QString &text, bool mustExist);
    /// Opens the session; `noPassword`: never prompt. Connection notes go to the console.
    Result<std::unique_ptr<connectors::Session>> open(bool noPassword, Console &console) const;
};

} // namespace strata::cli

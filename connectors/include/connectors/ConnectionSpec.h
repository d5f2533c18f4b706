// What a user types to name a database: a PostgreSQL conninfo string, URI or service, or a SQLite
// file. Parsed once here so that the IDE, strata-cli and the engines agree on what is accepted.
#pragma once

#include <strata/Result.h>

#include <QString>

namespace strata::connectors {

enum class Dialect { Postgres, Sqlite };

QString dialectName(Dialect dialect); // "postgres", "sqlite"

struct ConnectionSpec
{
    Dialect dialect = Dialect::Postgres;
    /// PostgreSQL: the conninfo string or URI as typed; libpq itself reads services, ~/.pgpass, the
    /// PG* environment and the sslmode/certificate options from it. SQLite: a file path or ":memory:".
    QString target;
    /// SQLite only: create the file when it does not exist (asked for with the "sqlite:" prefix).
    bool createIfMissing = false;

    /// Accepts, in this order: "sqlite:PATH" and "sqlite::memory:"; "postgresql://..." and
    /// "postgres://..." URIs; "key=value ..." conninfo strings (including "service=name"); a path
    /// ending in .sqlite, .sqlite3, .db or .db3, or naming an existing SQLite file; any other path
    /// with a '/'; else a bare PostgreSQL database name, as psql takes it.
    static Result<ConnectionSpec> parse(const QString &text);

    /// For titles and messages, never with a password: "alice@db.example.com:5432/shop", "shop.db".
    QString displayName() const;

    bool operator==(const ConnectionSpec &) const = default;
};

} // namespace strata::connectors

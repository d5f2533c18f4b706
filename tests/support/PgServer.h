// A throw-away PostgreSQL server for tests: initdb in a temporary folder, a free port on 127.0.0.1 and
// a Unix socket in that folder; as root, the server runs as the `postgres` user. Stopped and removed
// when the object goes away.
#pragma once

#include <strata/Result.h>

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace strata::test {

class PgServer
{
public:
    /// Starts a new cluster. `settings` are extra "name=value" server settings.
    static Result<std::unique_ptr<PgServer>> start(const QStringList &settings = {});
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    QString binDir() const { return m_binDir; }
    /// "host=<socket dir> port=<port> dbname=<db> user=postgres"
    QString conninfo(const QString &database = QStringLiteral("postgres")) const;
    /// "postgresql://postgres@127.0.0.1:<port>/<db>" (TCP)
    QString uri(const QString &database = QStringLiteral("postgres")) const;

    /// Runs SQL through psql (stops at the first error); returns what psql printed in unaligned form.
    Result<QString> psql(const QString &sql, const QString &database = QStringLiteral("postgres")) const;
    Result<void> createDatabase(const QString &name) const;
    /// pg_dump of a database with extra arguments (e.g. --schema-only).
    Result<QString> pgDump(const QString &database, const QStringList &arguments = {}) const;

    /// Stops and starts the server again on the same port when it is still free (for tests of
    /// dropped connections).
    Result<void> restart();

    /// Where the PostgreSQL server binaries are: $STRATA_PG_BINDIR, `pg_config --bindir`, or the
    /// newest /usr/lib/postgresql/N/bin.
    static QString findBinDir();

private:
    PgServer() = default;
    Result<QString> run(const QString &program, const QStringList &arguments, bool asServerUser,
                        const QByteArray &input = {}) const;
    Result<void> startServer();
    void stopServer();

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace strata::test

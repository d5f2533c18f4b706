// The libpqxx connection of a PostgreSQL session. We open the PGconn ourselves with
// PQconnectdbParams (so that libpq expands URIs and services and we can ask whether it wanted a
// password) and hand it to libpqxx through a connection policy: libpqxx 6.4 offers no other way to
// reach the PGconn, and the session needs it for single-row mode, error fields and cancel requests.
#pragma once

#include <strata/Result.h>

#include <pqxx/connection_base>
#include <pqxx/connectionpolicy>

#include <libpq-fe.h>

#include <memory>

namespace strata::connectors {

class PgLink final : public pqxx::connection_base
{
public:
    /// Connects to the conninfo string or URI, with Strata as the fallback application_name and
    /// UTF-8 as the client encoding. On failure the Error's code is passwordRequiredCode,
    /// passwordRejectedCode or cannotConnectCode, and its place names the connection as libpq
    /// resolved it ("alice@db:5432/shop"), which is also the keychain's key.
    static Result<std::unique_ptr<PgLink>> connect(const QString &target, const QString &password);
    ~PgLink();

    PGconn *raw() const { return m_policy.conn(); }
    /// "alice@db.example.com:5432/shop"
    QString identity() const;
    static QString identityOf(const PGconn *conn);

private:
    // Gives libpqxx the connection we opened; it cannot open another one (the session reconnects).
    class AdoptPolicy final : public pqxx::connectionpolicy
    {
    public:
        explicit AdoptPolicy(PGconn *conn) : pqxx::connectionpolicy(std::string()), m_conn(conn) {}
        ~AdoptPolicy() override; // closes the connection when libpqxx never took it
        handle do_startconnect(handle orig) override;
        handle do_disconnect(handle orig) noexcept override;
        PGconn *conn() const { return m_conn; }

    private:
        PGconn *m_conn;
    };

    explicit PgLink(PGconn *conn);
    AdoptPolicy m_policy;
};

} // namespace strata::connectors

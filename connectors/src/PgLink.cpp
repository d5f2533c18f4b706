#include "PgLink.h"

#include "PgError.h"
#include "connectors/ErrorCodes.h"

#include <pqxx/except>

#include <vector>

namespace strata::connectors {

namespace {

using ConnPtr = std::unique_ptr<PGconn, decltype(&PQfinish)>;

ConnPtr openConnection(const QString &target, const QString &password)
{
    // Keywords before "dbname" are defaults the expanded string may override; those after it win.
    const QByteArray targetUtf8 = target.toUtf8(), passwordUtf8 = password.toUtf8();
    std::vector<const char *> keys, values;
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT")) {
        keys.push_back("connect_timeout"); // an IDE should not hang on a host that does not answer
        values.push_back("10");
    }
    keys.push_back("dbname");
    values.push_back(targetUtf8.constData());
    keys.push_back("fallback_application_name");
    values.push_back("Strata");
    keys.push_back("client_encoding"); // results become QStrings from UTF-8
    values.push_back("UTF8");
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(passwordUtf8.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    return ConnPtr(PQconnectdbParams(keys.data(), values.data(), 1), &PQfinish);
}

} // namespace

PGconn *PgLink::AdoptPolicy::do_startconnect(handle orig)
{
    if (orig)
        return orig;
    if (!m_conn)
        throw pqxx::broken_connection("the connection was closed; the session connects again itself");
    return m_conn;
}

PgLink::AdoptPolicy::~AdoptPolicy()
{
    if (m_conn)
        PQfinish(m_conn);
}

PGconn *PgLink::AdoptPolicy::do_disconnect(handle orig) noexcept
{
    PQfinish(orig);
    m_conn = nullptr;
    return nullptr;
}

PgLink::PgLink(PGconn *conn) : pqxx::connection_base(m_policy), m_policy(conn)
{
    init();
}

PgLink::~PgLink()
{
    close();
}

QString PgLink::identityOf(const PGconn *conn)
{
    const auto text = [](const char *s) { return s ? QString::fromUtf8(s) : QString(); };
    return QStringLiteral("%1@%2:%3/%4").arg(text(PQuser(conn)), text(PQhost(conn)), text(PQport(conn)), text(PQdb(conn)));
}

QString PgLink::identity() const
{
    return identityOf(raw());
}

Result<std::unique_ptr<PgLink>> PgLink::connect(const QString &target, const QString &password)
{
    ConnPtr conn = openConnection(target, password);
    if (!conn)
        return Error(QStringLiteral("cannot connect: out of memory"), {}, QLatin1String(cannotConnectCode));
    const QString identity = identityOf(conn.get());
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        const char *code = PQconnectionNeedsPassword(conn.get())  ? passwordRequiredCode
                           : PQconnectionUsedPassword(conn.get()) ? passwordRejectedCode
                                                                  : cannotConnectCode;
        Error error(QStringLiteral("cannot connect"), SourcePlace::ofSource(identity),
                    QLatin1String(code));
        error.detail = pgMessageText(PQerrorMessage(conn.get()));
        if (code == passwordRequiredCode)
            error.hint = QStringLiteral("give the password, or put it in ~/.pgpass");
        return error;
    }
    try {
        return std::unique_ptr<PgLink>(new PgLink(conn.release()));
    } catch (const pqxx::broken_connection &e) {
        return Error(QStringLiteral("cannot connect: %1").arg(pgMessageText(e.what())),
                     SourcePlace::ofSource(identity), QLatin1String(cannotConnectCode));
    } catch (const pqxx::feature_not_supported &e) { // libpqxx refuses servers older than 9.0
        return Error(QStringLiteral("cannot use this server: %1").arg(pgMessageText(e.what())),
                     SourcePlace::ofSource(identity), QLatin1String(cannotConnectCode));
    }
}

} // namespace strata::connectors

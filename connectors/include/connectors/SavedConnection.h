// A connection the user keeps in the connections list: how it was entered (fields, a conninfo string,
// a URI, a service, a SQLite file), its SSL settings, and whether it is production. Never a password:
// those live in the keychain under passwordKey().
#pragma once

#include "connectors/ConnectionSpec.h"

namespace strata::connectors {

enum class ConnectionForm { Fields, Conninfo, Uri, Service, SqliteFile };

/// "fields", "conninfo", "uri", "service", "sqlite": how a form is written in the settings.
QString connectionFormName(ConnectionForm form);
std::optional<ConnectionForm> connectionFormFromName(const QString &name);

struct SavedConnection
{
    QString id;   ///< stable across renames; given by ConnectionStore::save()
    QString name; ///< what the user calls it: "shop (staging)"
    ConnectionForm form = ConnectionForm::Fields;
    QString text; ///< Conninfo and Uri forms: the string as typed (it must not hold a password)
    QString service;
    QString host;
    int port = 0; ///< 0: libpq's default
    QString database, user;
    /// SSL for every PostgreSQL form ("" leaves libpq's default, "prefer"): sslmode and its files.
    QString sslMode, sslRootCert, sslCert, sslKey;
    QString path; ///< SqliteFile form: the database file
    /// Statements that write ask for confirmation first.
    bool production = false;

    Dialect dialect() const
    {
        return form == ConnectionForm::SqliteFile ? Dialect::Sqlite : Dialect::Postgres;
    }
    /// What to open: the fields written as a conninfo string (values quoted as libpq reads them), or
    /// the text with the SSL settings added. An Error when the text holds a password or is unreadable.
    Result<ConnectionSpec> spec() const;
    /// The keychain key of this connection's password.
    QString passwordKey() const { return QStringLiteral("connection:") + id; }
    /// The name, or what the spec says when it has none.
    QString label() const;

    bool operator==(const SavedConnection &) const = default;
};

} // namespace strata::connectors

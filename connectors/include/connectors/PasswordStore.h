// Passwords a user typed, kept in the system keychain (QtKeychain: Secret Service or KWallet, macOS
// Keychain, Windows Credential Store), never in a file or QSettings. Where there is no keychain (CI,
// a headless server), every call returns an Error with code keychainUnavailableCode: the caller asks
// the user instead, and nothing is stored.
#pragma once

#include <strata/Result.h>

#include <QString>

#include <optional>

namespace strata::connectors {

class PasswordStore
{
public:
    explicit PasswordStore(QString service = QStringLiteral("Strata"));
    virtual ~PasswordStore() = default;

    /// The saved password, or no value when none is saved under `key`.
    virtual Result<std::optional<QString>> read(const QString &key);
    virtual Result<void> write(const QString &key, const QString &password);
    virtual Result<void> remove(const QString &key);

    /// The keychain key of a PostgreSQL connection identity ("alice@db:5432/shop").
    static QString keyFor(const QString &identity) { return QStringLiteral("postgres:") + identity; }

private:
    QString m_service;
};

} // namespace strata::connectors

// The user's list of connections, kept in an INI file under the XDG config folder
// (~/.config/Strata/connections.ini) with QSettings. Passwords never go there: they are written to
// and read from the system keychain (PasswordStore) under each connection's passwordKey().
// The embedded engine of the open model is listed first but never saved: the app names its file and
// gives the function that makes the file the first time a session opens it.
#pragma once

#include "connectors/Connector.h"
#include "connectors/SavedConnection.h"

#include <optional>
#include <QObject>

namespace strata::connectors {

class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    /// The id of the model's embedded engine in connections().
    static inline const QString modelEngineId = QStringLiteral("model-engine");

    /// `passwords` may be null: then no password is kept. Reads the list from `settingsPath`.
    explicit ConnectionStore(QString settingsPath = defaultPath(), PasswordStore *passwords = nullptr,
                             QObject *parent = nullptr);

    /// <XDG config home>/Strata/connections.ini
    static QString defaultPath();
    QString settingsPath() const { return m_path; }

    /// The model's engine (when set) first, then the saved ones in the order they were added.
    QList<SavedConnection> connections() const;
    std::optional<SavedConnection> find(const QString &id) const;

    /// Adds the connection (a new id when it has none) or replaces the one with its id, and writes
    /// the list. `password`, when given, goes to the keychain (an empty one removes the saved one);
    /// when the keychain cannot take it, the connection is still saved and the Error says so.
    Result<SavedConnection> save(SavedConnection connection,
                                 const std::optional<QString> &password = std::nullopt);
    /// Removes the connection and its keychain password.
    Result<void> remove(const QString &id);

    /// Makes the model engine's file when it is missing (the app writes the model's schema into it).
    /// Called on the thread that opens the session, just before it opens; leaves no file on failure.
    using EngineMaker = std::function<Result<void>(const QString &path)>;

    /// The SQLite file of the open model's embedded engine; an empty path removes it from the list.
    void setModelEngine(const QString &path, const QString &label, EngineMaker maker = {});
    /// What makes the model engine's file, to hand to the thread that opens it (see open()).
    EngineMaker engineMaker() const { return m_engineMaker; }

    /// Opens a session: with the connection's keychain password first, when one is saved; else the
    /// Connector's way (libpq's sources, the identity's keychain entry, then `prompt`). Call it on the
    /// thread that will use the session. The model engine's file is first made by `makeEngine` when
    /// it is missing.
    static Result<std::unique_ptr<Session>> open(const SavedConnection &connection, PasswordStore *passwords,
                                                 const Connector::Prompt &prompt,
                                                 Diagnostics *diagnostics = nullptr,
                                                 const EngineMaker &makeEngine = {});

    PasswordStore *passwords() const { return m_passwords; }

signals:
    void changed();

private:
    void load();
    Result<void> write();

    QString m_path;
    PasswordStore *m_passwords;
    QList<SavedConnection> m_saved;
    std::optional<SavedConnection> m_modelEngine;
    EngineMaker m_engineMaker;
};

} // namespace strata::connectors

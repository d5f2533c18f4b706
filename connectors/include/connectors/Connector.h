// Opens a session the way a user expects: first with what libpq finds by itself (the connection
// string, PGPASSWORD, ~/.pgpass, a service file); when the server still wants a password, the one
// saved in the keychain; then the prompt. A password typed into the prompt that works is saved in the
// keychain; when there is none, the user is told it was not saved, and nothing is written anywhere.
#pragma once

#include "connectors/PasswordStore.h"
#include "connectors/Session.h"

#include <strata/Diagnostic.h>

#include <functional>
#include <optional>

namespace strata::connectors {

/// What the prompt is told: whose password, and why it is asked again.
struct PasswordRequest
{
    QString identity; ///< "alice@db.example.com:5432/shop"
    QString reason;   ///< empty the first time; the server's answer when a password was rejected
};

class Connector
{
public:
    /// Returns the password the user typed, or no value when they gave up. Called on the thread that
    /// calls open(); a GUI blocks that worker on a dialog in the GUI thread.
    using Prompt = std::function<std::optional<QString>(const PasswordRequest &request)>;

    /// `store` may be null (nothing is read or saved); `prompt` may be empty (no prompt).
    Connector(PasswordStore *store, Prompt prompt);

    Result<std::unique_ptr<Session>> open(const ConnectionSpec &spec);
    /// What happened on the way that the user should know: "the password was not saved: ...".
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    /// How many times a rejected password is asked again.
    static constexpr int maxPrompts = 3;

private:
    Result<std::unique_ptr<Session>> openWithPrompt(const ConnectionSpec &spec, const QString &identity,
                                                    QString reason, Error last);
    void savePassword(const QString &identity, const QString &password);

    PasswordStore *m_store;
    Prompt m_prompt;
    Diagnostics m_diagnostics;
    std::optional<Error> m_keychainError; // why the keychain could not be read or written
};

} // namespace strata::connectors

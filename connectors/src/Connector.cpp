#include "connectors/Connector.h"

#include "connectors/ErrorCodes.h"

namespace strata::connectors {

namespace {

bool wantsPassword(const Error &error)
{
    return error.code == QLatin1String(passwordRequiredCode) || error.code == QLatin1String(passwordRejectedCode);
}

} // namespace

Connector::Connector(PasswordStore *store, Prompt prompt) : m_store(store), m_prompt(std::move(prompt)) {}

Result<std::unique_ptr<Session>> Connector::open(const ConnectionSpec &spec)
{
    m_diagnostics.clear();
    m_keychainError.reset();
    auto session = Session::open(spec);
    if (session || !wantsPassword(session.error()))
        return session;
    // The server wants a password that libpq did not find; the error's place names the connection.
    const QString identity = session.error().place.source;
    QString reason;
    if (m_store) {
        auto saved = m_store->read(PasswordStore::keyFor(identity));
        if (!saved) {
            m_keychainError = saved.error(); // no keychain: ask, and say the password is not saved
        } else if (saved->has_value()) {
            auto withSaved = Session::open(spec, **saved);
            if (withSaved || !wantsPassword(withSaved.error()))
                return withSaved;
            reason = QStringLiteral("the saved password was rejected: ") + withSaved.error().detail;
        }
    }
    return openWithPrompt(spec, identity, reason, session.error());
}

Result<std::unique_ptr<Session>> Connector::openWithPrompt(const ConnectionSpec &spec, const QString &identity,
                                                           QString reason, Error last)
{
    for (int attempt = 0; m_prompt && attempt < maxPrompts; ++attempt) {
        const std::optional<QString> typed = m_prompt(PasswordRequest{identity, reason});
        if (!typed)
            break; // the user gave up
        auto session = Session::open(spec, *typed);
        if (session) {
            savePassword(identity, *typed);
            return session;
        }
        if (!wantsPassword(session.error()))
            return session;
        last = session.error();
        reason = session.error().detail;
    }
    return last;
}

void Connector::savePassword(const QString &identity, const QString &password)
{
    if (!m_store)
        return;
    if (!m_keychainError)
        if (auto saved = m_store->write(PasswordStore::keyFor(identity), password); !saved)
            m_keychainError = saved.error();
    if (m_keychainError)
        m_diagnostics.append({Severity::Warning, m_keychainError->code,
                              QStringLiteral("the password was not saved: ") + m_keychainError->message, {},
                              m_keychainError->hint});
}

} // namespace strata::connectors

// The Error codes of connectors that are not a server's SQLSTATE. A server error keeps its SQLSTATE
// ("42601"); SQLite errors are named after SQLite's result code ("SQLITE_CONSTRAINT").
#pragma once

#include <strata/TaskControl.h>

namespace strata::connectors {

// A statement the caller cancelled (Session::cancel() or its TaskControl) fails with strata::cancelledCode.

/// The statement ran longer than ExecOptions::timeoutMs and was cancelled.
inline constexpr const char *timeoutCode = "timeout";
/// SQLSTATE connection_failure: the connection was lost (server restarted, backend terminated).
/// The next call on the session connects again.
inline constexpr const char *connectionLostCode = "08006";
/// SQLSTATE sqlclient_unable_to_establish_sqlconnection: connecting (or reconnecting) failed.
inline constexpr const char *cannotConnectCode = "08001";
/// The server wants a password and none was found (connection string, PGPASSWORD, ~/.pgpass).
inline constexpr const char *passwordRequiredCode = "password-required";
/// A password was sent and the connection still failed (usually: the password is wrong).
inline constexpr const char *passwordRejectedCode = "password-rejected";
/// The system keychain (secret service, KWallet, macOS Keychain, Windows Credential Store) cannot be used.
inline constexpr const char *keychainUnavailableCode = "keychain-unavailable";
/// The call does not fit the session's state or its arguments (a parameter count, a released statement).
inline constexpr const char *usageCode = "usage";

} // namespace strata::connectors

// The password prompt of strata-cli: on the terminal with echo off, as psql asks.
#pragma once

#include <connectors/Connector.h>

#include <optional>

namespace strata::cli {

/// Asks on /dev/tty; no terminal, no prompt (no value).
std::optional<QString> askOnTerminal(const connectors::PasswordRequest &request);

} // namespace strata::cli

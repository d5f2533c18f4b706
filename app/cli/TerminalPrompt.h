// The password prompt of the commands that connect to a database: on the terminal, echo off, as psql asks.
#pragma once

#include <connectors/Connector.h>

namespace strata::cli {

/// No terminal: no value (the connector then says a password is needed).
std::optional<QString> askPasswordOnTerminal(const connectors::PasswordRequest &request);

} // namespace strata::cli

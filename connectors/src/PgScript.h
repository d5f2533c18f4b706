// Splits a PostgreSQL script into statements with PostgreSQL's own grammar (libpg_query), so that
// semicolons in strings, dollar quotes, comments and BEGIN ATOMIC bodies do not cut a statement.
#pragma once

#include "ScriptText.h"

namespace strata::connectors {

/// The statements of the script, in order; none for a script of comments and whitespace.
QList<StatementSpan> splitPostgresScript(const ScriptText &script);

} // namespace strata::connectors

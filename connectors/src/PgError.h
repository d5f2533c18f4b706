// PostgreSQL's errors and notices as Strata's Error and Diagnostic: SQLSTATE, message, detail, hint,
// context, and the place in the script the server's position points at.
#pragma once

#include "ScriptText.h"

#include <strata/Diagnostic.h>

#include <libpq-fe.h>

#include <stdexcept>

namespace pqxx {
class sql_error;
}

namespace strata::connectors {

/// The statement a result belongs to: positions in the server's errors count from its start.
struct StatementRef
{
    const ScriptText *script = nullptr;
    StatementSpan span;
};

/// An error result: every field the server sent, and the place of its position in the script.
Error pgResultError(const PGresult *result, const StatementRef &statement);
/// A notice or warning the server sent during a statement.
Diagnostic pgNotice(const PGresult *result, const StatementRef &statement);
/// An error libpqxx threw after the server reported it; libpqxx keeps only the SQLSTATE and the
/// formatted text, so detail and hint are read back from that text.
Error pqxxSqlError(const pqxx::sql_error &error);
/// libpq's message ("server closed the connection unexpectedly\n...") as one trimmed paragraph.
QString pgMessageText(const char *message);

} // namespace strata::connectors

// Splits a SQLite script into statements where SQLite itself says a statement is complete
// (sqlite3_complete), so that trigger bodies, strings and comments keep their semicolons.
#pragma once

#include "ScriptText.h"

namespace strata::connectors {

/// The first word of a statement, in upper case, after any comments before it.
QByteArray firstKeyword(const QByteArray &statement);

/// The statements of the script, in order; none for a script of comments, semicolons and whitespace.
QList<StatementSpan> splitSqliteScript(const ScriptText &script);

} // namespace strata::connectors

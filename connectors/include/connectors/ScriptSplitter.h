// The statements of a script as the database itself splits it: PostgreSQL's grammar (libpg_query),
// SQLite's sqlite3_complete. Session::run() splits with the same rules, so an editor that runs "the
// statement under the cursor" runs exactly what a script run would.
#pragma once

#include "connectors/ConnectionSpec.h"
#include "connectors/StatementSpan.h"

#include <QString>

namespace strata::connectors {

/// The statements of `script` in order, without their semicolons and surrounding whitespace; none
/// for a script of comments and whitespace.
QList<StatementSpan> splitScript(Dialect dialect, const QString &script);

/// The statement an editor's cursor at `position` means: the one it is in (its semicolon counts),
/// else the last one that ends before it, else the first one after it; -1 when there is none.
qsizetype statementAt(const QList<StatementSpan> &statements, qsizetype position, const QString &script);

} // namespace strata::connectors

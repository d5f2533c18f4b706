// Whether a PostgreSQL statement changes the database, read from its parse tree (libpg_query) so that
// comments, string contents and letter case cannot fool it.
#pragma once

#include <QByteArray>

namespace strata::connectors {

/// False for SELECT (without INTO and without a data-modifying WITH), SHOW, and EXPLAIN without
/// ANALYZE or of a statement that does not write; true for everything else, and for text the
/// parser cannot read. A function that writes behind a SELECT is not seen.
bool pgStatementWrites(const QByteArray &statementUtf8);

} // namespace strata::connectors

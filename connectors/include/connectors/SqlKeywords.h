// The keywords of each dialect, taken from the dialects' own code (libpg_query's token list checked
// by its scanner, sqlite3_keyword_name()), for highlighting and completion.
#pragma once

#include "connectors/ConnectionSpec.h"

#include <QStringList>

namespace strata::connectors {

/// Every keyword of the dialect in lower case, sorted.
const QStringList &sqlKeywords(Dialect dialect);

} // namespace strata::connectors

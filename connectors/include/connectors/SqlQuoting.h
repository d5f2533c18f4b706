// Quoting for SQL that connectors and their widgets write (catalog completion, copied INSERTs):
// identifiers always in double quotes, which both dialects read as exactly the name.
#pragma once

#include <QString>

namespace strata::connectors {

/// "orders", "Order Lines", "say ""hi""": always quoted, inner quotes doubled.
QString quoteIdentifier(QStringView name);
/// "public"."orders"; an empty schema gives just the quoted name.
QString quoteQualified(QStringView schema, QStringView name);
/// 'it''s': both dialects read standard-conforming strings, so only quotes are doubled.
QString quoteLiteral(QStringView text);

} // namespace strata::connectors

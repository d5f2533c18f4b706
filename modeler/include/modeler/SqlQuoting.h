// Identifier and literal quoting for generated SQL, per dialect. Every name Strata writes into SQL
// goes through here, so that mixed case, spaces, reserved words and quotes inside names all work.
#pragma once

#include "modeler/Dialect.h"

#include <QString>

namespace strata::modeler {

/// True when `name` must be written in double quotes to mean exactly itself: anything but a plain
/// lower-case (PostgreSQL) or ASCII (SQLite) identifier, and keywords the dialect reserves.
/// Keywords come from the dialects' own code: libpg_query's scanner and sqlite3_keyword_check().
bool needsQuotes(QStringView name, Dialect dialect);

/// True when the dialect reserves the word (in any letter case), so that it can only be used quoted.
bool isReservedWord(QStringView name, Dialect dialect);

/// The name as SQL: quoted (with inner quotes doubled) only where needed.
QString quoteIdentifier(QStringView name, Dialect dialect);

/// "schema.name" quoted per part; an empty schema gives just the name.
QString quoteQualified(QStringView schema, QStringView name, Dialect dialect);

/// A string literal: 'it''s'. Both dialects use standard-conforming strings.
QString quoteLiteral(QStringView text);

} // namespace strata::modeler

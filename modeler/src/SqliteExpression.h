// PostgreSQL expressions (defaults, checks, index keys and predicates) rewritten for SQLite, from
// PostgreSQL's own parse tree (libpg_query, printed by SqliteExpressionPrinter): casts to text and
// enum types fall away, numeric casts become CAST(... AS ...), now() becomes CURRENT_TIMESTAMP, ~~
// becomes LIKE. What has no SQLite counterpart is refused with its name, so that the DDL writer can
// say what was left out. SqliteSelect does the same for whole queries (views).
#pragma once

#include "modeler/Model.h"

#include <strata/Result.h>

namespace strata::modeler {

class SqliteExpression
{
public:
    /// The expression as SQLite spells it, or an error saying what SQLite lacks. `model` tells
    /// the enum and domain types, whose casts are left out (SQLite stores their values as they are).
    static Result<QString> fromPostgres(const QString &expression, const Model &model);
};

} // namespace strata::modeler

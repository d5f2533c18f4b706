// The SQL dialects Strata reads and writes.
#pragma once

#include <QString>

#include <optional>

namespace strata::modeler {

enum class Dialect { Postgres, Sqlite };

QString dialectName(Dialect dialect); // "postgres", "sqlite"
/// Accepts "postgres", "postgresql", "pg", "sqlite", "sqlite3" in any case.
std::optional<Dialect> parseDialect(QStringView name);

} // namespace strata::modeler

// An in-memory SQLite database that says whether SQLite accepts a statement or an expression, in
// SQLite's own words: the DDL writer leaves out what SQLite would refuse, with that reason.
#pragma once

#include <strata/Result.h>

#include <QString>

struct sqlite3;

namespace strata::modeler {

class SqliteProbe
{
public:
    SqliteProbe();
    ~SqliteProbe();
    SqliteProbe(const SqliteProbe &) = delete;
    SqliteProbe &operator=(const SqliteProbe &) = delete;

    /// Compiles one statement without running it.
    Result<void> prepare(const QString &sql) const;
    /// Runs statements; when one fails, none of them stays.
    Result<void> execute(const QString &sql);

private:
    Result<void> exec(const QString &sql);

    sqlite3 *m_db = nullptr;
};

} // namespace strata::modeler

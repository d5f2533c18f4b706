// An in-memory SQLite database that says whether SQLite accepts a statement or an expression, in
// SQLite's own words: the DDL writer leaves out what SQLite would refuse, with that reason.
#pragma once

#include <strata/Result.h>

#include <QStringList>

#include <functional>

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
    /// Runs the statements, each of which must be exactly one statement; when one fails, none of
    /// them stays.
    Result<void> execute(const QStringList &statements);
    /// Runs statements to see whether SQLite takes them, and takes them back in any case.
    Result<void> tryOut(const QString &sql);

private:
    Result<void> exec(const QString &sql);
    Result<void> inSavepoint(const std::function<Result<void>()> &work, bool keep);
    Result<void> runOne(const QString &statement);

    sqlite3 *m_db = nullptr;
};

} // namespace strata::modeler

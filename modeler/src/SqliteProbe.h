// An in-memory SQLite database that says whether SQLite accepts a statement or an expression, in
// SQLite's own words: the DDL writer leaves out what SQLite would refuse, with that reason. Every
// text it is given must be exactly one statement, so that text from a model cannot smuggle a second.
#pragma once

#include <strata/Result.h>

#include <QStringList>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

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
    /// Runs the statements; when one fails, none of them stays.
    Result<void> execute(const QStringList &statements);
    /// Runs the statements to see whether SQLite takes them, and takes them back in any case.
    Result<void> tryOut(const QStringList &statements);

private:
    /// The compiled statement (to finalize), or an error; `sql` must hold exactly one statement.
    Result<sqlite3_stmt *> compile(const QString &sql) const;
    Result<void> runOne(const QString &statement);
    Result<void> exec(const char *sql);
    Result<void> inSavepoint(const QStringList &statements, bool keep);

    sqlite3 *m_db = nullptr;
};

} // namespace strata::modeler

#include "SqliteProbe.h"

#include <sqlite3.h>

namespace strata::modeler {

SqliteProbe::SqliteProbe()
{
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

SqliteProbe::~SqliteProbe()
{
    sqlite3_close(m_db);
}

Result<sqlite3_stmt *> SqliteProbe::compile(const QString &sql) const
{
    if (!m_db)
        return Error(QStringLiteral("cannot open an in-memory SQLite database"));
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    sqlite3_stmt *compiled = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &compiled, &tail) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (!compiled)
        return Error(QStringLiteral("no statement"));
    // What follows the statement must be nothing but blanks and comments.
    sqlite3_stmt *next = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, tail, int(utf8.constData() + utf8.size() - tail), &next, nullptr);
    const bool more = rc != SQLITE_OK || next;
    sqlite3_finalize(next);
    if (more) {
        sqlite3_finalize(compiled);
        return Error(QStringLiteral("more than one statement"));
    }
    return compiled;
}

Result<void> SqliteProbe::prepare(const QString &sql) const
{
    auto compiled = compile(sql);
    if (!compiled)
        return compiled.error();
    sqlite3_finalize(compiled.value());
    return Result<void>::success();
}

Result<void> SqliteProbe::runOne(const QString &statement)
{
    auto compiled = compile(statement);
    if (!compiled)
        return compiled.error();
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(compiled.value());
    sqlite3_finalize(compiled.value());
    if (rc != SQLITE_DONE)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Result<void>::success();
}

Result<void> SqliteProbe::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Result<void>::success();
}

Result<void> SqliteProbe::inSavepoint(const QStringList &statements, bool keep)
{
    if (!m_db)
        return Error(QStringLiteral("cannot open an in-memory SQLite database"));
    auto begun = exec("SAVEPOINT probe");
    if (!begun)
        return begun;
    Result<void> done;
    for (const QString &s : statements) {
        done = runOne(s);
        if (!done)
            break;
    }
    if (!done || !keep)
        (void)exec("ROLLBACK TO probe");
    (void)exec("RELEASE probe");
    return done;
}

Result<void> SqliteProbe::execute(const QStringList &statements)
{
    return inSavepoint(statements, true);
}

Result<void> SqliteProbe::tryOut(const QStringList &statements)
{
    return inSavepoint(statements, false);
}

} // namespace strata::modeler

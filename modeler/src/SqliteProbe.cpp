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

Result<void> SqliteProbe::prepare(const QString &sql) const
{
    if (!m_db)
        return Error(QStringLiteral("cannot open an in-memory SQLite database"));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr);
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Result<void>::success();
}

Result<void> SqliteProbe::exec(const QString &sql)
{
    if (!m_db)
        return Error(QStringLiteral("cannot open an in-memory SQLite database"));
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return Error(text);
    return Result<void>::success();
}

Result<void> SqliteProbe::inSavepoint(const std::function<Result<void>()> &work, bool keep)
{
    auto begun = exec(QStringLiteral("SAVEPOINT probe"));
    if (!begun)
        return begun;
    auto done = work();
    if (!done || !keep)
        (void)exec(QStringLiteral("ROLLBACK TO probe"));
    (void)exec(QStringLiteral("RELEASE probe"));
    return done;
}

Result<void> SqliteProbe::runOne(const QString &statement)
{
    const QByteArray utf8 = statement.toUtf8();
    const char *tail = nullptr;
    sqlite3_stmt *compiled = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &compiled, &tail) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (!compiled)
        return Error(QStringLiteral("no statement"));
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(compiled);
    sqlite3_finalize(compiled);
    if (rc != SQLITE_DONE)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    // What follows the statement must be nothing but blanks and comments.
    sqlite3_stmt *next = nullptr;
    const bool more = sqlite3_prepare_v2(m_db, tail, int(utf8.constData() + utf8.size() - tail), &next, nullptr) != SQLITE_OK || next;
    sqlite3_finalize(next);
    if (more)
        return Error(QStringLiteral("more than one statement"));
    return Result<void>::success();
}

Result<void> SqliteProbe::execute(const QStringList &statements)
{
    if (!m_db)
        return Error(QStringLiteral("cannot open an in-memory SQLite database"));
    return inSavepoint([&]() -> Result<void> {
        for (const QString &s : statements) {
            auto ran = runOne(s);
            if (!ran)
                return ran;
        }
        return Result<void>::success();
    }, true);
}

Result<void> SqliteProbe::tryOut(const QString &sql)
{
    return inSavepoint([&] { return exec(sql); }, false);
}

} // namespace strata::modeler

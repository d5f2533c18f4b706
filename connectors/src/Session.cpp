#include "connectors/Session.h"

#include "PgSession.h"
#include "SqliteSession.h"

namespace strata::connectors {

namespace {

// Reads a cursor to its end, keeping the rows of the last statement only.
Result<QueryResult> readAll(Result<std::unique_ptr<Cursor>> cursor)
{
    if (!cursor)
        return cursor.error();
    QueryResult out;
    while (true) {
        auto more = (*cursor)->nextResult();
        if (!more)
            return more.error();
        if (!*more)
            return out;
        out.columns = (*cursor)->columns();
        out.rows.clear();
        while (true) {
            auto batch = (*cursor)->fetch(4096);
            if (!batch)
                return batch.error();
            if (batch->isEmpty())
                break;
            out.rows += *batch;
        }
        out.summary = (*cursor)->summary();
    }
}

} // namespace

int QueryResult::columnIndex(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

Result<std::unique_ptr<Session>> Session::open(const ConnectionSpec &spec, const QString &password)
{
    if (spec.dialect == Dialect::Sqlite) {
        auto session = SqliteSession::open(spec);
        if (!session)
            return session.error();
        return std::unique_ptr<Session>(std::move(*session));
    }
    auto session = PgSession::open(spec, password);
    if (!session)
        return session.error();
    return std::unique_ptr<Session>(std::move(*session));
}

Diagnostics Session::takeNotices()
{
    QMutexLocker lock(&m_noticeMutex);
    return std::exchange(m_notices, {});
}

void Session::addNotice(Diagnostic notice)
{
    QMutexLocker lock(&m_noticeMutex);
    m_notices.append(std::move(notice));
}

Result<QueryResult> Session::query(const QString &script, const Row &params, const ExecOptions &options)
{
    return readAll(run(script, params, options));
}

Result<QueryResult> Session::query(const PreparedStatement &statement, const Row &params, const ExecOptions &options)
{
    return readAll(run(statement, params, options));
}

Result<void> Session::begin()
{
    auto r = query(QStringLiteral("BEGIN"));
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> Session::commit()
{
    auto r = query(QStringLiteral("COMMIT"));
    if (!r)
        return r.error();
    // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK: the work is gone, and the
    // caller must hear it.
    if (r->summary.commandTag == u"ROLLBACK")
        return Error(QStringLiteral("the transaction was rolled back because a statement in it had failed"), {},
                     QStringLiteral("25P02"));
    return Result<void>::success();
}

Result<void> Session::rollback()
{
    auto r = query(QStringLiteral("ROLLBACK"));
    return r ? Result<void>() : Result<void>(r.error());
}

} // namespace strata::connectors

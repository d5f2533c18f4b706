// Session::load for PostgreSQL: COPY ... FROM STDIN through libpqxx's stream_to (which writes COPY's
// text escapes), inside a transaction of its own or a savepoint of the caller's, so that a failed or
// cancelled load leaves no rows behind.
#pragma once

#include "PgSession.h"

#include <string>

namespace strata::connectors {

class PgCopyIn
{
public:
    PgCopyIn(PgSession &session, const ExecOptions &options) : m_session(session), m_options(options) {}

    Result<qint64> run(const QString &schema, const QString &table, const QStringList &columns, const RowSource &next);
    Result<qint64> run(const QString &schema, const QString &table, const QStringList &columns, const BatchSource &next);

private:
    /// Sets `line` to the next line of COPY's text format and returns true; false at the end, or
    /// with `error` set when a row does not fit.
    using LineSource = std::function<bool(std::string &line, std::optional<Error> &error)>;

    Result<qint64> copy(const QString &schema, const QString &table, const QStringList &columns, const LineSource &lines);
    /// Streams the lines; an Error when a row does not fit or the load was cancelled (libpqxx's own
    /// exceptions go through).
    std::optional<Error> copyRows(const QString &target, const QStringList &columns, const LineSource &lines);
    Result<qint64> finish(std::optional<Error> error, const QByteArray &commit, const QByteArray &rollback);

    PgSession &m_session;
    const ExecOptions &m_options;
    qint64 m_loaded = 0;
};

} // namespace strata::connectors

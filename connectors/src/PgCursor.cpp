#include "PgCursor.h"

#include "connectors/ErrorCodes.h"

namespace strata::connectors {

namespace {

bool isError(ExecStatusType status)
{
    return status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR || status == PGRES_BAD_RESPONSE;
}

// Rows affected make sense for statements that change rows, and for SELECT INTO / CREATE TABLE AS.
qint64 rowsAffected(const PGresult *result)
{
    const QByteArray tag = PQcmdStatus(const_cast<PGresult *>(result));
    const QByteArray verb = tag.left(tag.indexOf(' '));
    const bool changes = verb == "INSERT" || verb == "UPDATE" || verb == "DELETE" || verb == "MERGE" ||
                         verb == "COPY" || (verb == "SELECT" && PQnfields(result) == 0);
    const char *count = PQcmdTuples(const_cast<PGresult *>(result));
    return changes && count && *count ? QByteArray(count).toLongLong() : -1;
}

} // namespace

PgCursor::PgCursor(PgSession *session, ScriptText script, QList<StatementSpan> statements, const Row &params,
                   ExecOptions options, int preparedId)
    : m_session(session), m_script(std::move(script)), m_statements(std::move(statements)), m_params(params),
      m_options(std::move(options)), m_preparedId(preparedId)
{
    m_statement.script = &m_script;
}

PgCursor::~PgCursor()
{
    if (m_session) {
        close();
        m_session->cursorClosed(this);
    }
}

void PgCursor::close()
{
    if (m_session && (m_state == State::Rows || m_state == State::CopyOut))
        (void)drain();
    finish();
}

void PgCursor::finish()
{
    if (m_state != State::Finished && m_session)
        m_session->cursorFinished();
    m_state = State::Finished;
}

Result<bool> PgCursor::nextResult()
{
    if (!m_session)
        return Error(QStringLiteral("this cursor was closed: its session ran another statement or was closed"), {},
                     QLatin1String(usageCode));
    if (m_pendingError)
        return fail(*std::exchange(m_pendingError, std::nullopt));
    if (m_state == State::Rows || m_state == State::CopyOut)
        if (auto drained = drain(); !drained)
            return fail(drained.error());
    if (m_state == State::Finished || ++m_index >= m_statements.size()) {
        finish();
        return false;
    }
    m_statement.span = m_statements[m_index];
    m_columns.clear();
    m_summary = ResultSummary();
    m_summary.statementIndex = m_index;
    m_summary.offset = m_statement.span.offset;
    m_summary.length = m_statement.span.length;
    m_clock = StatementClock(m_options.timeoutMs);
    if (m_session->stopRequested()) // cancelled between two statements
        return fail(m_session->cancelledError(m_statement));
    m_session->setCurrentStatement(&m_statement);
    if (auto sent = send(); !sent)
        return fail(sent.error());
    if (auto first = takeFirst(); !first)
        return first.error();
    return true;
}

Result<void> PgCursor::send()
{
    PGconn *conn = m_session->conn();
    int sent = 0;
    if (m_preparedId > 0) {
        auto name = m_session->preparedName(m_preparedId, m_statement);
        if (!name)
            return name.error();
        sent = PQsendQueryPrepared(conn, name->constData(), m_params.count(), m_params.values(), m_params.lengths(),
                                   m_params.formats(), 0);
    } else {
        const QByteArray sql = m_script.statementUtf8(m_statement.span);
        sent = PQsendQueryParams(conn, sql.constData(), m_params.count(), nullptr, m_params.values(),
                                 m_params.lengths(), m_params.formats(), 0);
    }
    if (!sent)
        return m_session->connectionError(m_statement);
    PQsetSingleRowMode(conn);
    return Result<void>::success();
}

Result<void> PgCursor::takeFirst()
{
    while (true) {
        PgResultPtr result(m_session->awaitResult(m_clock, m_options.control), &PQclear);
        if (!result) { // no result at all: only a broken connection does that
            if (PQstatus(m_session->conn()) == CONNECTION_BAD)
                return fail(m_session->connectionError(m_statement));
            m_state = State::StatementDone;
            m_summary.finished = true;
            return Result<void>::success();
        }
        switch (PQresultStatus(result.get())) {
        case PGRES_SINGLE_TUPLE:
            takeColumns(result.get());
            m_firstRow = std::move(result);
            m_state = State::Rows;
            return Result<void>::success();
        case PGRES_COPY_OUT: // COPY ... TO STDOUT: its lines become rows of one text column
            m_columns = {Column{QStringLiteral("COPY"), QStringLiteral("text"), 25}};
            m_summary.copyLines = true;
            m_state = State::CopyOut;
            return Result<void>::success();
        case PGRES_COPY_IN: // the server waits for data no one will send: end it, the server reports it
            PQputCopyEnd(m_session->conn(), "COPY FROM STDIN cannot read data here; load rows with Strata's loader "
                                            "or COPY from a file on the server");
            continue;
        default:
            if (isError(PQresultStatus(result.get())))
                return fail(result.get());
            takeColumns(result.get()); // TUPLES_OK without rows, COMMAND_OK, EMPTY_QUERY
            endStatement(result.get());
            if (auto drained = drain(); !drained)
                return fail(drained.error());
            return Result<void>::success();
        }
    }
}

void PgCursor::takeColumns(const PGresult *result)
{
    m_columns.clear();
    for (int i = 0; i < PQnfields(result); ++i) {
        const Oid type = PQftype(result, i);
        m_columns.append(Column{QString::fromUtf8(PQfname(result, i)), m_session->typeName(type), type});
    }
}

Row PgCursor::rowOf(const PGresult *result) const
{
    const int n = PQnfields(result);
    Row row;
    row.reserve(n);
    for (int i = 0; i < n; ++i)
        row.append(PQgetisnull(result, 0, i) ? QVariant()
                                             : pgValue(PQgetvalue(result, 0, i), PQgetlength(result, 0, i), PQftype(result, i)));
    return row;
}

void PgCursor::endStatement(const PGresult *result)
{
    m_summary.commandTag = QString::fromUtf8(PQcmdStatus(const_cast<PGresult *>(result)));
    m_summary.rowsAffected = rowsAffected(result);
    m_summary.finished = true;
    m_summary.elapsedUs = m_clock.spentUs();
    m_state = State::StatementDone;
    m_session->statementEnded();
}

Result<QList<Row>> PgCursor::fetch(int maxRows)
{
    if (m_pendingError)
        return fail(*std::exchange(m_pendingError, std::nullopt));
    QList<Row> rows;
    const Result<void> read = m_state == State::CopyOut ? fetchCopyLines(maxRows, rows)
                              : m_state == State::Rows  ? fetchRows(maxRows, rows)
                                                        : Result<void>();
    m_summary.rowsRead += rows.size();
    m_summary.elapsedUs = m_clock.spentUs();
    if (!read) {
        if (rows.isEmpty())
            return read.error();
        m_pendingError = read.error(); // the rows before the error first, the error at the next call
    }
    return rows;
}

Result<void> PgCursor::fetchRows(int maxRows, QList<Row> &rows)
{
    if (m_firstRow) {
        rows.append(rowOf(m_firstRow.get()));
        m_firstRow.reset();
    }
    while (rows.size() < maxRows) {
        PgResultPtr result(m_session->awaitResult(m_clock, m_options.control), &PQclear);
        if (!result)
            return fail(m_session->connectionError(m_statement));
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_SINGLE_TUPLE) {
            rows.append(rowOf(result.get()));
        } else if (status == PGRES_TUPLES_OK) {
            endStatement(result.get());
            return drain();
        } else {
            return fail(result.get());
        }
    }
    return Result<void>::success();
}

Result<void> PgCursor::fetchCopyLines(int maxRows, QList<Row> &rows)
{
    PGconn *conn = m_session->conn();
    while (rows.size() < maxRows) {
        char *line = nullptr;
        const int length = PQgetCopyData(conn, &line, 1);
        if (length > 0) {
            rows.append(Row{QString::fromUtf8(line, line[length - 1] == '\n' ? length - 1 : length)});
            PQfreemem(line);
        } else if (length == 0) {
            if (!m_session->waitForInput(m_clock, m_options.control))
                return fail(m_session->connectionError(m_statement));
        } else { // -1: the copy is done and its final result follows; -2: an error
            m_state = State::Rows;
            PgResultPtr result(m_session->awaitResult(m_clock, m_options.control), &PQclear);
            if (!result)
                return fail(m_session->connectionError(m_statement));
            if (isError(PQresultStatus(result.get())))
                return fail(result.get());
            endStatement(result.get());
            return drain();
        }
    }
    return Result<void>::success();
}

Result<void> PgCursor::drain()
{
    std::optional<Error> error;
    while (m_state == State::CopyOut) { // skip the lines left
        char *line = nullptr;
        const int length = PQgetCopyData(m_session->conn(), &line, 1);
        if (length > 0)
            PQfreemem(line);
        else if (length < 0 || !m_session->waitForInput(m_clock, m_options.control))
            m_state = State::Rows;
    }
    m_firstRow.reset();
    while (PGresult *r = m_session->awaitResult(m_clock, m_options.control)) {
        PgResultPtr result(r, &PQclear);
        const ExecStatusType status = PQresultStatus(r);
        if (isError(status) && !error)
            error = m_session->statementError(r, m_statement, m_clock);
        else if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
            endStatement(r);
    }
    if (m_state != State::Finished)
        m_state = State::StatementDone;
    m_session->statementEnded();
    if (error)
        return m_session->finalError(*error);
    if (PQstatus(m_session->conn()) == CONNECTION_BAD)
        return m_session->connectionError(m_statement);
    return Result<void>::success();
}

Error PgCursor::fail(const PGresult *result)
{
    Error error = m_session->statementError(result, m_statement, m_clock);
    if (PQstatus(m_session->conn()) != CONNECTION_BAD)
        (void)drain();
    return fail(m_session->finalError(error));
}

Error PgCursor::fail(Error error)
{
    m_summary.elapsedUs = m_clock.spentUs();
    if (m_session)
        m_session->statementEnded();
    finish();
    return error;
}

} // namespace strata::connectors

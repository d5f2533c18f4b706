#include "PgSession.h"

#include "PgCopyIn.h"
#include "PgCursor.h"
#include "PgScript.h"
#include "PgWriteCheck.h"
#include "connectors/SqlQuoting.h"
#include "connectors/ErrorCodes.h"

#include <cerrno>
#include <poll.h>

namespace strata::connectors {

namespace {

// How often a wait looks at the TaskControl and the time limit. The user's cancel does not wait
// for this: Session::cancel() sends the cancel request at once.
constexpr int waitSliceMs = 50;

TransactionState stateOf(PGconn *conn, TransactionState previous)
{
    switch (PQtransactionStatus(conn)) {
    case PQTRANS_IDLE:
        return TransactionState::Idle;
    case PQTRANS_INTRANS:
        return TransactionState::InTransaction;
    case PQTRANS_INERROR:
        return TransactionState::Failed;
    case PQTRANS_ACTIVE:
        return previous;
    default:
        return TransactionState::Unknown;
    }
}

} // namespace

PgSession::PgSession(ConnectionSpec spec, QString password)
    : m_spec(std::move(spec)), m_password(std::move(password)), m_displayName(m_spec.displayName())
{}

PgSession::~PgSession()
{
    if (m_openCursor)
        m_openCursor->detach();
    dropConnection();
}

Result<std::unique_ptr<PgSession>> PgSession::open(const ConnectionSpec &spec, const QString &password)
{
    auto link = PgLink::connect(spec.target, password);
    if (!link)
        return link.error();
    std::unique_ptr<PgSession> session(new PgSession(spec, password));
    session->m_displayName = (*link)->identity();
    session->adopt(std::move(*link));
    return session;
}

void PgSession::adopt(std::unique_ptr<PgLink> link)
{
    m_link = std::move(link);
    m_conn = m_link->raw();
    PQsetNoticeReceiver(m_conn, &PgSession::receiveNotice, this);
    {
        QMutexLocker lock(&m_cancelMutex);
        m_cancel = PQgetCancel(m_conn);
    }
    m_serverVersion = QString::fromUtf8(PQparameterStatus(m_conn, "server_version"));
    for (Prepared &p : m_prepared)
        p.ready = false;
    m_lossReported = false;
    m_serverClosing = false;
    loadTypeNames();
    setTransactionState(TransactionState::Idle);
}

void PgSession::dropConnection()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    m_link.reset();
    m_conn = nullptr;
    setTransactionState(TransactionState::Unknown);
}

void PgSession::loadTypeNames()
{
    // Built-in types only (below FirstNormalObjectId): one small query per connection, so that a
    // result's column types are known while its rows are still streaming and nothing else can run.
    PgResultPtr r(PQexec(m_conn, "SELECT oid, pg_catalog.format_type(oid, NULL) FROM pg_catalog.pg_type WHERE oid < 16384"),
                  &PQclear);
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return;
    for (int i = 0; i < PQntuples(r.get()); ++i)
        m_typeNames.insert(Oid(QByteArray(PQgetvalue(r.get(), i, 0)).toUInt()), QString::fromUtf8(PQgetvalue(r.get(), i, 1)));
}

void PgSession::receiveNotice(void *session, const PGresult *result)
{
    auto *self = static_cast<PgSession *>(session);
    const QByteArray severity = PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity == "FATAL" || severity == "PANIC")
        self->m_serverClosing = true; // the server ends the session after this
    self->addNotice(pgNotice(result, self->m_current ? *self->m_current : StatementRef{}));
}

// An idle connection the server closed (a restart, pg_terminate_backend) has a readable socket: the
// server's FATAL message, then the end. libpq hands an error that arrives while idle to the notice
// receiver, which notes it; the end shows only on a later read.
bool PgSession::closedWhileIdle()
{
    for (int reads = 0; reads < 100 && PQstatus(m_conn) == CONNECTION_OK; ++reads) {
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (fd.fd < 0 || ::poll(&fd, 1, 0) <= 0)
            break;
        if (!PQconsumeInput(m_conn))
            break;
        PQisBusy(m_conn); // parses what came: notifications, notices, the FATAL message
    }
    return PQstatus(m_conn) == CONNECTION_BAD || m_serverClosing;
}

Result<void> PgSession::ensureConnected()
{
    if (m_conn && !m_lossReported && !closedWhileIdle())
        return Result<void>::success();
    if (m_conn && !m_lossReported) {
        const TransactionState before = transactionState();
        if (before == TransactionState::InTransaction || before == TransactionState::Failed) {
            // Connecting again silently would let the caller believe its transaction is still open.
            return lostError(QStringLiteral("the server closed the connection while it was idle"), {});
        }
        addNotice({Severity::Warning, QLatin1String(connectionLostCode),
                   QStringLiteral("the server had closed the connection (a restart, or the session was terminated); "
                                  "connected again"),
                   SourcePlace::ofSource(m_displayName), {}});
    }
    dropConnection();
    auto link = PgLink::connect(m_spec.target, m_password);
    if (!link) {
        Error error = link.error();
        error.message = QStringLiteral("the connection was lost and connecting again failed: ") + error.message;
        return error;
    }
    adopt(std::move(*link));
    return Result<void>::success();
}

Error PgSession::lostError(const QString &why, const SourcePlace &place)
{
    const TransactionState before = transactionState();
    const bool hadTransaction = before == TransactionState::InTransaction || before == TransactionState::Failed;
    Error error(hadTransaction ? QStringLiteral("the connection to the server was lost; its open transaction was rolled back")
                               : QStringLiteral("the connection to the server was lost"),
                place, QLatin1String(connectionLostCode));
    error.detail = why;
    error.hint = QStringLiteral("the next statement connects again");
    m_lossReported = true;
    m_running.store(false);
    setTransactionState(TransactionState::Unknown);
    return error;
}

bool PgSession::waitForInput(StatementClock &clock, TaskControl *control)
{
    if (TaskControl::cancelled(control))
        requestCancel(Stop::Task);
    if (clock.expired())
        requestCancel(Stop::Timeout);
    pollfd fd{PQsocket(m_conn), POLLIN, 0};
    if (fd.fd < 0)
        return false;
    clock.start();
    const int ready = ::poll(&fd, 1, clock.nextWaitMs(waitSliceMs));
    clock.stop();
    if (ready < 0)
        return errno == EINTR;
    return ready == 0 || PQconsumeInput(m_conn) == 1;
}

PGresult *PgSession::awaitResult(StatementClock &clock, TaskControl *control)
{
    while (PQisBusy(m_conn) && PQstatus(m_conn) != CONNECTION_BAD)
        if (!waitForInput(clock, control))
            break; // PQgetResult reports the broken connection
    return PQgetResult(m_conn);
}

void PgSession::requestCancel(Stop reason)
{
    int none = int(Stop::None);
    if (!m_stop.compare_exchange_strong(none, int(reason)))
        return; // asked already
    QMutexLocker lock(&m_cancelMutex);
    char why[256];
    if (m_cancel)
        PQcancel(m_cancel, why, int(sizeof why));
}

void PgSession::cancel()
{
    if (m_running.load())
        requestCancel(Stop::User);
}

Error PgSession::cancelledError(const StatementRef &statement) const
{
    return Error(QStringLiteral("the statement was cancelled"),
                 statement.script ? statement.script->placeAt(statement.span.offset) : SourcePlace(),
                 QLatin1String(cancelledCode));
}

Error PgSession::statementError(const PGresult *result, const StatementRef &statement, const StatementClock &clock)
{
    Error error = pgResultError(result, statement);
    const auto stop = Stop(m_stop.load());
    if (error.code == u"57014" && stop != Stop::None) { // query_canceled, and we asked for it
        const QString server = error.message;
        error = stop == Stop::Timeout
                    ? Error(QStringLiteral("the statement ran longer than its limit of %1 ms and was cancelled").arg(clock.limitMs()),
                            error.place, QLatin1String(timeoutCode))
                    : cancelledError(statement);
        error.detail = QStringLiteral("server: ") + server;
    }
    return error;
}

Error PgSession::finalError(Error error)
{
    // 57P01 and its kin: the server ends the session (terminated, shutting down, database dropped).
    const bool lost = PQstatus(m_conn) == CONNECTION_BAD || error.code.startsWith(QLatin1String("57P"));
    if (!lost || error.code == QLatin1String(connectionLostCode))
        return error;
    return lostError(error.message, error.place);
}

Error PgSession::connectionError(const StatementRef &statement)
{
    const SourcePlace place = statement.script ? statement.script->placeAt(statement.span.offset) : SourcePlace();
    const QString why = pgMessageText(PQerrorMessage(m_conn));
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return lostError(why, place);
    return Error(why, place, QLatin1String(usageCode));
}

void PgSession::statementEnded()
{
    // A broken connection keeps the last state it had: lostError() tells whether a transaction died.
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        setTransactionState(stateOf(m_conn, transactionState()));
}

void PgSession::closeOpenCursor()
{
    if (m_openCursor) {
        m_openCursor->close();
        m_openCursor->detach(); // its owner may keep it; it no longer speaks for the session
    }
    m_openCursor = nullptr;
    m_current = nullptr;
}

void PgSession::cursorClosed(PgCursor *cursor)
{
    if (m_openCursor != cursor)
        return;
    m_openCursor = nullptr;
    m_running.store(false);
    m_current = nullptr;
}

void PgSession::startStatements()
{
    m_stop.store(int(Stop::None));
    m_running.store(true);
}

Result<PgResultPtr> PgSession::exchange(const std::function<int(PGconn *)> &send, const StatementRef &statement)
{
    if (!send(m_conn))
        return connectionError(statement);
    StatementClock clock;
    PgResultPtr last(nullptr, &PQclear);
    std::optional<Error> error;
    while (PGresult *r = awaitResult(clock, nullptr)) {
        const auto status = PQresultStatus(r);
        if (!error && (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR || status == PGRES_BAD_RESPONSE))
            error = statementError(r, statement, clock);
        last.reset(r);
    }
    statementEnded();
    if (!error && PQstatus(m_conn) == CONNECTION_BAD)
        error = connectionError(statement);
    if (error)
        return finalError(*error);
    return last;
}

void PgSession::settle()
{
    StatementClock clock;
    while (PGresult *r = awaitResult(clock, nullptr))
        PQclear(r);
}

Result<void> PgSession::exchange(const QByteArray &sql)
{
    auto r = exchange([&](PGconn *c) { return PQsendQuery(c, sql.constData()); }, {});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<std::unique_ptr<Cursor>> PgSession::run(const QString &script, const Row &params, const ExecOptions &options)
{
    closeOpenCursor();
    if (auto connected = ensureConnected(); !connected)
        return connected.error();
    ScriptText text(script, options.source);
    QList<StatementSpan> statements = splitPostgresScript(text);
    if (!params.isEmpty() && statements.size() != 1)
        return Error(QStringLiteral("bound parameters need a script of exactly one statement; this one has %1")
                         .arg(statements.size()),
                     text.placeAt(statements.size() > 1 ? statements[1].offset : 0), QLatin1String(usageCode));
    startStatements();
    auto cursor = std::make_unique<PgCursor>(this, std::move(text), std::move(statements), params, options, 0);
    m_openCursor = cursor.get();
    return std::unique_ptr<Cursor>(std::move(cursor));
}

Result<QByteArray> PgSession::preparedName(int id, const StatementRef &statement)
{
    auto it = m_prepared.find(id);
    if (it == m_prepared.end())
        return Error(QStringLiteral("the prepared statement was released"), {}, QLatin1String(usageCode));
    if (it->ready)
        return it->name;
    const QByteArray sql = it->sql.toUtf8(), name = it->name;
    auto prepared = exchange([&](PGconn *c) { return PQsendPrepare(c, name.constData(), sql.constData(), 0, nullptr); },
                             statement);
    if (!prepared)
        return prepared.error();
    auto described = exchange([&](PGconn *c) { return PQsendDescribePrepared(c, name.constData()); }, statement);
    if (!described)
        return described.error();
    it->parameterCount = PQnparams(described->get());
    it->ready = true;
    return name;
}

Result<PreparedStatement> PgSession::prepare(const QString &sql)
{
    closeOpenCursor();
    if (auto connected = ensureConnected(); !connected)
        return connected.error();
    const int id = m_nextPrepared++;
    m_prepared.insert(id, {sql, "strata_" + QByteArray::number(id), false, 0});
    const ScriptText text(sql, QStringLiteral("prepared statement"));
    const StatementRef statement{&text, text.spanOfBytes(0, text.utf8().size())};
    auto name = preparedName(id, statement);
    if (!name) {
        m_prepared.remove(id);
        return name.error();
    }
    return PreparedStatement{id, sql, m_prepared[id].parameterCount};
}

Result<std::unique_ptr<Cursor>> PgSession::run(const PreparedStatement &statement, const Row &params,
                                               const ExecOptions &options)
{
    closeOpenCursor();
    if (!m_prepared.contains(statement.id))
        return Error(QStringLiteral("the statement is not prepared in this session"), {}, QLatin1String(usageCode));
    if (params.size() != statement.parameterCount)
        return Error(QStringLiteral("the prepared statement takes %1 parameters; %2 were given")
                         .arg(statement.parameterCount)
                         .arg(params.size()),
                     {}, QLatin1String(usageCode));
    if (auto connected = ensureConnected(); !connected)
        return connected.error();
    ScriptText text(statement.sql, options.source);
    QList<StatementSpan> whole{text.spanOfBytes(0, text.utf8().size())};
    startStatements();
    auto cursor = std::make_unique<PgCursor>(this, std::move(text), std::move(whole), params, options, statement.id);
    m_openCursor = cursor.get();
    return std::unique_ptr<Cursor>(std::move(cursor));
}

void PgSession::release(const PreparedStatement &statement)
{
    auto it = m_prepared.find(statement.id);
    if (it == m_prepared.end())
        return;
    const bool onServer = it->ready && m_conn && PQstatus(m_conn) == CONNECTION_OK;
    const QByteArray name = it->name;
    m_prepared.erase(it);
    if (onServer) {
        closeOpenCursor();
        (void)exchange("DEALLOCATE " + name); // a failure leaves a harmless server-side statement
    }
}

Result<qint64> PgSession::load(const QString &schema, const QString &table, const QStringList &columns,
                               const RowSource &next, const ExecOptions &options)
{
    return loadFrom(schema, table, columns, next, options);
}

Result<qint64> PgSession::loadBatches(const QString &schema, const QString &table, const QStringList &columns,
                                      const BatchSource &next, const ExecOptions &options)
{
    return loadFrom(schema, table, columns, next, options);
}

template <typename Source>
Result<qint64> PgSession::loadFrom(const QString &schema, const QString &table, const QStringList &columns,
                                   const Source &next, const ExecOptions &options)
{
    closeOpenCursor();
    if (auto connected = ensureConnected(); !connected)
        return connected.error();
    startStatements();
    PgCopyIn copy(*this, options);
    auto loaded = copy.run(schema, table, columns, next);
    m_running.store(false);
    statementEnded();
    return loaded;
}

QString PgSession::quoteIdentifier(const QString &name) const
{
    return connectors::quoteIdentifier(name);
}

QList<StatementSpan> PgSession::writingStatements(const QString &script)
{
    const ScriptText text(script, {});
    QList<StatementSpan> writing;
    for (const StatementSpan &span : splitPostgresScript(text))
        if (pgStatementWrites(text.statementUtf8(span)))
            writing.append(span);
    return writing;
}

} // namespace strata::connectors

#include "SqliteSession.h"

#include "SqliteCursor.h"
#include "SqliteLoader.h"
#include "SqliteScript.h"
#include "connectors/SqlQuoting.h"
#include "connectors/ErrorCodes.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>

#include <sqlite3.h>

namespace strata::connectors {

namespace {

// SQLite's primary result codes by name, the Error code of SQLite errors.
QString resultCodeName(int code)
{
    static const char *const names[] = {
        "SQLITE_OK", "SQLITE_ERROR", "SQLITE_INTERNAL", "SQLITE_PERM", "SQLITE_ABORT", "SQLITE_BUSY",
        "SQLITE_LOCKED", "SQLITE_NOMEM", "SQLITE_READONLY", "SQLITE_INTERRUPT", "SQLITE_IOERR", "SQLITE_CORRUPT",
        "SQLITE_NOTFOUND", "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_PROTOCOL", "SQLITE_EMPTY", "SQLITE_SCHEMA",
        "SQLITE_TOOBIG", "SQLITE_CONSTRAINT", "SQLITE_MISMATCH", "SQLITE_MISUSE", "SQLITE_NOLFS", "SQLITE_AUTH",
        "SQLITE_FORMAT", "SQLITE_RANGE", "SQLITE_NOTADB", "SQLITE_NOTICE", "SQLITE_WARNING"};
    const int primary = code & 0xff;
    return primary < int(std::size(names)) ? QLatin1String(names[primary]) : QStringLiteral("SQLITE_%1").arg(primary);
}

// How long a statement waits for another connection's lock before it fails with SQLITE_BUSY.
constexpr int busyWaitMs = 5000;

// Text is bound as the QString's own UTF-16, without a copy (SQLITE_STATIC): the rows and parameters
// bound stay alive in their cursor or loader until the statement has run, and a bulk load binds a
// million strings.
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        return sqlite3_bind_text16(statement, index, text.constData(), int(text.size() * 2), SQLITE_STATIC);
    }
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return sqlite3_bind_null(statement, index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.typeId() == QMetaType::QDateTime ? value.toDateTime().toString(Qt::ISODateWithMs)
                             : value.typeId() == QMetaType::QDate   ? value.toDate().toString(Qt::ISODate)
                                                                    : value.toString();
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

} // namespace

SqliteSession::SqliteSession(sqlite3 *db, QString displayName) : m_db(db), m_displayName(std::move(displayName))
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_progress_handler(m_db, 1000, &SqliteSession::progress, this);
    sqlite3_busy_handler(m_db, &SqliteSession::busy, this);
    setTransactionState(TransactionState::Idle);
}

SqliteSession::~SqliteSession()
{
    closeOpenCursor();
    for (sqlite3_stmt *statement : std::as_const(m_prepared))
        sqlite3_finalize(statement);
    QMutexLocker lock(&m_dbMutex);
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<std::unique_ptr<SqliteSession>> SqliteSession::open(const ConnectionSpec &spec)
{
    const bool memory = spec.target == u":memory:";
    const SourcePlace place = SourcePlace::ofSource(spec.target);
    if (!memory && !spec.createIfMissing && !QFileInfo::exists(spec.target)) {
        Error error(QStringLiteral("no such SQLite file: %1").arg(spec.target), place, QStringLiteral("SQLITE_CANTOPEN"));
        error.hint = QStringLiteral("write sqlite:%1 to create a new database").arg(spec.target);
        return error;
    }
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (memory || spec.createIfMissing ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(spec.target).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error(QStringLiteral("cannot open %1: %2").arg(spec.target, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))),
                    place, resultCodeName(rc));
        sqlite3_close_v2(db);
        return error;
    }
    // Opening is lazy: read the schema now, so that a file that is not a database says so here.
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error error(QStringLiteral("cannot read %1: %2").arg(spec.target, QString::fromUtf8(sqlite3_errmsg(db))), place,
                    resultCodeName(sqlite3_errcode(db)));
        sqlite3_close_v2(db);
        return error;
    }
    return std::unique_ptr<SqliteSession>(new SqliteSession(db, spec.displayName()));
}

QString SqliteSession::serverVersion() const
{
    return QString::fromLatin1(sqlite3_libversion());
}

Result<sqlite3_stmt *> SqliteSession::compile(const ScriptText &script, const StatementSpan &span, unsigned flags)
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, script.utf8().constData() + span.byteOffset, int(span.byteLength), flags,
                                      &statement, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, script, span);
    return statement;
}

Result<void> SqliteSession::bind(sqlite3_stmt *statement, const Row &params, const ScriptText &script,
                                 const StatementSpan &span)
{
    const int wanted = sqlite3_bind_parameter_count(statement);
    if (wanted != params.size())
        return Error(QStringLiteral("the statement takes %1 parameters; %2 were given").arg(wanted).arg(params.size()),
                     script.placeAt(span.offset), QLatin1String(usageCode));
    for (int i = 0; i < wanted; ++i)
        if (const int rc = bindValue(statement, i + 1, params[i]); rc != SQLITE_OK)
            return error(rc, script, span);
    return Result<void>::success();
}

Error SqliteSession::error(int code, const ScriptText &script, const StatementSpan &span)
{
    const int offset = sqlite3_error_offset(m_db); // bytes into the statement's text, -1 when none
    const qsizetype index = offset >= 0 ? script.indexOfByte(span.byteOffset + offset) : span.offset;
    Error error(QString::fromUtf8(sqlite3_errmsg(m_db)), script.placeAt(index), resultCodeName(code));
    if (code != (code & 0xff))
        error.detail = QStringLiteral("extended result code %1").arg(code);
    const auto stop = Stop(m_stop.load());
    const int primary = code & 0xff;
    if (stop != Stop::None && (primary == SQLITE_INTERRUPT || primary == SQLITE_BUSY)) {
        error.detail = QStringLiteral("SQLite: ") + error.message;
        if (stop == Stop::Timeout) {
            error.message = QStringLiteral("the statement ran longer than its limit of %1 ms and was cancelled")
                                .arg(m_clock ? m_clock->limitMs() : 0);
            error.code = QLatin1String(timeoutCode);
        } else {
            error.message = QStringLiteral("the statement was cancelled");
            error.code = QLatin1String(cancelledCode);
        }
    }
    return error;
}

void SqliteSession::watch(StatementClock *clock, TaskControl *control)
{
    m_clock = clock;
    m_control = control;
}

void SqliteSession::requestStop(Stop reason)
{
    int none = int(Stop::None);
    m_stop.compare_exchange_strong(none, int(reason));
}

int SqliteSession::progress(void *session)
{
    auto *self = static_cast<SqliteSession *>(session);
    if (TaskControl::cancelled(self->m_control))
        self->requestStop(Stop::Task);
    if (self->m_clock && self->m_clock->expired())
        self->requestStop(Stop::Timeout);
    return self->stopRequested() ? 1 : 0; // non-zero interrupts the statement
}

int SqliteSession::busy(void *session, int attempts)
{
    auto *self = static_cast<SqliteSession *>(session);
    if (progress(self) || attempts * 10 >= busyWaitMs)
        return 0;
    sqlite3_sleep(10);
    return 1;
}

void SqliteSession::cancel()
{
    if (!m_running.load())
        return;
    requestStop(Stop::User);
    QMutexLocker lock(&m_dbMutex);
    if (m_db)
        sqlite3_interrupt(m_db);
}

void SqliteSession::statementEnded()
{
    setTransactionState(sqlite3_get_autocommit(m_db) ? TransactionState::Idle : TransactionState::InTransaction);
}

void SqliteSession::cursorClosed(SqliteCursor *cursor)
{
    if (m_openCursor != cursor)
        return;
    m_openCursor = nullptr;
    m_running.store(false);
    watch(nullptr, nullptr);
}

void SqliteSession::closeOpenCursor()
{
    if (m_openCursor) {
        m_openCursor->close();
        m_openCursor->detach();
    }
    m_openCursor = nullptr;
}

void SqliteSession::startStatements()
{
    m_stop.store(int(Stop::None));
    m_running.store(true);
}

Result<void> SqliteSession::execute(const char *sql)
{
    const ScriptText script(QString::fromUtf8(sql), {});
    const StatementSpan whole = script.spanOfBytes(0, script.utf8().size());
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    statementEnded();
    return rc == SQLITE_OK ? Result<void>() : Result<void>(error(rc, script, whole));
}

Result<std::unique_ptr<Cursor>> SqliteSession::run(const QString &script, const Row &params, const ExecOptions &options)
{
    closeOpenCursor();
    ScriptText text(script, options.source);
    QList<StatementSpan> statements = splitSqliteScript(text);
    if (!params.isEmpty() && statements.size() != 1)
        return Error(QStringLiteral("bound parameters need a script of exactly one statement; this one has %1")
                         .arg(statements.size()),
                     text.placeAt(statements.size() > 1 ? statements[1].offset : 0), QLatin1String(usageCode));
    startStatements();
    auto cursor = std::make_unique<SqliteCursor>(this, std::move(text), std::move(statements), params, options, nullptr);
    m_openCursor = cursor.get();
    return std::unique_ptr<Cursor>(std::move(cursor));
}

Result<PreparedStatement> SqliteSession::prepare(const QString &sql)
{
    closeOpenCursor();
    const ScriptText text(sql, QStringLiteral("prepared statement"));
    const QList<StatementSpan> statements = splitSqliteScript(text);
    if (statements.size() != 1)
        return Error(QStringLiteral("a prepared statement is one statement; this text has %1").arg(statements.size()),
                     text.placeAt(0), QLatin1String(usageCode));
    auto compiled = compile(text, statements.first(), SQLITE_PREPARE_PERSISTENT);
    if (!compiled)
        return compiled.error();
    const int id = m_nextPrepared++;
    m_prepared.insert(id, *compiled);
    return PreparedStatement{id, sql, sqlite3_bind_parameter_count(*compiled)};
}

Result<std::unique_ptr<Cursor>> SqliteSession::run(const PreparedStatement &statement, const Row &params,
                                                   const ExecOptions &options)
{
    closeOpenCursor();
    sqlite3_stmt *compiled = m_prepared.value(statement.id);
    if (!compiled)
        return Error(QStringLiteral("the statement is not prepared in this session"), {}, QLatin1String(usageCode));
    ScriptText text(statement.sql, options.source);
    QList<StatementSpan> whole{text.spanOfBytes(0, text.utf8().size())};
    startStatements();
    auto cursor = std::make_unique<SqliteCursor>(this, std::move(text), std::move(whole), params, options, compiled);
    m_openCursor = cursor.get();
    return std::unique_ptr<Cursor>(std::move(cursor));
}

void SqliteSession::release(const PreparedStatement &statement)
{
    closeOpenCursor();
    if (sqlite3_stmt *compiled = m_prepared.take(statement.id))
        sqlite3_finalize(compiled);
}

template <typename Source>
Result<qint64> SqliteSession::loadFrom(const QString &schema, const QString &table, const QStringList &columns,
                                       const Source &next, const ExecOptions &options)
{
    closeOpenCursor();
    startStatements();
    watch(nullptr, options.control); // a load has no time limit; it can be cancelled
    SqliteLoader loader(*this, options);
    auto loaded = loader.run(schema, table, columns, next);
    watch(nullptr, nullptr);
    m_running.store(false);
    statementEnded();
    return loaded;
}

Result<qint64> SqliteSession::load(const QString &schema, const QString &table, const QStringList &columns,
                                   const RowSource &next, const ExecOptions &options)
{
    return loadFrom(schema, table, columns, next, options);
}

Result<qint64> SqliteSession::loadBatches(const QString &schema, const QString &table, const QStringList &columns,
                                          const BatchSource &next, const ExecOptions &options)
{
    return loadFrom(schema, table, columns, next, options);
}

QString SqliteSession::quoteIdentifier(const QString &name) const
{
    return connectors::quoteIdentifier(name);
}

QList<StatementSpan> SqliteSession::writingStatements(const QString &script)
{
    const ScriptText text(script, {});
    QList<StatementSpan> writing;
    for (const StatementSpan &span : splitSqliteScript(text)) {
        const QByteArray sql = text.statementUtf8(span);
        sqlite3_stmt *statement = nullptr;
        // A statement that does not compile (a table created earlier in the same script) counts as writing.
        const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr);
        if (rc != SQLITE_OK || (statement && !sqlite3_stmt_readonly(statement)))
            writing.append(span);
        sqlite3_finalize(statement);
    }
    return writing;
}

} // namespace strata::connectors

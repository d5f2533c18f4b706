#include "SqliteCursor.h"

#include "SqliteScript.h"
#include "connectors/ErrorCodes.h"

#include <sqlite3.h>

namespace strata::connectors {

namespace {

// sqlite3_changes64() keeps the count of the last INSERT, UPDATE or DELETE: it means something only
// after one of them.
bool changesRows(sqlite3_stmt *statement)
{
    if (sqlite3_stmt_readonly(statement))
        return false;
    const QByteArray verb = firstKeyword(sqlite3_sql(statement));
    return verb == "INSERT" || verb == "UPDATE" || verb == "DELETE" || verb == "REPLACE" || verb == "WITH";
}

QMap<QString, qint64> countersOf(sqlite3_stmt *statement)
{
    static const std::pair<const char *, int> counters[] = {
        {"fullscan_steps", SQLITE_STMTSTATUS_FULLSCAN_STEP}, {"sorts", SQLITE_STMTSTATUS_SORT},
        {"autoindexes", SQLITE_STMTSTATUS_AUTOINDEX},        {"vm_steps", SQLITE_STMTSTATUS_VM_STEP},
        {"reprepares", SQLITE_STMTSTATUS_REPREPARE},         {"runs", SQLITE_STMTSTATUS_RUN},
        {"filter_misses", SQLITE_STMTSTATUS_FILTER_MISS},    {"filter_hits", SQLITE_STMTSTATUS_FILTER_HIT},
        {"memory_bytes", SQLITE_STMTSTATUS_MEMUSED}};
    QMap<QString, qint64> out;
    for (const auto &[name, op] : counters)
        out.insert(QLatin1String(name), sqlite3_stmt_status(statement, op, 0));
#ifdef STRATA_HAVE_SQLITE_SCANSTATUS
    // Rows each loop of the plan visited, summed: the rows the statement examined.
    sqlite3_int64 visited = 0, rows = 0;
    for (int loop = 0; sqlite3_stmt_scanstatus(statement, loop, SQLITE_SCANSTAT_NVISIT, &rows) == 0; ++loop)
        visited += rows;
    out.insert(QStringLiteral("rows_visited"), visited);
#endif
    return out;
}

} // namespace

SqliteCursor::SqliteCursor(SqliteSession *session, ScriptText script, QList<StatementSpan> statements, Row params,
                           ExecOptions options, sqlite3_stmt *prepared)
    : m_session(session), m_script(std::move(script)), m_statements(std::move(statements)), m_params(std::move(params)),
      m_options(std::move(options)), m_prepared(prepared)
{}

SqliteCursor::~SqliteCursor()
{
    if (m_session) {
        close();
        m_session->cursorClosed(this);
    }
}

void SqliteCursor::close()
{
    releaseStatement();
    finish();
}

void SqliteCursor::finish()
{
    if (m_state != State::Finished && m_session) {
        m_session->watch(nullptr, nullptr);
        m_session->cursorFinished();
    }
    m_state = State::Finished;
}

void SqliteCursor::releaseStatement()
{
    if (!m_statement)
        return;
    if (m_statement == m_prepared) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    } else {
        sqlite3_finalize(m_statement);
    }
    m_statement = nullptr;
}

Result<bool> SqliteCursor::nextResult()
{
    if (!m_session)
        return Error(QStringLiteral("this cursor was closed: its session ran another statement or was closed"), {},
                     QLatin1String(usageCode));
    if (m_pendingError)
        return fail(*std::exchange(m_pendingError, std::nullopt));
    if (m_state == State::Rows) // rows not fetched are never computed
        endStatement();
    releaseStatement();
    if (m_state == State::Finished || ++m_index >= m_statements.size()) {
        finish();
        return false;
    }
    if (auto started = start(); !started)
        return started.error();
    return true;
}

Result<void> SqliteCursor::start()
{
    const StatementSpan &span = m_statements[m_index];
    m_columns.clear();
    m_summary = ResultSummary();
    m_summary.statementIndex = m_index;
    m_summary.offset = span.offset;
    m_summary.length = span.length;
    m_clock = StatementClock(m_options.timeoutMs);
    m_session->watch(&m_clock, m_options.control);
    if (m_session->stopRequested())
        return fail(Error(QStringLiteral("the statement was cancelled"), m_script.placeAt(span.offset),
                          QLatin1String(cancelledCode)));
    if (m_prepared) {
        m_statement = m_prepared;
    } else {
        auto compiled = m_session->compile(m_script, span);
        if (!compiled)
            return fail(compiled.error());
        m_statement = *compiled;
    }
    if (!m_statement) { // a statement that compiles to nothing
        m_state = State::StatementDone;
        m_summary.finished = true;
        return Result<void>::success();
    }
    if (auto bound = m_session->bind(m_statement, m_params, m_script, span); !bound)
        return fail(bound.error());
    for (int i = 0; i < sqlite3_column_count(m_statement); ++i) {
        const char *declared = sqlite3_column_decltype(m_statement, i);
        m_columns.append(Column{QString::fromUtf8(sqlite3_column_name(m_statement, i)),
                                declared ? QString::fromUtf8(declared) : QString(), 0});
    }
    return step();
}

Result<void> SqliteCursor::step()
{
    m_clock.start();
    const int rc = sqlite3_step(m_statement);
    m_clock.stop();
    if (rc == SQLITE_ROW) {
        m_state = State::Rows;
        return Result<void>::success();
    }
    if (rc == SQLITE_DONE) {
        endStatement();
        return Result<void>::success();
    }
    return fail(m_session->error(rc, m_script, m_statements[m_index]));
}

Row SqliteCursor::currentRow() const
{
    const int n = sqlite3_column_count(m_statement);
    Row row;
    row.reserve(n);
    for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_INTEGER:
            row.append(qlonglong(sqlite3_column_int64(m_statement, i)));
            break;
        case SQLITE_FLOAT:
            row.append(sqlite3_column_double(m_statement, i));
            break;
        case SQLITE_TEXT:
            row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i)),
                                         sqlite3_column_bytes(m_statement, i)));
            break;
        case SQLITE_BLOB: {
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, i));
            row.append(QByteArray(bytes ? bytes : "", sqlite3_column_bytes(m_statement, i)));
            break;
        }
        default:
            row.append(QVariant());
        }
    }
    return row;
}

void SqliteCursor::endStatement()
{
    m_summary.finished = true;
    m_summary.elapsedUs = m_clock.spentUs();
    m_summary.rowsAffected = changesRows(m_statement) ? sqlite3_changes64(m_session->db()) : -1;
    m_summary.counters = countersOf(m_statement);
    m_state = State::StatementDone;
    m_session->statementEnded();
}

Result<QList<Row>> SqliteCursor::fetch(int maxRows)
{
    if (m_pendingError)
        return fail(*std::exchange(m_pendingError, std::nullopt));
    QList<Row> rows;
    while (rows.size() < maxRows && m_state == State::Rows) {
        rows.append(currentRow());
        if (auto stepped = step(); !stepped) // the rows before the error first, the error at the next call
            m_pendingError = stepped.error();
    }
    m_summary.rowsRead += rows.size();
    m_summary.elapsedUs = m_clock.spentUs();
    return rows;
}

Error SqliteCursor::fail(Error error)
{
    m_summary.elapsedUs = m_clock.spentUs();
    releaseStatement();
    if (m_session)
        m_session->statementEnded();
    finish();
    return error;
}

} // namespace strata::connectors

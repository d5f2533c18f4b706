#include "SessionWorker.h"

#include "connectors/ui/RowFormatter.h"

#include <connectors/CatalogReader.h>
#include <connectors/ConnectionStore.h>
#include <connectors/ErrorCodes.h>
#include <QSaveFile>

namespace strata::connectors::ui {

namespace {

Error notConnected()
{
    return Error(QStringLiteral("not connected"), {}, QLatin1String(usageCode));
}

} // namespace

SessionWorker::SessionWorker(PasswordStore *passwords) : m_passwords(passwords) {}

SessionWorker::~SessionWorker()
{
    closeSession();
}

// Closing the connection ends whatever is open on it: the open cursor needs no reading first.
void SessionWorker::closeSession()
{
    std::unique_ptr<Session> session;
    {
        QMutexLocker lock(&m_sessionMutex);
        std::swap(m_session, session);
    }
    if (m_open.resultId)
        emit resultClosed(m_open.resultId);
    m_open = {};
    session.reset(); // detaches the open cursor
    m_cursor.reset();
}

void SessionWorker::cancel()
{
    QMutexLocker lock(&m_sessionMutex);
    if (m_session)
        m_session->cancel();
}

void SessionWorker::stop()
{
    m_stopped.store(true);
    cancel();
}

TransactionState SessionWorker::transactionState() const
{
    QMutexLocker lock(&m_sessionMutex);
    return m_session ? m_session->transactionState() : TransactionState::Unknown;
}

void SessionWorker::open(const SavedConnection &connection, const Connector::Prompt &prompt,
                         const ConnectionStore::EngineMaker &makeEngine)
{
    closeSession();
    if (m_stopped.load())
        return;
    Diagnostics notes;
    auto session = ConnectionStore::open(connection, m_passwords, prompt, &notes, makeEngine);
    if (!session) {
        emit openFailed(session.error());
        return;
    }
    const QString name = (*session)->displayName(), version = (*session)->serverVersion();
    const Dialect dialect = (*session)->dialect();
    {
        QMutexLocker lock(&m_sessionMutex);
        m_session = std::move(*session);
    }
    emit opened(name, version, dialect, notes);
}

void SessionWorker::close()
{
    closeSession();
}

void SessionWorker::checkWrites(const RunRequest &request)
{
    emit writesChecked(request,
                       m_session ? m_session->writingStatements(request.script) : QList<StatementSpan>());
}

void SessionWorker::run(const RunRequest &request)
{
    abandonOpenResult();
    if (m_stopped.load())
        return;
    if (!m_session) {
        fail(request.runId, notConnected());
        return;
    }
    if (request.plan)
        return readPlan(request);
    ExecOptions options;
    options.source = request.source;
    auto cursor = m_session->run(request.script, {}, options);
    if (!cursor) {
        fail(request.runId, cursor.error());
        return;
    }
    m_cursor = std::move(*cursor);
    advance(request.runId, request.script);
}

void SessionWorker::readPlan(const RunRequest &request)
{
    ExecOptions options;
    options.source = request.source;
    auto result = m_session->query(request.script, {}, options);
    if (!result)
        return fail(request.runId, result.error());
    QStringList lines;
    for (const Row &row : std::as_const(result->rows)) {
        QStringList fields;
        for (const QVariant &value : row)
            fields << value.toString();
        lines << fields.join(u'|');
    }
    emit planRead(request.runId, lines.join(u'\n'), m_session->takeNotices());
    emit runEnded(request.runId);
}

void SessionWorker::fail(int runId, const Error &error)
{
    const Diagnostics notices = m_session ? m_session->takeNotices() : Diagnostics();
    if (m_open.resultId)
        emit resultClosed(m_open.resultId);
    m_open = {};
    m_cursor.reset();
    emit runFailed(runId, error, notices);
    emit runEnded(runId);
}

// Runs the script's statements until its last result set is open, or the script has ended.
void SessionWorker::advance(int runId, const QString &script)
{
    while (m_cursor) {
        auto more = m_cursor->nextResult();
        if (!more)
            return fail(runId, more.error());
        if (!*more)
            break;
        if (m_cursor->columns().isEmpty()) {
            auto end = m_cursor->fetch(1); // makes the summary final
            if (!end)
                return fail(runId, end.error());
            emit statementFinished(runId, 0, m_cursor->summary(), m_session->takeNotices());
            continue;
        }
        auto spill = RowSpill::create();
        if (!spill)
            return fail(runId, spill.error());
        const int resultId = ++m_nextResultId;
        const ResultSummary &summary = m_cursor->summary();
        m_open = {runId, resultId, *spill, script.mid(summary.offset, summary.length)};
        emit resultStarted(runId, resultId, m_cursor->columns(), summary, *spill);
        if (summary.statementIndex < m_cursor->statementCount() - 1) {
            if (!drainInto(runId, resultId, **spill))
                return;
            finishOpenResult();
            continue;
        }
        auto complete = fetchPage(**spill, firstPageRows);
        if (!complete)
            return fail(runId, complete.error());
        emit rowsFetched(resultId, (*spill)->rowCount(), *complete);
        if (*complete)
            finishOpenResult();
        break; // the last statement: its rows wait for the grid
    }
    if (!m_open.resultId)
        m_cursor.reset();
    emit runEnded(runId);
}

Result<bool> SessionWorker::fetchPage(RowSpill &spill, int rows)
{
    auto batch = m_cursor->fetch(rows);
    if (!batch)
        return batch.error();
    if (auto appended = spill.append(*batch); !appended)
        return appended.error();
    if (batch->size() == rows)
        return false;
    // A short batch: confirm the end, which also brings an error met after the rows.
    auto end = m_cursor->fetch(rows);
    if (!end)
        return end.error();
    if (auto appended = spill.append(*end); !appended)
        return appended.error();
    return end->isEmpty();
}

bool SessionWorker::drainInto(int runId, int resultId, RowSpill &spill, TaskControl *control)
{
    while (!TaskControl::cancelled(control)) {
        auto complete = fetchPage(spill, drainPageRows);
        if (!complete) {
            fail(runId, complete.error());
            return false;
        }
        emit rowsFetched(resultId, spill.rowCount(), false);
        if (control)
            emit exportProgress(spill.rowCount());
        if (*complete)
            break;
    }
    return true;
}

void SessionWorker::finishOpenResult()
{
    const OpenResult done = std::exchange(m_open, {});
    emit rowsFetched(done.resultId, done.spill->rowCount(), true);
    emit statementFinished(done.runId, done.resultId, m_cursor->summary(), m_session->takeNotices());
}

void SessionWorker::fetch(int resultId, int rows)
{
    if (!m_cursor || m_open.resultId != resultId)
        return; // closed meanwhile: the model was told
    auto complete = fetchPage(*m_open.spill, rows);
    if (!complete)
        return fail(m_open.runId, complete.error());
    if (!*complete) {
        emit rowsFetched(resultId, m_open.spill->rowCount(), false);
        return;
    }
    finishOpenResult();
    m_cursor.reset();
}

void SessionWorker::abandonOpenResult()
{
    if (!m_cursor)
        return;
    if (m_open.resultId && m_session) {
        const bool writes = !m_session->writingStatements(m_open.statement).isEmpty();
        if (!writes && m_session->transactionState() == TransactionState::Idle)
            m_session->cancel(); // the rows nobody will see stay on the server
        emit resultClosed(m_open.resultId);
    }
    m_open = {};
    m_cursor.reset(); // reads what is left (quickly, once cancelled)
    if (m_session)
        (void)m_session->takeNotices(); // the cancel's own notice is no news
}

void SessionWorker::readCatalog()
{
    abandonOpenResult();
    if (!m_session)
        return emit catalogFailed(notConnected());
    auto catalog = CatalogReader::read(*m_session);
    if (!catalog)
        return emit catalogFailed(catalog.error());
    emit catalogRead(*catalog);
}

void SessionWorker::exportCsv(int resultId, const std::shared_ptr<RowSpill> &spill,
                              const QList<Column> &columns, const QString &path,
                              const std::shared_ptr<TaskControl> &control)
{
    // Rows still on the server are read first, into the same spill the grid shows.
    if (m_cursor && m_open.resultId == resultId) {
        if (!drainInto(m_open.runId, resultId, *spill, control.get()))
            return emit exportFinished(resultId, path, 0, Error(QStringLiteral("reading the rows failed")));
        if (!control->isCancelled()) {
            finishOpenResult();
            m_cursor.reset();
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return emit exportFinished(
            resultId, path, 0,
            Error(file.errorString(), SourcePlace::ofSource(path), QStringLiteral("export")));
    file.write(RowFormatter::csvHeader(columns).toUtf8());
    const qint64 total = spill->rowCount();
    for (qint64 at = 0; at < total && !control->isCancelled(); at += drainPageRows) {
        auto rows = spill->read(at, drainPageRows);
        if (!rows)
            return emit exportFinished(resultId, path, at, rows.error());
        QByteArray chunk;
        for (const Row &row : *rows)
            chunk += RowFormatter::csvLine(row).toUtf8();
        file.write(chunk);
        emit exportProgress(at + rows->size());
    }
    if (control->isCancelled()) {
        file.cancelWriting(); // nothing half-written is left behind
        return emit exportFinished(
            resultId, path, 0,
            Error(QStringLiteral("the export was cancelled"), {}, QLatin1String(cancelledCode)));
    }
    if (!file.commit())
        return emit exportFinished(
            resultId, path, 0,
            Error(file.errorString(), SourcePlace::ofSource(path), QStringLiteral("export")));
    emit exportFinished(resultId, path, total, Error());
}

} // namespace strata::connectors::ui

#include "connectors/ui/SqlEditorTab.h"

#include "connectors/ui/CatalogCache.h"
#include "connectors/ui/ConnectionPicker.h"
#include "connectors/ui/FindReplaceBar.h"
#include "connectors/ui/MessagesView.h"
#include "connectors/ui/PasswordPrompt.h"
#include "connectors/ui/ResultsPane.h"
#include "connectors/ui/ResultTableModel.h"
#include "connectors/ui/ResultView.h"
#include "connectors/ui/SqlEditor.h"
#include "SessionThread.h"
#include "StatementText.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ErrorCodes.h>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace strata::connectors::ui {

namespace {

bool askToRunWrites(QWidget *parent, const QString &connection, const QStringList &statements)
{
    QString list;
    for (const QString &s : statements.mid(0, 5))
        list += QStringLiteral("\n• ") + s.simplified().left(120);
    if (statements.size() > 5)
        list += QObject::tr("\n… and %1 more").arg(statements.size() - 5);
    return QMessageBox::warning(
               parent, QObject::tr("Production connection"),
               QObject::tr("%1 is a production connection. Run these statements that write?%2")
                   .arg(connection, list),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace

SqlEditorTab::SqlEditorTab(ConnectionStore *store, CatalogCache *catalogs, QWidget *parent)
    : QWidget(parent), m_store(store), m_catalogs(catalogs), m_editor(new SqlEditor(this)),
      m_find(new FindReplaceBar(m_editor, this)), m_results(new ResultsPane(this)),
      m_connections(new ConnectionPicker(store, this)), m_session(new SessionThread(store->passwords(), this))
{
    m_confirm = [this](const QString &connection, const QStringList &statements) {
        return askToRunWrites(this, connection, statements);
    };
    m_prompt = [this](const PasswordRequest &request) { return ui::PasswordPrompt::ask(this, request); };
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_find);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(editorPane);
    split->addWidget(m_results);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(split, 1);

    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &SqlEditorTab::emitStatus);
    connect(m_editor, &SqlEditor::runStatementRequested, this, &SqlEditorTab::runStatement);
    connect(m_editor, &SqlEditor::runScriptRequested, this, &SqlEditorTab::runScript);
    connect(m_editor, &SqlEditor::escapePressed, this, [this] {
        if (m_running || m_export)
            cancel();
        else
            m_find->hide();
    });
    connect(m_editor, &SqlEditor::findRequested, m_find, &FindReplaceBar::start);
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this] { emit titleChanged(title()); });
    connect(m_editor, &QsciScintilla::textChanged, this, &SqlEditorTab::textChanged);
    connectWorker();
}

SqlEditorTab::~SqlEditorTab() = default;

QWidget *SqlEditorTab::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->addWidget(m_connections);
    connect(m_connections, &ConnectionPicker::chosen, this,
            [this](const QString &id) { setConnection(id, true); });
    bar->addSeparator();
    bar->addAction(tr("Run"), this, &SqlEditorTab::runStatement)
        ->setToolTip(tr("Run the statement under the cursor or the selection (Ctrl+Enter)"));
    bar->addAction(tr("Run script"), this, &SqlEditorTab::runScript)
        ->setToolTip(tr("Run the whole script or the selection (Ctrl+Shift+Enter)"));
    m_cancelAction = bar->addAction(tr("Cancel"), this, &SqlEditorTab::cancel);
    m_cancelAction->setToolTip(tr("Stop the running statement on the server (Esc)"));
    m_cancelAction->setEnabled(false);
    return bar;
}

void SqlEditorTab::connectWorker()
{
    SessionWorker *w = m_session->worker();
    connect(w, &SessionWorker::opened, this, &SqlEditorTab::onOpened);
    connect(w, &SessionWorker::openFailed, this, &SqlEditorTab::onOpenFailed);
    connect(w, &SessionWorker::writesChecked, this, &SqlEditorTab::confirmAndStart);
    connect(w, &SessionWorker::resultStarted, this, &SqlEditorTab::onResultStarted);
    connect(w, &SessionWorker::rowsFetched, this, [this](int resultId, qint64 total, bool complete) {
        if (ResultView *view = m_views.value(resultId))
            view->model()->rowsAvailable(total, complete);
    });
    connect(w, &SessionWorker::resultClosed, this, [this](int resultId) {
        if (ResultView *view = m_views.value(resultId))
            view->model()->markClosed();
    });
    connect(w, &SessionWorker::statementFinished, this,
            [this](int runId, int, const ResultSummary &summary, const Diagnostics &notices) {
                onStatementFinished(runId, summary, notices);
            });
    connect(w, &SessionWorker::runFailed, this, &SqlEditorTab::onRunFailed);
    connect(w, &SessionWorker::planRead, this, [this](int runId, const QString &text, const Diagnostics &notices) {
        for (const Diagnostic &notice : notices)
            m_results->messages()->addNotice(notice);
        if (runId != m_lastRunId || !m_explaining)
            return;
        ExplainedPlan plan = *std::exchange(m_explaining, std::nullopt);
        plan.planText = text;
        m_results->messages()->addMessage(Severity::Info, plan.analyze ? tr("Explained and ran the statement")
                                                                       : tr("Explained the statement"));
        emit planReady(plan);
    });
    connect(w, &SessionWorker::runEnded, this, &SqlEditorTab::onRunEnded);
    connect(w, &SessionWorker::catalogRead, this, [this](const Catalog &catalog) {
        if (m_catalogs)
            m_catalogs->source(m_connectionId)->setCatalog(catalog);
    });
    connect(w, &SessionWorker::catalogFailed, this, [this](const Error &error) {
        if (m_catalogs)
            m_catalogs->source(m_connectionId)->setLoading(false);
        m_results->messages()->addMessage(
            Severity::Warning, tr("The catalog for completion could not be read: %1").arg(error.message));
    });
}

void SqlEditorTab::setConnection(const QString &connectionId, bool connectNow)
{
    if (m_running)
        m_session->cancel(); // the statement on the old connection is not waited for
    if (m_connected || m_connecting)
        m_session->post([](SessionWorker &w) { w.close(); });
    m_pending = nullptr;
    m_connectionId = connectionId;
    m_connected = m_connecting = false;
    m_displayName.clear();
    const auto saved = m_store->find(connectionId);
    m_production = saved && saved->production;
    if (saved)
        m_editor->setDialect(saved->dialect()); // highlight the right keywords before connecting
    m_editor->setConnectionCatalog(m_catalogs && saved ? m_catalogs->source(connectionId) : nullptr);
    m_connections->setCurrent(connectionId);
    emitStatus();
    if (connectNow && saved)
        this->connectNow();
}

void SqlEditorTab::connectNow()
{
    const auto saved = m_store->find(m_connectionId);
    if (!saved) {
        m_results->messages()->addMessage(Severity::Error, tr("Choose a connection for this tab first"));
        m_results->showMessages();
        return;
    }
    m_connecting = true;
    emitStatus();
    // The prompt runs on the worker's thread and waits for the dialog in the GUI thread.
    Connector::Prompt prompt = ui::PasswordPrompt::fromWorker(this, [this](const PasswordRequest &request) {
        return m_prompt ? m_prompt(request) : std::nullopt;
    });
    m_session->post([connection = *saved, prompt, make = m_store->engineMaker()](SessionWorker &w) {
        w.open(connection, prompt, make);
    });
}

void SqlEditorTab::onOpened(const QString &name, const QString &version, Dialect dialect,
                            const Diagnostics &notes)
{
    m_connected = true;
    m_connecting = false;
    m_displayName = name;
    m_serverVersion = version;
    m_editor->setDialect(dialect);
    m_results->messages()->addMessage(Severity::Info, tr("Connected to %1 (%2)").arg(name, version));
    for (const Diagnostic &note : notes)
        m_results->messages()->addNotice(note);
    if (m_catalogs) {
        CompletionSource *source = m_catalogs->source(m_connectionId);
        m_editor->setConnectionCatalog(source);
        if (!source->hasCatalog() && !source->isLoading()) {
            source->setLoading(true);
            m_session->post([](SessionWorker &w) { w.readCatalog(); });
        }
    }
    emitStatus();
    if (auto pending = std::exchange(m_pending, nullptr))
        pending();
    else
        emit idle();
}

void SqlEditorTab::onOpenFailed(const Error &error)
{
    m_connecting = false;
    m_pending = nullptr;
    m_results->messages()->addError(error);
    m_results->showMessages();
    emitStatus();
    emit idle();
}

std::pair<QString, qsizetype> SqlEditorTab::statementToRun() const
{
    const auto [from, to] = m_editor->selectionRange();
    if (to > from)
        return {m_editor->text().mid(from, to - from), from};
    const StatementSpan span = m_editor->statementAtCursor();
    if (span.length == 0) {
        m_results->messages()->addMessage(Severity::Info, tr("There is no statement at the cursor"));
        return {};
    }
    return {m_editor->text().mid(span.offset, span.length), span.offset};
}

void SqlEditorTab::runStatement()
{
    const auto [statement, offset] = statementToRun();
    if (!statement.isEmpty())
        runText(statement, offset);
}

void SqlEditorTab::explain(bool analyze)
{
    if (m_running || m_export)
        return;
    auto [statement, offset] = statementToRun();
    while (statement.endsWith(u';') || (!statement.isEmpty() && statement.back().isSpace()))
        statement.chop(1);
    if (statement.trimmed().isEmpty())
        return;
    if (!whenConnected([this, analyze] { explain(analyze); }))
        return;
    static const QRegularExpression explained(QStringLiteral("^\\s*explain\\b"), QRegularExpression::CaseInsensitiveOption);
    QString prefix;
    if (!explained.match(statement).hasMatch()) {
        if (m_editor->dialect() == Dialect::Sqlite)
            prefix = QStringLiteral("EXPLAIN QUERY PLAN ");
        else
            prefix = analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ") : QStringLiteral("EXPLAIN (FORMAT JSON) ");
    }
    m_explaining = ExplainedPlan{statement, {}, m_editor->dialect(), analyze && !prefix.startsWith(u"EXPLAIN QUERY"), m_displayName};
    // Places in errors count from the start of the EXPLAIN: the prefix is before the statement.
    RunRequest request{++m_lastRunId, prefix + statement, offset - prefix.size(), title(), true};
    if (m_production)
        m_session->post([request](SessionWorker &w) { w.checkWrites(request); });
    else
        start(request);
}

void SqlEditorTab::runScript()
{
    const auto [from, to] = m_editor->selectionRange();
    if (to > from)
        return runText(m_editor->text().mid(from, to - from), from);
    runText(m_editor->text(), 0);
}

void SqlEditorTab::runText(const QString &script, qsizetype base)
{
    if (m_running || m_export)
        return;
    if (!whenConnected([this, script, base] { runText(script, base); }))
        return;
    RunRequest request{++m_lastRunId, script, base, title()};
    if (m_production)
        m_session->post([request](SessionWorker &w) { w.checkWrites(request); });
    else
        start(request);
}

bool SqlEditorTab::whenConnected(std::function<void()> run)
{
    if (m_connected)
        return true;
    if (m_store->find(m_connectionId))
        m_pending = std::move(run);
    if (!m_connecting)
        connectNow();
    return false;
}

void SqlEditorTab::confirmAndStart(const RunRequest &request, const QList<StatementSpan> &writing)
{
    if (!writing.isEmpty()) {
        QStringList statements;
        for (const StatementSpan &s : writing)
            statements << request.script.mid(s.offset, s.length);
        if (!m_confirm || !m_confirm(m_displayName, statements)) {
            m_results->messages()->addMessage(
                Severity::Warning, tr("Not run: %n statement(s) would write on a production connection",
                                      nullptr, int(writing.size())));
            m_results->showMessages();
            emit idle();
            return;
        }
    }
    start(request);
}

void SqlEditorTab::start(const RunRequest &request)
{
    m_runScript = request.script;
    m_runBase = request.baseOffset;
    m_lastRows = -1;
    m_lastError.clear();
    m_editor->clearErrors();
    if (m_sortRun.runId != request.runId && !request.plan) {
        m_results->clearResults();
        m_views.clear();
    }
    if (!request.plan)
        m_explaining.reset();
    setRunning(true);
    m_session->post([request](SessionWorker &w) { w.run(request); });
}

void SqlEditorTab::onResultStarted(int runId, int resultId, const QList<Column> &columns,
                                   const ResultSummary &summary, const std::shared_ptr<RowSpill> &spill)
{
    const bool sorting = runId == m_sortRun.runId && m_sortRun.view;
    ResultView *view = sorting ? m_sortRun.view.data() : m_results->addResult();
    m_views.insert(resultId, view);
    if (!sorting) {
        view->setStatement(m_runScript.mid(summary.offset, summary.length), m_editor->dialect());
        ResultTableModel *model = view->model();
        connect(model, &ResultTableModel::moreRowsWanted, this, [this, view](int rows) {
            const int id = m_views.key(view, 0);
            if (id)
                m_session->post([id, rows](SessionWorker &w) { w.fetch(id, rows); });
        });
        connect(model, &ResultTableModel::sortRequested, this,
                [this, view](int column, Qt::SortOrder order) { sortResult(view, column, order); });
        connect(view, &ResultView::exportRequested, this,
                [this, view](const QString &path) { exportResult(view, m_views.key(view, 0), path); });
        connect(view, &ResultView::exportCancelRequested, this, &SqlEditorTab::cancel);
    }
    view->model()->setRows(columns, spill);
}

void SqlEditorTab::onStatementFinished(int runId, const ResultSummary &summary, const Diagnostics &notices)
{
    for (const Diagnostic &notice : notices)
        m_results->messages()->addNotice(notice);
    if (runId == m_sortRun.runId)
        return;
    m_lastRows = summary.rowsAffected >= 0 ? summary.rowsAffected : summary.rowsRead;
    const SourcePlace place = SourcePlace::atOffset({}, m_editor->text(), m_runBase + summary.offset);
    m_results->messages()->addMessage(Severity::Info,
                                      tr("line %1: %2").arg(place.line).arg(statementOutcome(summary)));
}

void SqlEditorTab::onRunFailed(int runId, const Error &error, const Diagnostics &notices)
{
    for (const Diagnostic &notice : notices)
        m_results->messages()->addNotice(notice);
    m_lastError = error.message;
    Error shown = error;
    const bool sorting = runId == m_sortRun.runId;
    if (!sorting && error.place.line > 0) {
        // The place counts in the text that ran; the editor counts from its own start.
        const qsizetype offset = m_runBase + offsetOfPlace(m_runScript, error.place.line, error.place.column);
        const SourcePlace inEditor = SourcePlace::atOffset(error.place.source, m_editor->text(), offset);
        shown.place.line = inEditor.line;
        shown.place.column = inEditor.column;
        if (error.code != QLatin1String(cancelledCode))
            m_editor->markError(offset, error.message);
    }
    m_results->messages()->addError(shown);
    if (m_results->results().isEmpty() || m_explaining)
        m_results->showMessages();
}

void SqlEditorTab::onRunEnded(int runId)
{
    if (runId != m_lastRunId)
        return;
    setRunning(false);
    m_elapsedMs = m_clock.elapsed();
    m_explaining.reset();
    if (runId == m_sortRun.runId) {
        m_sortRun = {};
    } else {
        if (m_results->results().isEmpty())
            m_results->showMessages();
        const auto saved = m_store->find(m_connectionId);
        emit queryRan({0, QDateTime::currentDateTime(), saved ? saved->label() : m_displayName, m_runScript,
                       m_elapsedMs, m_lastRows, m_lastError});
    }
    emitStatus();
    emit idle();
}

void SqlEditorTab::sortResult(ResultView *view, int column, Qt::SortOrder order)
{
    const QString sorted = sortedStatement(view->statement(), column, order);
    if (m_running || m_export || sorted.isEmpty() || !m_connected) {
        if (sorted.isEmpty())
            m_results->messages()->addMessage(
                Severity::Info, tr("Only the rows of a query (SELECT, VALUES, TABLE, WITH) can be sorted"));
        return;
    }
    view->model()->setSortShown(column, order);
    RunRequest request{++m_lastRunId, sorted, m_runBase, title()};
    m_sortRun = {request.runId, view};
    // A sort reads again and writes nothing: no confirmation, even on production.
    start(request);
}

void SqlEditorTab::exportResult(ResultView *view, int resultId, const QString &path)
{
    if (m_running || m_export)
        return;
    m_export = std::make_shared<TaskControl>();
    auto control = m_export;
    ResultTableModel *model = view->model();
    auto spill = model->spill();
    const QList<Column> columns = model->columns();
    QPointer<ResultView> target(view);
    auto progress = connect(m_session->worker(), &SessionWorker::exportProgress, view,
                            [target](qint64 rows) { target->showExportProgress(rows, true); });
    auto finished = std::make_shared<QMetaObject::Connection>();
    *finished = connect(
        m_session->worker(), &SessionWorker::exportFinished, this,
        [this, target, progress, finished](int, const QString &file, qint64 rows, const Error &error) {
            disconnect(progress);
            disconnect(*finished);
            m_export.reset();
            if (target)
                target->showExportProgress(rows, false);
            if (error.message.isEmpty())
                m_results->messages()->addMessage(Severity::Info,
                                                  tr("Exported %1 rows to %2").arg(rows).arg(file));
            else
                m_results->messages()->addError(error);
            emitStatus();
            emit idle();
        });
    view->showExportProgress(0, true);
    m_session->post([=](SessionWorker &w) { w.exportCsv(resultId, spill, columns, path, control); });
}

void SqlEditorTab::cancel()
{
    if (m_export)
        m_export->cancel();
    if (m_running) {
        m_session->cancel();
        m_results->messages()->addMessage(Severity::Info, tr("Cancelling…"));
    }
}

void SqlEditorTab::setRunning(bool running)
{
    m_running = running;
    m_cancelAction->setEnabled(running);
    if (running) {
        m_clock.start();
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    emitStatus();
}

SqlStatus SqlEditorTab::status() const
{
    SqlStatus s;
    s.connection = m_connected ? m_displayName : QString();
    s.serverVersion = m_connected ? m_serverVersion : QString();
    s.connecting = m_connecting;
    s.production = m_production;
    s.transaction = m_session->worker()->transactionState();
    s.running = m_running || m_export;
    s.elapsedMs = m_running ? m_clock.elapsed() : m_elapsedMs;
    return s;
}

void SqlEditorTab::emitStatus()
{
    emit statusChanged(status());
}

QString SqlEditorTab::title() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

void SqlEditorTab::setUntitledName(const QString &name)
{
    m_untitledName = name;
    emit titleChanged(title());
}

bool SqlEditorTab::isModified() const
{
    return m_editor->isModified();
}

Result<void> SqlEditorTab::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.errorString(), SourcePlace::ofSource(path), QStringLiteral("file.read"));
    m_editor->setText(QString::fromUtf8(file.readAll()));
    m_editor->setModified(false);
    m_filePath = QFileInfo(path).absoluteFilePath();
    emit titleChanged(title());
    return Result<void>::success();
}

void SqlEditorTab::setContents(const QString &text, const QString &filePath, bool modified)
{
    m_editor->setText(text);
    m_editor->setModified(modified);
    m_filePath = filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath();
    emit titleChanged(title());
}

Result<void> SqlEditorTab::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 || !file.commit())
        return Error(file.errorString(), SourcePlace::ofSource(path), QStringLiteral("file.write"));
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_editor->setModified(false);
    emit titleChanged(title());
    return Result<void>::success();
}

} // namespace strata::connectors::ui

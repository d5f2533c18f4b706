// One editor tab: a connection chosen for it, the SQL editor with find/replace, and under it the
// results and messages of the last run. Its session runs on a worker thread of its own, so the tab
// stays responsive while a statement runs; Esc or Cancel stops the statement on the server.
//
// Running: Ctrl+Enter runs the selection or the statement under the cursor, Ctrl+Shift+Enter the
// selection or the whole script. On a production connection, statements that write (as the
// connection's dialect reads them: Session::writingStatements) are confirmed first. explain() asks
// the database for the plan of the statement under the cursor and hands it on through planReady().
#pragma once

#include "connectors/ui/ExplainedPlan.h"
#include "connectors/ui/QueryHistory.h"
#include "connectors/ui/SqlStatus.h"

#include <connectors/Connector.h>
#include <connectors/ScriptSplitter.h>
#include <functional>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::connectors::ui {

class CatalogCache;
class ConnectionPicker;
class FindReplaceBar;
class ResultView;
class ResultsPane;
class SessionThread;
class SqlEditor;
struct RunRequest;

class SqlEditorTab : public QWidget
{
    Q_OBJECT

public:
    /// Asked before statements that write run on a production connection; true runs them.
    using ConfirmWrite = std::function<bool(const QString &connection, const QStringList &statements)>;
    using PasswordPrompt = Connector::Prompt;

    /// `catalogs` is shared by the workbench's tabs (may be null: no catalog completion).
    SqlEditorTab(ConnectionStore *store, CatalogCache *catalogs, QWidget *parent = nullptr);
    ~SqlEditorTab() override;

    SqlEditor *editor() const { return m_editor; }
    ResultsPane *results() const { return m_results; }
    FindReplaceBar *findBar() const { return m_find; }

    /// Chooses the tab's connection; connects now, or when something first runs.
    void setConnection(const QString &connectionId, bool connectNow = true);
    QString connectionId() const { return m_connectionId; }
    bool isConnected() const { return m_connected; }
    void connectNow();

    void runStatement();
    void runScript();
    /// Explains the selection or the statement under the cursor: PostgreSQL's EXPLAIN (FORMAT JSON),
    /// with ANALYZE and BUFFERS when `analyze` (the statement runs); SQLite's EXPLAIN QUERY PLAN. A
    /// statement that is an EXPLAIN already runs as written. planReady() brings the plan.
    void explain(bool analyze);
    /// Stops the running statement (or export) on the server.
    void cancel();
    bool isRunning() const { return m_running; }
    SqlStatus status() const;

    QString title() const;
    void setUntitledName(const QString &name);
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    Result<void> openFile(const QString &path);
    /// Puts back a tab as it was kept: its text, its file (may be empty) and whether it had changes.
    void setContents(const QString &text, const QString &filePath, bool modified);
    Result<void> saveTo(const QString &path);

    void setConfirmWrite(ConfirmWrite confirm) { m_confirm = std::move(confirm); }
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

signals:
    void statusChanged(const strata::connectors::ui::SqlStatus &status);
    void titleChanged(const QString &title);
    void textChanged();
    /// A run ended: what the history keeps of it.
    void queryRan(const strata::connectors::ui::HistoryEntry &entry);
    /// Nothing runs any more (a run ended, an export finished, a connection opened or failed).
    void idle();
    /// The plan explain() asked for.
    void planReady(const strata::connectors::ui::ExplainedPlan &plan);

private:
    struct SortRun
    {
        int runId = 0;
        QPointer<ResultView> view;
    };

    QWidget *buildToolBar();
    void connectWorker();
    void runText(const QString &script, qsizetype base);
    /// Runs once connected; connects first when needed. False when there is no connection to use.
    bool whenConnected(std::function<void()> run);
    /// The selection, or the statement under the cursor, with where it starts; empty when none.
    std::pair<QString, qsizetype> statementToRun() const;
    void start(const RunRequest &request);
    void confirmAndStart(const RunRequest &request, const QList<StatementSpan> &writing);
    void onOpened(const QString &name, const QString &version, Dialect dialect, const Diagnostics &notes);
    void onOpenFailed(const Error &error);
    void onResultStarted(int runId, int resultId, const QList<Column> &columns, const ResultSummary &summary,
                         const std::shared_ptr<class RowSpill> &spill);
    void onStatementFinished(int runId, const ResultSummary &summary, const Diagnostics &notices);
    void onRunFailed(int runId, const Error &error, const Diagnostics &notices);
    void onRunEnded(int runId);
    void sortResult(ResultView *view, int column, Qt::SortOrder order);
    void exportResult(ResultView *view, int resultId, const QString &path);
    void setRunning(bool running);
    void emitStatus();

    ConnectionStore *m_store;
    CatalogCache *m_catalogs;
    SqlEditor *m_editor;
    FindReplaceBar *m_find;
    ResultsPane *m_results;
    ConnectionPicker *m_connections;
    QAction *m_cancelAction = nullptr;
    SessionThread *m_session;

    QString m_connectionId, m_displayName, m_serverVersion;
    bool m_connected = false, m_connecting = false, m_production = false;
    std::function<void()> m_pending; // to run once connected

    int m_lastRunId = 0;
    bool m_running = false;
    QString m_runScript;
    qsizetype m_runBase = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    QTimer m_ticker;
    qint64 m_lastRows = -1;
    QString m_lastError;
    std::optional<ExplainedPlan> m_explaining; // of the running explain
    SortRun m_sortRun;
    QHash<int, QPointer<ResultView>> m_views; // the worker's result ids
    std::shared_ptr<TaskControl> m_export;

    QString m_filePath, m_untitledName;
    ConfirmWrite m_confirm;
    PasswordPrompt m_prompt;
};

} // namespace strata::connectors::ui

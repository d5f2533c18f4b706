// The session of one editor tab, on a thread of its own: connecting, running scripts, fetching rows
// into spills as the grid asks, reading the catalog, exporting CSV. The tab calls the public methods
// through QMetaObject::invokeMethod (they run on the worker's thread, one at a time, as a Session
// wants); answers come back as signals. cancel() and transactionState() are for any thread.
//
// A script's result sets: each one but the last is read to its end into its spill (the cursor must
// move on to the next statement); the last one stays open after a first page, and fetch() reads more
// of it as the grid scrolls. Running anything else first closes it: a read-only statement outside a
// transaction is cancelled on the server, anything else is read to its end, so that closing never
// rolls back work.
#pragma once

#include "RowSpill.h"

#include <connectors/Catalog.h>
#include <connectors/ConnectionStore.h>
#include <connectors/Connector.h>
#include <connectors/SavedConnection.h>
#include <QMutex>
#include <QObject>

namespace strata::connectors::ui {

struct RunRequest
{
    int runId = 0;
    QString script;           ///< what runs: a statement, the selection or the whole text
    qsizetype baseOffset = 0; ///< where the script starts in the editor
    QString source;           ///< names the script in error places (the tab's title)
    bool plan = false;        ///< one EXPLAIN: every row is read and sent back as text (planRead)
};

class SessionWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int firstPageRows = 500;
    static constexpr int drainPageRows = 5000;

    explicit SessionWorker(PasswordStore *passwords);
    ~SessionWorker() override;

    // Any thread.
    void cancel();
    /// Cancels what runs and refuses anything queued after: the tab is closing.
    void stop();
    TransactionState transactionState() const;

    // The worker's thread.
    void open(const SavedConnection &connection, const Connector::Prompt &prompt,
              const ConnectionStore::EngineMaker &makeEngine = {});
    void close();
    void checkWrites(const RunRequest &request);
    void run(const RunRequest &request);
    void fetch(int resultId, int rows);
    void readCatalog();
    void exportCsv(int resultId, const std::shared_ptr<RowSpill> &spill, const QList<Column> &columns,
                   const QString &path, const std::shared_ptr<TaskControl> &control);

signals:
    void opened(const QString &displayName, const QString &serverVersion, strata::connectors::Dialect dialect,
                const strata::Diagnostics &notes);
    void openFailed(const strata::Error &error);
    void writesChecked(const strata::connectors::ui::RunRequest &request,
                       const QList<strata::connectors::StatementSpan> &writing);
    /// A statement returns rows: its columns, where it is in the script, and the spill its rows go to.
    void resultStarted(int runId, int resultId, const QList<strata::connectors::Column> &columns,
                       const strata::connectors::ResultSummary &summary,
                       const std::shared_ptr<strata::connectors::ui::RowSpill> &spill);
    void rowsFetched(int resultId, qint64 total, bool complete);
    void resultClosed(int resultId);
    /// A statement ended: its summary, and the notices the server sent while it ran.
    void statementFinished(int runId, int resultId, const strata::connectors::ResultSummary &summary,
                           const strata::Diagnostics &notices);
    void runFailed(int runId, const strata::Error &error, const strata::Diagnostics &notices);
    /// Nothing of the run is executing any more (its last result may still be open for fetching).
    void runEnded(int runId);
    /// An EXPLAIN's rows as text: one line per row, columns separated by '|'.
    void planRead(int runId, const QString &text, const strata::Diagnostics &notices);
    void catalogRead(const strata::connectors::Catalog &catalog);
    void catalogFailed(const strata::Error &error);
    void exportProgress(qint64 rows);
    void exportFinished(int resultId, const QString &path, qint64 rows, const strata::Error &error);

private:
    struct OpenResult
    {
        int runId = 0, resultId = 0;
        std::shared_ptr<RowSpill> spill;
        QString statement;
    };

    void advance(int runId, const QString &script);
    void readPlan(const RunRequest &request);
    /// Fetches up to `rows` rows into the spill; true when the statement has no more.
    Result<bool> fetchPage(RowSpill &spill, int rows);
    /// Reads every row left of the current statement into `spill`; false on an error (reported).
    bool drainInto(int runId, int resultId, RowSpill &spill, TaskControl *control = nullptr);
    void finishOpenResult();
    void abandonOpenResult();
    void fail(int runId, const Error &error);
    void closeSession();

    PasswordStore *m_passwords;
    mutable QMutex m_sessionMutex; // guards m_session's pointer for cancel() from other threads
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Cursor> m_cursor;
    OpenResult m_open;
    int m_nextResultId = 0;
    std::atomic<bool> m_stopped{false};
};

} // namespace strata::connectors::ui

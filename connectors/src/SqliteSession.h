// A SQLite session through the C API: a database file (or ":memory:") opened in this process.
// Cancel is sqlite3_interrupt; time limits and TaskControl are checked by a progress handler.
#pragma once

#include "ScriptText.h"
#include "StatementClock.h"
#include "connectors/Session.h"

#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace strata::connectors {

class SqliteCursor;

class SqliteSession final : public Session
{
public:
    static Result<std::unique_ptr<SqliteSession>> open(const ConnectionSpec &spec);
    ~SqliteSession() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    QString displayName() const override { return m_displayName; }
    QString serverVersion() const override;
    Result<std::unique_ptr<Cursor>> run(const QString &script, const Row &params, const ExecOptions &options) override;
    Result<PreparedStatement> prepare(const QString &sql) override;
    Result<std::unique_ptr<Cursor>> run(const PreparedStatement &statement, const Row &params,
                                        const ExecOptions &options) override;
    void release(const PreparedStatement &statement) override;
    Result<qint64> load(const QString &schema, const QString &table, const QStringList &columns, const RowSource &next,
                        const ExecOptions &options) override;
    Result<qint64> loadBatches(const QString &schema, const QString &table, const QStringList &columns,
                               const BatchSource &next, const ExecOptions &options) override;
    QString quoteIdentifier(const QString &name) const override;
    QList<StatementSpan> writingStatements(const QString &script) override;
    void cancel() override;

    // For SqliteCursor and SqliteLoader.
    sqlite3 *db() const { return m_db; }
    /// The statement of `span`, prepared; null for one that compiles to nothing.
    Result<sqlite3_stmt *> compile(const ScriptText &script, const StatementSpan &span, unsigned flags = 0);
    /// Binds the parameters; they must stay alive until the statement has run (text is not copied).
    Result<void> bind(sqlite3_stmt *statement, const Row &params, const ScriptText &script, const StatementSpan &span);
    /// The Error of a failed call, said as what happened (cancelled, timed out), placed in the script.
    Error error(int code, const ScriptText &script, const StatementSpan &span);
    /// The running statement's clock and TaskControl, for the progress handler.
    void watch(StatementClock *clock, TaskControl *control);
    bool stopRequested() const { return m_stop.load() != int(Stop::None); }
    void statementEnded();
    void cursorFinished() { m_running.store(false); }
    void cursorClosed(SqliteCursor *cursor);
    /// Runs a statement without results (BEGIN, SAVEPOINT ...).
    Result<void> execute(const char *sql);

private:
    enum class Stop { None, User, Timeout, Task };

    SqliteSession(sqlite3 *db, QString displayName);
    template <typename Source>
    Result<qint64> loadFrom(const QString &schema, const QString &table, const QStringList &columns, const Source &next,
                            const ExecOptions &options);
    void closeOpenCursor();
    void startStatements();
    void requestStop(Stop reason);
    static int progress(void *session);
    static int busy(void *session, int attempts);

    sqlite3 *m_db;
    QString m_displayName;
    QMutex m_dbMutex; // sqlite3_interrupt must not race with sqlite3_close
    std::atomic<bool> m_running{false};
    std::atomic<int> m_stop{int(Stop::None)};
    StatementClock *m_clock = nullptr;
    TaskControl *m_control = nullptr;
    SqliteCursor *m_openCursor = nullptr;
    QHash<int, sqlite3_stmt *> m_prepared;
    int m_nextPrepared = 1;
};

} // namespace strata::connectors

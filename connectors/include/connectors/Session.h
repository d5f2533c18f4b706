// One open connection to a database and what can be done on it: run statements and scripts (bound
// parameters, streamed results, timeouts, cancel), prepared statements, bulk loads, transactions the
// caller controls, and the server's notices. PostgreSQL and SQLite behind one interface.
//
// Threads: a session is used by one thread at a time (a worker, never the GUI thread: every call may
// wait on the server). cancel() and transactionState() are the exceptions: safe from any thread.
#pragma once

#include "connectors/ConnectionSpec.h"
#include "connectors/Cursor.h"
#include "connectors/ExecOptions.h"
#include "connectors/PreparedStatement.h"
#include "connectors/QueryResult.h"
#include "connectors/StatementSpan.h"
#include "connectors/RowBatch.h"

#include <strata/Diagnostic.h>
#include <strata/Result.h>

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace strata::connectors {

enum class TransactionState {
    Idle,          ///< no transaction open: each statement commits on its own
    InTransaction, ///< a transaction is open (BEGIN ran)
    Failed,        ///< a statement failed inside the open transaction; only ROLLBACK helps (PostgreSQL)
    Unknown,       ///< not connected
};

/// Fills `row` with the next row to load and returns true, or returns false when there are no more.
using RowSource = std::function<bool(Row &row)>;
/// Replaces what `batch` holds with the next rows to load and returns true, or returns false when
/// there are no more.
using BatchSource = std::function<bool(RowBatch &batch)>;

class Session
{
public:
    virtual ~Session() = default;
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /// Connects with what the spec and libpq's own sources give (conninfo, PGPASSWORD, ~/.pgpass,
    /// services) plus `password` when it is not empty. Connector adds the keychain and a prompt.
    static Result<std::unique_ptr<Session>> open(const ConnectionSpec &spec, const QString &password = {});

    virtual Dialect dialect() const = 0;
    /// "alice@localhost:5432/shop", "shop.db": for titles and messages.
    virtual QString displayName() const = 0;
    /// "15.4", "3.40.1"
    virtual QString serverVersion() const = 0;

    /// Starts a script: one statement or several separated by semicolons (split as the server's own
    /// grammar reads them). Parameters ($1, $2 ... for PostgreSQL; ?, ?NNN, :name for SQLite, taken
    /// in the order of their numbers) are bound, never spliced into the text, and need a script of
    /// exactly one statement. Nothing runs
    /// until Cursor::nextResult(). Reconnects first when the connection was lost.
    virtual Result<std::unique_ptr<Cursor>> run(const QString &script, const Row &params = {},
                                                const ExecOptions &options = {}) = 0;
    /// Prepares a statement to run many times with different parameters.
    virtual Result<PreparedStatement> prepare(const QString &sql) = 0;
    virtual Result<std::unique_ptr<Cursor>> run(const PreparedStatement &statement, const Row &params,
                                                const ExecOptions &options = {}) = 0;
    virtual void release(const PreparedStatement &statement) = 0;

    /// Loads rows into a table as fast as the database takes them: PostgreSQL COPY, SQLite multi-row
    /// INSERTs in one transaction (or in the caller's open one). `schema` may be empty. Returns the
    /// number of rows loaded; on an error or a cancel nothing is loaded (inside the caller's open
    /// transaction, a savepoint takes the failed load back). A load has no time limit
    /// (ExecOptions::timeoutMs is not used); Session::cancel() and the TaskControl stop it.
    virtual Result<qint64> load(const QString &schema, const QString &table, const QStringList &columns,
                                const RowSource &next, const ExecOptions &options = {}) = 0;
    /// load() of rows that come in batches: for producers of millions of rows, which pay no
    /// QVariant per value. The same transaction, error and cancel rules.
    virtual Result<qint64> loadBatches(const QString &schema, const QString &table, const QStringList &columns,
                                       const BatchSource &next, const ExecOptions &options = {}) = 0;

    /// The identifier in the dialect's double quotes, always: "orders", "Order Lines", "say ""hi""".
    virtual QString quoteIdentifier(const QString &name) const = 0;

    /// The statements of the script that would change the database, for a production connection to
    /// ask first. PostgreSQL reads each statement's parse tree: only SELECT (without INTO or a
    /// data-modifying WITH), SHOW and EXPLAIN (without ANALYZE of a writing statement) do not write.
    /// SQLite asks sqlite3_stmt_readonly() of each statement compiled against this database.
    /// A statement that cannot be read or compiled counts as writing. Writes hidden in functions
    /// called by a SELECT are not seen. Nothing runs.
    virtual QList<StatementSpan> writingStatements(const QString &script) = 0;

    /// Stops the statement running now, from any thread: PostgreSQL's cancel request, SQLite's
    /// interrupt. The call waiting on it returns an Error with code cancelledCode. Does nothing when
    /// no statement runs.
    virtual void cancel() = 0;

    /// Safe from any thread (the status bar asks while a worker runs statements).
    TransactionState transactionState() const { return m_transactionState.load(); }

    /// The server's notices and warnings since the last call (RAISE NOTICE, "there is no transaction
    /// in progress", a reconnection), with the SQLSTATE as code.
    Diagnostics takeNotices();

    /// Every row of a script's last statement: for catalog queries and small results.
    Result<QueryResult> query(const QString &script, const Row &params = {}, const ExecOptions &options = {});
    Result<QueryResult> query(const PreparedStatement &statement, const Row &params, const ExecOptions &options = {});
    Result<void> begin();
    /// Commits the open transaction; when it had failed, the server rolled it back instead and this
    /// returns an Error (SQLSTATE 25P02) saying so.
    Result<void> commit();
    Result<void> rollback();

protected:
    Session() = default;
    void setTransactionState(TransactionState state) { m_transactionState.store(state); }
    void addNotice(Diagnostic notice);

private:
    std::atomic<TransactionState> m_transactionState{TransactionState::Unknown};
    QMutex m_noticeMutex;
    Diagnostics m_notices;
};

} // namespace strata::connectors

// A PostgreSQL session: the libpqxx connection (PgLink), and statements run through libpq on its
// PGconn in single-row mode. libpqxx 6.4 reads whole results into memory and keeps only the SQLSTATE
// of an error, so statements bypass it; COPY (Session::load) goes through libpqxx's stream_to.
#pragma once

#include "PgError.h"
#include "PgLink.h"
#include "StatementClock.h"
#include "connectors/Session.h"

#include <QHash>

namespace strata::connectors {

class PgCursor;

using PgResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

class PgSession final : public Session
{
public:
    static Result<std::unique_ptr<PgSession>> open(const ConnectionSpec &spec, const QString &password);
    ~PgSession() override;

    Dialect dialect() const override { return Dialect::Postgres; }
    QString displayName() const override { return m_displayName; }
    QString serverVersion() const override { return m_serverVersion; }
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

    // For PgCursor.
    PGconn *conn() const { return m_conn; }
    /// Waits until the socket has data (at most a short slice); cancels the statement when its
    /// TaskControl asks or its time is up. False when the connection broke.
    bool waitForInput(StatementClock &clock, TaskControl *control);
    /// The next result of the statement in flight; null after its last one.
    PGresult *awaitResult(StatementClock &clock, TaskControl *control);
    /// A failed statement's error, said as what happened: cancelled, timed out, connection lost.
    Error statementError(const PGresult *result, const StatementRef &statement, const StatementClock &clock);
    /// The error once the statement's results are drained: a loss of the connection, when it was one.
    Error finalError(Error error);
    /// The error when libpq could not send, or the connection broke with no error result.
    Error connectionError(const StatementRef &statement);
    bool stopRequested() const { return m_stop.load() != int(Stop::None); }
    Error cancelledError(const StatementRef &statement) const;
    /// The server-side name of a prepared statement, preparing it again after a reconnection.
    Result<QByteArray> preparedName(int id, const StatementRef &statement);
    QString typeName(Oid oid) const { return m_typeNames.value(oid); }
    void setCurrentStatement(const StatementRef *statement) { m_current = statement; }
    /// A statement ended: the transaction state shows what it did.
    void statementEnded();
    void cursorFinished() { m_running.store(false); }
    void cursorClosed(PgCursor *cursor);

private:
    enum class Stop { None, User, Timeout, Task };
    struct Prepared
    {
        QString sql;
        QByteArray name;
        bool ready = false; // prepared on the current connection
        int parameterCount = 0;
    };

    PgSession(ConnectionSpec spec, QString password);
    Result<void> ensureConnected();
    bool closedWhileIdle();
    void adopt(std::unique_ptr<PgLink> link);
    void dropConnection();
    Error lostError(const QString &why, const SourcePlace &place);
    void closeOpenCursor();
    void startStatements();
    void requestCancel(Stop reason);
    /// Sends one command and reads its results to the end; the last result, or the first error.
    Result<PgResultPtr> exchange(const std::function<int(PGconn *)> &send, const StatementRef &statement);
    Result<void> exchange(const QByteArray &sql);
    /// Reads results nobody asked for: libpqxx ends a COPY without reading its last one.
    void settle();
    void loadTypeNames();
    static void receiveNotice(void *session, const PGresult *result);

    ConnectionSpec m_spec;
    QString m_password; // kept in memory only, to connect again
    QString m_displayName, m_serverVersion;
    std::unique_ptr<PgLink> m_link;
    PGconn *m_conn = nullptr;
    QMutex m_cancelMutex; // guards m_cancel against a reconnection while another thread cancels
    PGcancel *m_cancel = nullptr;
    std::atomic<bool> m_running{false};
    std::atomic<int> m_stop{int(Stop::None)};
    bool m_lossReported = false; // the caller was told the connection was lost
    bool m_serverClosing = false; // a FATAL message came: the server is closing the connection
    const StatementRef *m_current = nullptr;
    PgCursor *m_openCursor = nullptr;
    QHash<Oid, QString> m_typeNames;
    QHash<int, Prepared> m_prepared;
    int m_nextPrepared = 1;

    friend class PgCopyIn;
    template <typename Source>
    Result<qint64> loadFrom(const QString &schema, const QString &table, const QStringList &columns, const Source &next,
                            const ExecOptions &options);
};

} // namespace strata::connectors

// What stops a PostgreSQL statement, seen from both sides: a cancel from another thread, a time
// limit and a TaskControl stop the server's work (pg_stat_activity shows the backend idle again); a
// terminated backend and a restarted server are reported as a lost connection, and the next call
// connects again (or says why it cannot).
#include "PgServer.h"
#include "SessionTestKit.h"

#include <connectors/ErrorCodes.h>

#include <thread>

using namespace strata;
using namespace strata::connectors;
using strata::test::PgServer;

namespace {

const QString sleeper = QStringLiteral("SELECT pg_sleep(30)");

// Runs a statement on a worker thread; `waitUntilRunning` blocks until the server shows it.
class Worker
{
public:
    Worker(Session &session, const QString &sql, ExecOptions options = {})
    {
        m_thread = std::thread([&session, sql, options, this] {
            auto cursor = session.run(sql, {}, options);
            m_outcome = cursor ? (*cursor)->nextResult() : Result<bool>(cursor.error());
        });
    }
    ~Worker()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    /// The statement's outcome, once it has ended.
    Result<bool> outcome()
    {
        m_thread.join();
        return m_outcome;
    }

private:
    std::thread m_thread;
    Result<bool> m_outcome = Error(QStringLiteral("not run"));
};

} // namespace

class TestPgInterruptions : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<Session> m_session; // the one interrupted
    std::unique_ptr<Session> m_watcher; // looks at pg_stat_activity

    std::unique_ptr<Session> open(const QString &database = QStringLiteral("postgres"))
    {
        auto session = Session::open(*ConnectionSpec::parse(m_server->conninfo(database)));
        return session ? std::move(*session) : nullptr;
    }

    qint64 backendPid(Session &session)
    {
        auto r = session.query(QStringLiteral("SELECT pg_backend_pid()"));
        return r ? r->rows[0][0].toLongLong() : -1;
    }

    /// What the server says the backend is doing: "active", "idle", or "" when it is gone.
    QString stateOf(qint64 pid)
    {
        auto r = m_watcher->query(QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = $1"), {pid});
        return r && !r->rows.isEmpty() ? r->rows[0][0].toString() : QString();
    }

    /// Waits until the backend runs the statement (it has to be running to be interrupted).
    bool waitUntilRunning(qint64 pid, const QString &sql)
    {
        for (int i = 0; i < 1000; ++i) {
            auto r = m_watcher->query(QStringLiteral("SELECT state, query FROM pg_stat_activity WHERE pid = $1"), {pid});
            if (r && !r->rows.isEmpty() && r->rows[0][0] == QStringLiteral("active") && r->rows[0][1] == sql)
                return true;
            QTest::qWait(10);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
    }

    void init()
    {
        m_session = open();
        m_watcher = open();
        QVERIFY(m_session && m_watcher);
    }

    void cancelFromAnotherThreadStopsTheServer()
    {
        const qint64 pid = backendPid(*m_session);
        auto older = m_session->run(QStringLiteral("SELECT 1")); // kept by its owner past the next statement
        STRATA_VERIFY_OK(older);
        QVERIFY((*older)->nextResult().value());
        Worker worker(*m_session, sleeper);
        QVERIFY(waitUntilRunning(pid, sleeper));
        older->reset(); // an older cursor going away leaves the running statement cancellable
        m_session->cancel();
        auto outcome = worker.outcome();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QString::fromLatin1(strata::cancelledCode));
        QVERIFY2(outcome.error().detail.contains(QLatin1String("canceling statement")), qPrintable(outcome.error().detail));
        QCOMPARE(stateOf(pid), QStringLiteral("idle"));
        QCOMPARE(backendPid(*m_session), pid); // the same connection goes on
        m_session->cancel();                   // nothing runs: nothing happens
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("SELECT 1")));
    }

    void aTimeLimitCancelsOnTheServer()
    {
        const qint64 pid = backendPid(*m_session);
        ExecOptions options;
        options.timeoutMs = 300;
        auto cursor = m_session->run(sleeper, {}, options);
        STRATA_VERIFY_OK(cursor);
        auto outcome = (*cursor)->nextResult();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QLatin1String(timeoutCode));
        QVERIFY2(outcome.error().message.contains(QLatin1String("300 ms")), qPrintable(outcome.error().message));
        QCOMPARE(stateOf(pid), QStringLiteral("idle"));
    }

    void aTaskControlCancels()
    {
        const qint64 pid = backendPid(*m_session);
        TaskControl control;
        ExecOptions options;
        options.control = &control;
        Worker worker(*m_session, sleeper, options);
        QVERIFY(waitUntilRunning(pid, sleeper));
        control.cancel();
        auto outcome = worker.outcome();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QString::fromLatin1(strata::cancelledCode));
        QCOMPARE(stateOf(pid), QStringLiteral("idle"));
    }

    void cancelStopsALoad()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("DROP TABLE IF EXISTS big; CREATE TABLE big (x int)")));
        std::atomic<qint64> sent{0};
        std::thread canceller([&] {
            while (sent.load() < 50000)
                std::this_thread::yield();
            m_session->cancel();
        });
        auto loaded = m_session->load({}, QStringLiteral("big"), {QStringLiteral("x")}, [&](Row &row) {
            row = {int(sent.load())};
            return ++sent < 100000000; // would take minutes if the cancel did nothing
        });
        canceller.join();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QString::fromLatin1(strata::cancelledCode));
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM big"))->rows[0][0].toLongLong(), 0);
    }

    void aTerminatedBackendIsALostConnectionAndTheNextCallReconnects()
    {
        const qint64 pid = backendPid(*m_session);
        Worker worker(*m_session, sleeper);
        QVERIFY(waitUntilRunning(pid, sleeper));
        STRATA_VERIFY_OK(m_watcher->query(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}));
        auto outcome = worker.outcome();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QLatin1String(connectionLostCode));
        QVERIFY2(outcome.error().message.contains(QLatin1String("connection to the server was lost")),
                 qPrintable(outcome.error().message));
        QVERIFY2(outcome.error().detail.contains(QLatin1String("terminating connection")), qPrintable(outcome.error().detail));
        QCOMPARE(m_session->transactionState(), TransactionState::Unknown);

        const qint64 again = backendPid(*m_session);
        QVERIFY(again > 0);
        QVERIFY(again != pid);
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
    }

    void aConnectionLostWhileIdleReconnectsAndSaysSo()
    {
        const qint64 pid = backendPid(*m_session);
        STRATA_VERIFY_OK(m_watcher->query(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}));
        while (!stateOf(pid).isEmpty())
            QTest::qWait(10);
        auto again = m_session->query(QStringLiteral("SELECT pg_backend_pid()")); // not sent before the loss was seen: safe to run
        STRATA_VERIFY_OK(again);
        QVERIFY(again->rows[0][0].toLongLong() != pid);
        const Diagnostics notices = m_session->takeNotices();
        QVERIFY(std::any_of(notices.begin(), notices.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String(connectionLostCode) && d.message.contains(QLatin1String("connected again"));
        }));
    }

    void aLostTransactionIsNeverForgottenQuietly()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("DROP TABLE IF EXISTS kept; CREATE TABLE kept (x int)")));
        STRATA_VERIFY_OK(m_session->begin());
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO kept VALUES (1)")));
        const qint64 pid = backendPid(*m_session);
        STRATA_VERIFY_OK(m_watcher->query(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}));
        while (!stateOf(pid).isEmpty())
            QTest::qWait(10);
        auto lost = m_session->query(QStringLiteral("INSERT INTO kept VALUES (2)"));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QLatin1String(connectionLostCode));
        QVERIFY2(lost.error().message.contains(QLatin1String("transaction was rolled back")), qPrintable(lost.error().message));
        auto count = m_session->query(QStringLiteral("SELECT count(*) FROM kept"));
        STRATA_VERIFY_OK(count);
        QCOMPARE(count->rows[0][0].toLongLong(), 0);
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
    }

    void aServerRestartUnderAnOpenConnection()
    {
        const qint64 pid = backendPid(*m_session);
        STRATA_VERIFY_OK(m_server->restart());
        auto after = m_session->query(QStringLiteral("SELECT pg_backend_pid()"));
        STRATA_VERIFY_OK(after);
        QVERIFY(after->rows[0][0].toLongLong() != pid);

        // Restarted while a transaction is open: the caller hears it, then the session goes on.
        STRATA_VERIFY_OK(m_session->begin());
        STRATA_VERIFY_OK(m_server->restart());
        auto lost = m_session->query(QStringLiteral("SELECT 1"));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QLatin1String(connectionLostCode));
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("SELECT 1")));
        m_watcher = open(); // the watcher's connection went down with the server too
    }

    void aReconnectionThatFailsSaysWhy()
    {
        QVERIFY(m_server->createDatabase(QStringLiteral("doomed")).ok());
        auto session = open(QStringLiteral("doomed"));
        QVERIFY(session);
        STRATA_VERIFY_OK(m_watcher->query(QStringLiteral("DROP DATABASE doomed WITH (FORCE)")));
        auto lost = session->query(QStringLiteral("SELECT 1"));
        QVERIFY(!lost.ok());
        auto again = session->query(QStringLiteral("SELECT 1"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QLatin1String(cannotConnectCode));
        QVERIFY2(again.error().detail.contains(QLatin1String("\"doomed\" does not exist")), qPrintable(again.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestPgInterruptions)
#include "TestPgInterruptions.moc"

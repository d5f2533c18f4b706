// SQLite sessions on real files in a temporary folder: values and NULLs, bound parameters, scripts,
// errors with places, interrupt and timeout of a statement that never ends, prepared statements and
// their counters, bulk loads, transactions, and a mutation test of script splitting.
#include "SessionTestKit.h"

#include <connectors/ErrorCodes.h>

#include <QTemporaryDir>

#include <thread>

using namespace strata;
using namespace strata::connectors;
using strata::test::runScript;

namespace {

const QString endless = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");

// Runs the endless statement on a worker thread and returns its error once `stop` has stopped it.
Error stopEndless(Session &session, const ExecOptions &options, const std::function<void()> &stop)
{
    std::atomic<bool> started{false};
    Result<test::ScriptRun> outcome = Error(QStringLiteral("did not run"));
    std::thread worker([&] {
        auto cursor = session.run(endless, {}, options);
        started.store(true);
        if (!cursor) {
            outcome = cursor.error();
            return;
        }
        auto more = (*cursor)->nextResult();
        outcome = more ? Error(QStringLiteral("the endless statement ended")) : more.error();
    });
    while (!started.load())
        QTest::qWait(5);
    QTest::qWait(100); // let it run for a while
    stop();
    worker.join();
    return outcome.error();
}

} // namespace

class TestSqliteSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    std::unique_ptr<Session> openFile(const QString &name)
    {
        auto spec = ConnectionSpec::parse(QStringLiteral("sqlite:") + m_dir.filePath(name));
        if (!spec)
            return nullptr;
        auto session = Session::open(*spec);
        return session ? std::move(*session) : nullptr;
    }

private slots:
    void init()
    {
        m_session = openFile(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QVERIFY(m_session);
        QCOMPARE(m_session->dialect(), Dialect::Sqlite);
    }

    void valuesComeBackAsTheyWereStored()
    {
        auto made = runScript(*m_session, QStringLiteral(
            "CREATE TABLE t (i integer, r real, s text, b blob);"
            "INSERT INTO t VALUES (42, 2.5, 'héllo', x'00ff'), (NULL, NULL, '', x''), (NULL, NULL, NULL, NULL);"));
        STRATA_VERIFY_OK(made);
        QCOMPARE(made->results.size(), 2);
        QCOMPARE(made->results[1].summary.rowsAffected, 3);

        auto rows = m_session->query(QStringLiteral("SELECT i, r, s, b FROM t ORDER BY rowid"));
        STRATA_VERIFY_OK(rows);
        QCOMPARE(rows->columns.size(), 4);
        QCOMPARE(rows->columns[2].name, QStringLiteral("s"));
        QCOMPARE(rows->columns[2].typeName.toLower(), QStringLiteral("text"));
        QCOMPARE(rows->rows.size(), 3);
        QCOMPARE(rows->rows[0], (Row{qlonglong(42), 2.5, QStringLiteral("héllo"), QByteArray("\x00\xff", 2)}));
        QVERIFY(rows->rows[1][2].isValid() && !rows->rows[1][2].isNull()); // '' is a value, not NULL
        QCOMPARE(rows->rows[1][2].toString(), QString());
        QVERIFY(rows->rows[2][2].isNull());
        QVERIFY(rows->rows[2][3].isNull());
    }

    void aMissingFileIsNotCreatedWithoutThePrefix()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.db"));
        auto spec = ConnectionSpec::parse(path);
        QVERIFY(spec.ok());
        auto session = Session::open(*spec);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, QStringLiteral("SQLITE_CANTOPEN"));
        QVERIFY(session.error().hint.contains(QLatin1String("sqlite:")));
        QVERIFY(!QFile::exists(path));
    }

    void aFileThatIsNotADatabaseSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto session = Session::open(*ConnectionSpec::parse(path));
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, QStringLiteral("SQLITE_NOTADB"));
    }

    void parametersAreBoundNeverSpliced()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE students (name text)")));
        const QString bobby = QStringLiteral("Robert'); DROP TABLE students;--");
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO students VALUES (?)"), {bobby}));
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO students VALUES (:name)"), {QString()}));
        auto rows = m_session->query(QStringLiteral("SELECT name FROM students WHERE name = ?1 OR ?1 IS NULL"), {bobby});
        STRATA_VERIFY_OK(rows);
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows[0][0].toString(), bobby);

        auto tooFew = m_session->query(QStringLiteral("SELECT ?, ?"), {1});
        QVERIFY(!tooFew.ok());
        QCOMPARE(tooFew.error().code, QLatin1String(usageCode));
        auto twoStatements = m_session->run(QStringLiteral("SELECT ?; SELECT ?"), {1});
        QVERIFY(!twoStatements.ok());
        QCOMPARE(twoStatements.error().place.column, 11); // the second statement
    }

    void aScriptGivesOneResultPerStatement()
    {
        const QString script = QStringLiteral(
            "CREATE TABLE log (msg text);\n"
            "CREATE TRIGGER t AFTER INSERT ON log BEGIN SELECT 1; SELECT 2; END;\n"
            "-- a comment; with a semicolon\n"
            "INSERT INTO log VALUES ('a;b'), ('/* not a comment */');\n"
            ";;\n"
            "SELECT msg FROM log ORDER BY msg");
        auto run = runScript(*m_session, script);
        STRATA_VERIFY_OK(run);
        QCOMPARE(run->results.size(), 4);
        QCOMPARE(script.mid(run->results[1].summary.offset, run->results[1].summary.length),
                 QStringLiteral("CREATE TRIGGER t AFTER INSERT ON log BEGIN SELECT 1; SELECT 2; END"));
        QVERIFY(script.mid(run->results[2].summary.offset, run->results[2].summary.length).endsWith(QLatin1String("('/* not a comment */')")));
        QCOMPARE(run->results[2].summary.rowsAffected, 2);
        QCOMPARE(run->results[3].rows.size(), 2);
        QCOMPARE(run->results[3].rows[0][0].toString(), QStringLiteral("/* not a comment */"));
        QCOMPARE(run->results[3].summary.rowsAffected, -1);
        QCOMPARE(run->results[3].summary.statementIndex, 3);
    }

    void anErrorPointsAtItsLineAndColumn()
    {
        // The server counts bytes; the place counts lines and QChars, as the editor does.
        const QString script = QStringLiteral("SELECT '\u00e9\U0001F600';\nSELECT * FORM t;\nSELECT 3;");
        ExecOptions options;
        options.source = QStringLiteral("editor");
        auto run = runScript(*m_session, script, {}, options);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().code, QStringLiteral("SQLITE_ERROR"));
        QCOMPARE(run.error().place.source, QStringLiteral("editor"));
        QCOMPARE(run.error().place.line, 2);
        QCOMPARE(run.error().place.column, 10);
        QVERIFY2(run.error().message.contains(QLatin1String("FORM")), qPrintable(run.error().message));
    }

    void rowsBeforeAnErrorArriveFirst()
    {
        auto cursor = m_session->run(QStringLiteral(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) "
            "SELECT CASE WHEN x < 5 THEN x ELSE abs(-9223372036854775807 - 1) END FROM c"));
        STRATA_VERIFY_OK(cursor);
        auto more = (*cursor)->nextResult();
        STRATA_VERIFY_OK(more);
        auto rows = (*cursor)->fetch(100);
        STRATA_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 4);
        auto failed = (*cursor)->fetch(100);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QLatin1String("overflow")), qPrintable(failed.error().message));
    }

    void cancelInterruptsARunningStatement()
    {
        const Error error = stopEndless(*m_session, {}, [&] { m_session->cancel(); });
        QCOMPARE(error.code, QLatin1String(cancelledCode));
        auto after = m_session->query(QStringLiteral("SELECT 1"));
        STRATA_VERIFY_OK(after);
        QCOMPARE(after->rows[0][0].toLongLong(), 1);
    }

    void aTimeoutStopsARunningStatement()
    {
        ExecOptions options;
        options.timeoutMs = 200;
        const Error error = stopEndless(*m_session, options, [] {});
        QCOMPARE(error.code, QLatin1String(timeoutCode));
        QVERIFY2(error.message.contains(QLatin1String("200 ms")), qPrintable(error.message));
    }

    void aTaskControlCancels()
    {
        TaskControl control;
        ExecOptions options;
        options.control = &control;
        const Error error = stopEndless(*m_session, options, [&] { control.cancel(); });
        QCOMPARE(error.code, QLatin1String(cancelledCode));
    }

    void preparedStatementsRunManyTimesAndCount()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE t (id integer, name text)")));
        auto insert = m_session->prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)"));
        STRATA_VERIFY_OK(insert);
        QCOMPARE(insert->parameterCount, 2);
        QueryResult last;
        for (int i = 0; i < 100; ++i) {
            auto r = m_session->query(*insert, {i, QStringLiteral("n%1").arg(i)});
            STRATA_VERIFY_OK(r);
            last = *r;
        }
        QCOMPARE(last.summary.rowsAffected, 1);
        QCOMPARE(last.summary.counters.value(QStringLiteral("runs")), 100);
        auto scan = m_session->query(QStringLiteral("SELECT * FROM t WHERE name = 'n50'"));
        STRATA_VERIFY_OK(scan);
        QCOMPARE(scan->summary.counters.value(QStringLiteral("fullscan_steps")), 99);
        m_session->release(*insert);
        QVERIFY(!m_session->query(*insert, {1, QStringLiteral("x")}).ok());
        auto two = m_session->prepare(QStringLiteral("SELECT 1; SELECT 2"));
        QVERIFY(!two.ok());
    }

    void aLoadIsAllOrNothing()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE t (id integer, name text, data blob)")));
        int n = 0;
        auto loaded = m_session->load({}, QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("data")},
                                      [&](Row &row) {
                                          if (n == 10007)
                                              return false;
                                          row = {n, n % 2 ? QVariant(QString()) : QVariant(), QByteArray(1, char(n))};
                                          ++n;
                                          return true;
                                      });
        STRATA_VERIFY_OK(loaded);
        QCOMPARE(*loaded, 10007);
        auto counts = m_session->query(QStringLiteral("SELECT count(*), count(name), sum(name = '') FROM t"));
        STRATA_VERIFY_OK(counts);
        QCOMPARE(counts->rows[0], (Row{qlonglong(10007), qlonglong(5003), qlonglong(5003)}));

        int m = 0;
        auto bad = m_session->load({}, QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("name")}, [&](Row &row) {
            row = m < 700 ? Row{m, QStringLiteral("x")} : Row{m};
            return ++m <= 701;
        });
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("row 701")), qPrintable(bad.error().message));
        auto after = m_session->query(QStringLiteral("SELECT count(*) FROM t"));
        QCOMPARE(after->rows[0][0].toLongLong(), 10007);
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
    }

    // Batches bind every kind of value, text without a copy, and a batch that is not whole rows is refused.
    void batchesLoadLikeRows()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE b (id integer, name text, price numeric, ok integer, data blob)")));
        int batches = 0;
        auto loaded = m_session->loadBatches({}, QStringLiteral("b"), {u"id"_qs, u"name"_qs, u"price"_qs, u"ok"_qs, u"data"_qs},
                                             [&](RowBatch &batch) {
                                                 if (batches == 2)
                                                     return false;
                                                 batch.reset(5);
                                                 for (int i = 0; i < 1234; ++i) {
                                                     batch.appendInteger(batches * 10000 + i);
                                                     i % 2 ? batch.appendText(QStringLiteral("caf\u00e9")) : batch.appendNull();
                                                     batch.appendUtf8("12.50");
                                                     batch.appendBoolean(i % 2 == 0);
                                                     batch.appendBytes(QByteArray(2, char(i)));
                                                 }
                                                 ++batches;
                                                 return true;
                                             });
        STRATA_VERIFY_OK(loaded);
        QCOMPARE(*loaded, 2468);
        auto counts = m_session->query(QStringLiteral("SELECT count(*), sum(name = 'caf\u00e9'), sum(price), sum(ok), sum(length(data)) FROM b"));
        STRATA_VERIFY_OK(counts);
        QCOMPARE(counts->rows[0], (Row{qlonglong(2468), qlonglong(1234), 30850.0, qlonglong(1234), qlonglong(4936)}));

        auto ragged = m_session->loadBatches({}, QStringLiteral("b"), {u"id"_qs, u"name"_qs}, [&, done = false](RowBatch &batch) mutable {
            batch.reset(2);
            batch.appendInteger(1); // half a row
            return !std::exchange(done, true);
        });
        QVERIFY(!ragged.ok());
        QCOMPARE(ragged.error().code, QLatin1String(usageCode));
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM b"))->rows[0][0].toLongLong(), 2468);
    }

    void transactionsAreTheCallersToControl()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE t (id integer)")));
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
        STRATA_VERIFY_OK(m_session->begin());
        QCOMPARE(m_session->transactionState(), TransactionState::InTransaction);
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO t VALUES (1)")));
        int n = 0;
        STRATA_VERIFY_OK(m_session->load({}, QStringLiteral("t"), {QStringLiteral("id")}, [&](Row &row) {
            row = {++n};
            return n <= 5;
        }));
        QCOMPARE(m_session->transactionState(), TransactionState::InTransaction);
        STRATA_VERIFY_OK(m_session->rollback());
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM t"))->rows[0][0].toLongLong(), 0);
        STRATA_VERIFY_OK(m_session->begin());
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO t VALUES (1)")));
        STRATA_VERIFY_OK(m_session->commit());
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM t"))->rows[0][0].toLongLong(), 1);
    }

    void aCursorReadsInBatchesAndCanBeLeftEarly()
    {
        auto cursor = m_session->run(QStringLiteral(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000) SELECT x FROM c;"
            "SELECT 'next'"));
        STRATA_VERIFY_OK(cursor);
        QCOMPARE((*cursor)->statementCount(), 2);
        QVERIFY(*(*cursor)->nextResult());
        int batches = 0;
        qint64 sum = 0;
        for (auto batch = (*cursor)->fetch(1000); batch && !batch->isEmpty(); batch = (*cursor)->fetch(1000)) {
            ++batches;
            QVERIFY(batch->size() <= 1000);
            for (const Row &r : *batch)
                sum += r[0].toLongLong();
        }
        QCOMPARE(batches, 10);
        QCOMPARE(sum, 10000LL * 10001 / 2);
        QCOMPARE((*cursor)->summary().rowsRead, 10000);
        QVERIFY((*cursor)->summary().finished);
        QVERIFY(*(*cursor)->nextResult());
        QCOMPARE((*cursor)->fetch(10)->at(0)[0].toString(), QStringLiteral("next"));

        // Leaving a cursor half-read and running something else is fine.
        auto half = m_session->run(QStringLiteral("SELECT x FROM (SELECT 1 AS x UNION ALL SELECT 2)"));
        QVERIFY(*(*half)->nextResult());
        QCOMPARE((*half)->fetch(1)->size(), 1);
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("SELECT 3")));
    }

    // Scripts with quotes, comments and semicolons cut in random places: the session always answers
    // with results or with an error placed inside the script.
    void mutatedScriptsAlwaysGetAnAnswer()
    {
        const QString base = QStringLiteral(
            "CREATE TABLE IF NOT EXISTS m (a text, b integer);\n"
            "INSERT INTO m VALUES ('x;y', 1), (\"b\", 2); -- note ; here\n"
            "/* block ; comment */ SELECT a, b FROM m WHERE a <> 'it''s';\n"
            "CREATE TRIGGER IF NOT EXISTS g AFTER DELETE ON m BEGIN INSERT INTO m VALUES ('z', 0); END;\n"
            "SELECT [a], `b` FROM m;");
        const QStringList pieces = {"'", "\"", ";", "--", "/*", "*/", "BEGIN", "END", "\u00e9", "[", "?"};
        QRandomGenerator random(7);
        int failed = 0;
        for (int i = 0; i < 400; ++i) {
            const QString script = test::mutateScript(base, pieces, random);
            auto run = runScript(*m_session, script);
            const QString problem = test::problemWithAnswer(run, script);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in:\n") + script));
            failed += run ? 0 : 1;
        }
        QVERIFY(failed > 50);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSession)
#include "TestSqliteSession.moc"

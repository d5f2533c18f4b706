// PostgreSQL sessions against a throw-away server: connecting by URI and conninfo, bound parameters,
// typed values, scripts, errors with every field and their place, notices, transactions, prepared
// statements, EXPLAIN, COPY in and out, and a mutation test of script splitting.
#include "PgServer.h"
#include "SessionTestKit.h"

#include <connectors/ErrorCodes.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace strata;
using namespace strata::connectors;
using strata::test::PgServer;
using strata::test::runScript;

class TestPgSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<Session> m_session;

    std::unique_ptr<Session> open(const QString &text)
    {
        auto spec = ConnectionSpec::parse(text);
        if (!spec)
            return nullptr;
        auto session = Session::open(*spec);
        if (!session)
            qWarning("%s", qPrintable(test::describe(session.error())));
        return session ? std::move(*session) : nullptr;
    }

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        QVERIFY(m_server->createDatabase(QStringLiteral("shop")).ok());
    }

    void init()
    {
        m_session = open(m_server->conninfo(QStringLiteral("shop")));
        QVERIFY(m_session);
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("DROP SCHEMA IF EXISTS t CASCADE; CREATE SCHEMA t; SET search_path = t")));
        (void)m_session->takeNotices();
    }

    void connectsByUriAndByConninfo()
    {
        for (const QString &text : {m_server->uri(QStringLiteral("shop")), m_server->conninfo(QStringLiteral("shop"))}) {
            auto session = open(text);
            QVERIFY2(session, qPrintable(text));
            QCOMPARE(session->dialect(), Dialect::Postgres);
            auto r = session->query(QStringLiteral("SELECT current_database(), current_setting('application_name')"));
            STRATA_VERIFY_OK(r);
            QCOMPARE(r->rows[0], (Row{QStringLiteral("shop"), QStringLiteral("Strata")}));
            QVERIFY(session->displayName().contains(QLatin1String("/shop")));
            QVERIFY(session->serverVersion().startsWith(QLatin1String("1")));
        }
        // The user's own application_name wins over Strata's.
        auto named = open(m_server->conninfo(QStringLiteral("shop")) + QStringLiteral(" application_name=reports"));
        QVERIFY(named);
        QCOMPARE(named->query(QStringLiteral("SHOW application_name"))->rows[0][0].toString(), QStringLiteral("reports"));
    }

    void aFailedConnectionSaysWhy()
    {
        auto spec = ConnectionSpec::parse(QStringLiteral("host=127.0.0.1 port=1 dbname=shop connect_timeout=5"));
        auto refused = Session::open(*spec);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QLatin1String(cannotConnectCode));
        QVERIFY2(refused.error().detail.contains(QLatin1String("refused")), qPrintable(refused.error().detail));

        // sslmode reaches libpq: this server has no SSL, so "require" must fail and say so.
        auto ssl = Session::open(*ConnectionSpec::parse(m_server->uri(QStringLiteral("shop")) + QStringLiteral("?sslmode=require")));
        QVERIFY(!ssl.ok());
        QVERIFY2(ssl.error().detail.contains(QLatin1String("SSL")), qPrintable(ssl.error().detail));

        auto noDb = Session::open(*ConnectionSpec::parse(m_server->conninfo(QStringLiteral("nowhere"))));
        QVERIFY(!noDb.ok());
        QVERIFY2(noDb.error().detail.contains(QLatin1String("\"nowhere\" does not exist")), qPrintable(noDb.error().detail));
    }

    void parametersAreBoundNeverSpliced()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE students (name text)")));
        const QString bobby = QStringLiteral("Robert'); DROP TABLE students;--");
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO students VALUES ($1)"), {bobby}));
        auto rows = m_session->query(QStringLiteral("SELECT name FROM students WHERE name = $1"), {bobby});
        STRATA_VERIFY_OK(rows);
        QCOMPARE(rows->rows, (QList<Row>{{bobby}}));

        auto typed = m_session->query(QStringLiteral("SELECT $1::int + 1, $2::text IS NULL, $3::text = '', $4::bytea, "
                                                     "$5::boolean, $6::float8 * 2, $7::date + 1"),
                                      {41, QVariant(), QString(), QByteArray("\x00\xff\x27", 3), true, 1.25,
                                       QDate(2024, 2, 28)});
        STRATA_VERIFY_OK(typed);
        QCOMPARE(typed->rows[0], (Row{qlonglong(42), true, true, QByteArray("\x00\xff\x27", 3), true, 2.5,
                                      QStringLiteral("2024-02-29")}));

        auto tooFew = m_session->query(QStringLiteral("SELECT $1::int, $2::int"), {1});
        QVERIFY(!tooFew.ok());
        QCOMPARE(tooFew.error().code, QStringLiteral("08P01"));
        auto script = m_session->run(QStringLiteral("SELECT $1; SELECT 2"), {1});
        QVERIFY(!script.ok());
        QCOMPARE(script.error().code, QLatin1String(usageCode));
    }

    void valuesComeBackTyped()
    {
        auto r = m_session->query(QStringLiteral(
            "SELECT 1::int2 AS a, 2::int4, 3::int8, 1.5::float8, 'NaN'::float8, 12.345678901234567890::numeric, true,"
            " 'x'::text, ''::text, NULL::text, '\\x00ff'::bytea, '2024-01-02'::date, '{1,2}'::int[], '{\"a\": 1}'::jsonb,"
            " 'k'::varchar(5)"));
        STRATA_VERIFY_OK(r);
        const Row &row = r->rows[0];
        QCOMPARE(row[0], QVariant(qlonglong(1)));
        QCOMPARE(row[3], QVariant(1.5));
        QVERIFY(std::isnan(row[4].toDouble()));
        QCOMPARE(row[5], QVariant(QStringLiteral("12.345678901234567890"))); // numeric keeps its digits
        QCOMPARE(row[6], QVariant(true));
        QVERIFY(!row[8].isNull());
        QCOMPARE(row[8].toString(), QString());
        QVERIFY(row[9].isNull());
        QCOMPARE(row[10], QVariant(QByteArray("\x00\xff", 2)));
        QCOMPARE(row[12], QVariant(QStringLiteral("{1,2}")));
        QStringList types;
        for (const Column &c : r->columns)
            types << c.typeName;
        QCOMPARE(types, (QStringList{"smallint", "integer", "bigint", "double precision", "double precision", "numeric",
                                     "boolean", "text", "text", "text", "bytea", "date", "integer[]", "jsonb",
                                     "character varying"}));
        QCOMPARE(r->columns[0].name, QStringLiteral("a"));
        QCOMPARE(r->columns[0].typeOid, 21u);
    }

    void aScriptGivesOneResultPerStatement()
    {
        const QString script = QStringLiteral(
            "CREATE TABLE items (id int PRIMARY KEY, note text);\n"
            "INSERT INTO items VALUES (1, 'a;b'), (2, $$it's; fine$$) RETURNING id;\n"
            "-- a comment; with a semicolon\n"
            "DO $body$ BEGIN PERFORM 1; END $body$;\n"
            "SELECT note FROM items ORDER BY id;\n"
            "UPDATE items SET note = note || '!' WHERE id > 5");
        auto run = runScript(*m_session, script);
        STRATA_VERIFY_OK(run);
        QCOMPARE(run->results.size(), 5);
        QStringList tags;
        for (const QueryResult &r : run->results)
            tags << r.summary.commandTag;
        QCOMPARE(tags, (QStringList{"CREATE TABLE", "INSERT 0 2", "DO", "SELECT 2", "UPDATE 0"}));
        QCOMPARE(run->results[1].summary.rowsAffected, 2);
        QCOMPARE(run->results[1].rows.size(), 2);
        QCOMPARE(run->results[3].summary.rowsAffected, -1);
        QCOMPARE(run->results[3].rows[1][0].toString(), QStringLiteral("it's; fine"));
        QCOMPARE(run->results[4].summary.rowsAffected, 0);
        const ResultSummary &s = run->results[2].summary;
        QVERIFY(script.mid(s.offset, s.length).endsWith(QLatin1String("DO $body$ BEGIN PERFORM 1; END $body$")));
        QCOMPARE(s.statementIndex, 2);
        QVERIFY(run->results[0].summary.elapsedUs > 0);
    }

    void aScriptStopsAtItsFirstError()
    {
        const QString script = QStringLiteral("CREATE TABLE a (x int);\nINSERT INTO a VALUES (1/0);\nCREATE TABLE b (x int);");
        auto run = runScript(*m_session, script);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().code, QStringLiteral("22012"));
        QCOMPARE(run.error().place.line, 2); // no position from the server: the statement's start
        QCOMPARE(run.error().place.column, 1);
        // Statements before the error stay (each commits on its own); the ones after never ran.
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename IN ('a', 'b')"))->rows[0][0].toLongLong(), 1);
    }

    void errorsCarryWhatTheServerSaidAndWhere()
    {
        ExecOptions options;
        options.source = QStringLiteral("editor");
        auto syntax = m_session->query(QStringLiteral("SELECT '\U0001F600' AS smile;\nSELECT * FORM t;"), {}, options);
        QVERIFY(!syntax.ok());
        QCOMPARE(syntax.error().code, QStringLiteral("42601"));
        QCOMPARE(syntax.error().place.source, QStringLiteral("editor"));
        QCOMPARE(syntax.error().place.line, 2);
        QCOMPARE(syntax.error().place.column, 10);
        auto sameLine = m_session->query(QStringLiteral("SELECT '\u00e9\U0001F600', nope"));
        QVERIFY(!sameLine.ok());
        QCOMPARE(sameLine.error().code, QStringLiteral("42703"));
        QCOMPARE(sameLine.error().place.column, 15); // columns count QChars, as the editor does: 😀 is two

        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE k (id int PRIMARY KEY, amount int); INSERT INTO k VALUES (1, 1)")));
        auto unique = m_session->query(QStringLiteral("INSERT INTO k VALUES (1, 2)"));
        QVERIFY(!unique.ok());
        QCOMPARE(unique.error().code, QStringLiteral("23505"));
        QCOMPARE(unique.error().detail, QStringLiteral("Key (id)=(1) already exists."));

        auto hinted = m_session->query(QStringLiteral("SELECT amont FROM k"));
        QVERIFY(!hinted.ok());
        QVERIFY2(hinted.error().hint.contains(QLatin1String("amount")), qPrintable(hinted.error().hint));
        QCOMPARE(hinted.error().place.column, 8);

        auto raised = m_session->query(QStringLiteral(
            "DO $$ BEGIN RAISE EXCEPTION 'bad %', 42 USING DETAIL = 'more', HINT = 'fix it', ERRCODE = 'P0001'; END $$"));
        QVERIFY(!raised.ok());
        QCOMPARE(raised.error().message, QStringLiteral("bad 42"));
        QVERIFY(raised.error().detail.startsWith(QLatin1String("more\nwhere: PL/pgSQL function inline_code_block")));
        QCOMPARE(raised.error().hint, QStringLiteral("fix it"));
    }

    void noticesAreCollected()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral(
            "DO $$ BEGIN RAISE NOTICE 'hello %', 1; RAISE WARNING 'careful' USING HINT = 'look'; END $$")));
        const Diagnostics notices = m_session->takeNotices();
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices[0].severity, Severity::Info);
        QCOMPARE(notices[0].message.section(u'\n', 0, 0), QStringLiteral("hello 1"));
        QCOMPARE(notices[1].severity, Severity::Warning);
        QCOMPARE(notices[1].hint, QStringLiteral("look"));
        QVERIFY(m_session->takeNotices().isEmpty());
        STRATA_VERIFY_OK(m_session->commit());
        const Diagnostics noTransaction = m_session->takeNotices();
        QCOMPARE(noTransaction.size(), 1);
        QCOMPARE(noTransaction[0].code, QStringLiteral("25P01"));
    }

    void theTransactionStateFollowsTheServer()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE t1 (x int)")));
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
        STRATA_VERIFY_OK(m_session->begin());
        QCOMPARE(m_session->transactionState(), TransactionState::InTransaction);
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("INSERT INTO t1 VALUES (1)")));
        QVERIFY(!m_session->query(QStringLiteral("SELECT 1/0")).ok());
        QCOMPARE(m_session->transactionState(), TransactionState::Failed);
        auto commit = m_session->commit();
        QVERIFY(!commit.ok());
        QCOMPARE(commit.error().code, QStringLiteral("25P02"));
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM t1"))->rows[0][0].toLongLong(), 0);
        // A BEGIN typed in a script counts the same.
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("BEGIN; INSERT INTO t1 VALUES (2)")));
        QCOMPARE(m_session->transactionState(), TransactionState::InTransaction);
        STRATA_VERIFY_OK(m_session->commit());
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM t1"))->rows[0][0].toLongLong(), 1);
    }

    void preparedStatementsRunManyTimes()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE p (id int, name text)")));
        auto insert = m_session->prepare(QStringLiteral("INSERT INTO p VALUES ($1, $2)"));
        STRATA_VERIFY_OK(insert);
        QCOMPARE(insert->parameterCount, 2);
        for (int i = 0; i < 200; ++i) {
            auto r = m_session->query(*insert, {i, QStringLiteral("n%1").arg(i)});
            STRATA_VERIFY_OK(r);
            QCOMPARE(r->summary.rowsAffected, 1);
        }
        auto select = m_session->prepare(QStringLiteral("SELECT name FROM p WHERE id = $1"));
        STRATA_VERIFY_OK(select);
        QCOMPARE(m_session->query(*select, {150})->rows[0][0].toString(), QStringLiteral("n150"));
        QVERIFY(!m_session->query(*select, {}).ok());
        m_session->release(*select);
        QVERIFY(!m_session->query(*select, {1}).ok());

        auto bad = m_session->prepare(QStringLiteral("SELECT nope FROM p"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("42703"));
        QCOMPARE(bad.error().place.column, 8);
    }

    void explainGivesTextAndJson()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE e AS SELECT i FROM generate_series(1, 100) i")));
        auto json = m_session->query(QStringLiteral("EXPLAIN (FORMAT JSON, ANALYZE) SELECT * FROM e WHERE i = $1"), {5});
        STRATA_VERIFY_OK(json);
        const QJsonDocument plan = QJsonDocument::fromJson(json->rows[0][0].toString().toUtf8());
        QVERIFY(plan.isArray());
        QCOMPARE(plan.array()[0].toObject()[QStringLiteral("Plan")].toObject()[QStringLiteral("Actual Rows")].toInt(), 1);
        auto text = m_session->query(QStringLiteral("EXPLAIN SELECT * FROM e"));
        STRATA_VERIFY_OK(text);
        QVERIFY(text->rows[0][0].toString().startsWith(QLatin1String("Seq Scan on e")));
    }

    void aLoadCopiesRowsAllOrNothing()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE \"Load Me\" (id int PRIMARY KEY, note text, data bytea)")));
        const QString tricky = QStringLiteral("tab\there, line\nbreak, back\\slash, caf\u00e9 \U0001F600, \\N");
        int n = 0;
        auto loaded = m_session->load(QStringLiteral("t"), QStringLiteral("Load Me"),
                                      {QStringLiteral("id"), QStringLiteral("note"), QStringLiteral("data")}, [&](Row &row) {
                                          if (n == 20000)
                                              return false;
                                          row = {n, n % 3 == 0 ? QVariant() : n % 3 == 1 ? QVariant(QString()) : QVariant(tricky),
                                                 QByteArray("\x00\x01\\\xff", 4)};
                                          ++n;
                                          return true;
                                      });
        STRATA_VERIFY_OK(loaded);
        QCOMPARE(*loaded, 20000);
        auto counts = m_session->query(QStringLiteral(
            "SELECT count(*), count(note), sum((note = '')::int), sum((note = $1)::int), "
            "sum((data = '\\x00015cff'::bytea)::int) FROM \"Load Me\""), {tricky});
        STRATA_VERIFY_OK(counts);
        QCOMPARE(counts->rows[0], (Row{qlonglong(20000), qlonglong(13333), qlonglong(6667), qlonglong(6666), qlonglong(20000)}));

        // A duplicate key half-way: the server's error, and none of the rows.
        int m = 0;
        auto duplicate = m_session->load({}, QStringLiteral("Load Me"), {QStringLiteral("id")}, [&](Row &row) {
            row = {m < 500 ? 100000 + m : 0};
            return ++m <= 1000;
        });
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("23505"));
        QVERIFY2(duplicate.error().detail.contains(QLatin1String("Key (id)=(0) already exists")), qPrintable(duplicate.error().detail));
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM \"Load Me\""))->rows[0][0].toLongLong(), 20000);
        QCOMPARE(m_session->transactionState(), TransactionState::Idle);

        // Inside the caller's transaction the load is the caller's: its rollback takes the rows back.
        STRATA_VERIFY_OK(m_session->begin());
        int k = 0;
        auto wrongWidth = m_session->load({}, QStringLiteral("Load Me"), {QStringLiteral("id")}, [&](Row &row) {
            row = k < 10 ? Row{200000 + k} : Row{1, 2};
            return ++k <= 11;
        });
        QVERIFY(!wrongWidth.ok());
        QCOMPARE(wrongWidth.error().code, QLatin1String(usageCode));
        QCOMPARE(m_session->transactionState(), TransactionState::InTransaction); // the savepoint took the failure
        k = 0;
        STRATA_VERIFY_OK(m_session->load({}, QStringLiteral("Load Me"), {QStringLiteral("id")}, [&](Row &row) {
            row = {300000 + k};
            return ++k <= 10;
        }));
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM \"Load Me\""))->rows[0][0].toLongLong(), 20010);
        STRATA_VERIFY_OK(m_session->rollback());
        QCOMPARE(m_session->query(QStringLiteral("SELECT count(*) FROM \"Load Me\""))->rows[0][0].toLongLong(), 20000);
    }

    // Batches load the same values as rows do, whatever their kind, through the same COPY.
    void batchesLoadLikeRows()
    {
        STRATA_VERIFY_OK(m_session->query(QStringLiteral(
            "CREATE TABLE batched (id bigint PRIMARY KEY, note text, price numeric(8,2), ok boolean, x float8, data bytea)")));
        const QString tricky = QStringLiteral("tab\there, line\nbreak, back\\slash, caf\u00e9, \\N");
        int batches = 0;
        auto loaded = m_session->loadBatches({}, QStringLiteral("batched"),
                                             {u"id"_qs, u"note"_qs, u"price"_qs, u"ok"_qs, u"x"_qs, u"data"_qs}, [&](RowBatch &batch) {
                                                 if (batches == 3)
                                                     return false;
                                                 batch.reset(6);
                                                 for (int i = 0; i < 1000; ++i) {
                                                     batch.appendInteger(batches * 1000 + i);
                                                     i % 2 ? batch.appendText(tricky) : batch.appendNull();
                                                     batch.appendUtf8("12.50");
                                                     batch.appendBoolean(i % 3 == 0);
                                                     batch.appendReal(0.1);
                                                     batch.appendBytes(QByteArray("\x00\\", 2));
                                                 }
                                                 ++batches;
                                                 return true;
                                             });
        STRATA_VERIFY_OK(loaded);
        QCOMPARE(*loaded, 3000);
        auto counts = m_session->query(QStringLiteral("SELECT count(*), sum((note = $1)::int), sum(price), sum(ok::int), "
                                                      "sum((x = 0.1)::int), sum((data = '\\x005c'::bytea)::int) FROM batched"), {tricky});
        STRATA_VERIFY_OK(counts);
        QCOMPARE(counts->rows[0], (Row{qlonglong(3000), qlonglong(1500), QStringLiteral("37500.00"), qlonglong(1002),
                                       qlonglong(3000), qlonglong(3000)}));
    }

    void copyToStdoutGivesLinesAndCopyFromStdinIsRefused()
    {
        auto out = m_session->query(QStringLiteral("COPY (SELECT i, 'x,y' FROM generate_series(1, 3) i) TO STDOUT WITH CSV"));
        STRATA_VERIFY_OK(out);
        QCOMPARE(out->rows, (QList<Row>{{QStringLiteral("1,\"x,y\"")}, {QStringLiteral("2,\"x,y\"")}, {QStringLiteral("3,\"x,y\"")}}));
        QCOMPARE(out->summary.commandTag, QStringLiteral("COPY 3"));

        STRATA_VERIFY_OK(m_session->query(QStringLiteral("CREATE TABLE c (x int)")));
        auto in = m_session->query(QStringLiteral("COPY c FROM STDIN"));
        QVERIFY(!in.ok());
        QVERIFY2(in.error().message.contains(QLatin1String("COPY")), qPrintable(in.error().message));
        STRATA_VERIFY_OK(m_session->query(QStringLiteral("SELECT 1")));
    }

    void rowsArriveInBatchesAndACursorCanBeLeftEarly()
    {
        auto cursor = m_session->run(QStringLiteral("SELECT i FROM generate_series(1, 10000) i; SELECT 'next'"));
        STRATA_VERIFY_OK(cursor);
        QCOMPARE((*cursor)->statementCount(), 2);
        QVERIFY(*(*cursor)->nextResult());
        int batches = 0;
        qint64 sum = 0;
        for (auto batch = (*cursor)->fetch(1000); batch && !batch->isEmpty(); batch = (*cursor)->fetch(1000)) {
            ++batches;
            for (const Row &r : *batch)
                sum += r[0].toLongLong();
        }
        QCOMPARE(batches, 10);
        QCOMPARE(sum, 10000LL * 10001 / 2);
        QCOMPARE((*cursor)->summary().commandTag, QStringLiteral("SELECT 10000"));
        QVERIFY(*(*cursor)->nextResult());
        QCOMPARE((*cursor)->fetch(5)->at(0)[0].toString(), QStringLiteral("next"));

        auto half = m_session->run(QStringLiteral("SELECT i FROM generate_series(1, 100000) i"));
        QVERIFY(*(*half)->nextResult());
        QCOMPARE((*half)->fetch(10)->size(), 10);
        auto next = m_session->query(QStringLiteral("SELECT 42")); // reads what is left of the other first
        STRATA_VERIFY_OK(next);
        QCOMPARE(next->rows[0][0].toLongLong(), 42);
        auto stale = (*half)->nextResult(); // the session moved on: the old cursor says so
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, QLatin1String(usageCode));
        QVERIFY((*half)->fetch(10)->isEmpty());
    }

    // Scripts with quotes, dollar quotes, comments and semicolons cut in random places: the session
    // splits each, runs it, and answers with results or an error placed inside the script.
    void mutatedScriptsAlwaysGetAnAnswer()
    {
        const QString base = QStringLiteral(
            "CREATE TABLE IF NOT EXISTS m (a text, b int);\n"
            "INSERT INTO m VALUES ('x;y', 1), (E'it\\'s', 2); -- note ; here\n"
            "/* block ; /* nested */ comment */ SELECT a, b FROM m WHERE a <> 'it''s';\n"
            "DO $f$ BEGIN PERFORM 1; END $f$;\n"
            "SELECT \"a\" FROM m;");
        const QStringList pieces = {"'", "\"", ";", "--", "/*", "*/", "$f$", "$$", "\u00e9", "E'", "$1"};
        QRandomGenerator random(11);
        int failed = 0;
        for (int i = 0; i < 300; ++i) {
            const QString script = test::mutateScript(base, pieces, random);
            auto run = runScript(*m_session, script);
            const QString problem = test::problemWithAnswer(run, script);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in:\n") + script));
            QVERIFY(m_session->transactionState() != TransactionState::Unknown);
            failed += run ? 0 : 1;
        }
        QVERIFY(failed > 50);
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "TestPgSession.moc"

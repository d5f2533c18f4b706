// Profiling and index advice against a real PostgreSQL: the shop's data from synth, the sample
// workload profiled on two sessions (EXPLAIN ANALYZE plans, rows examined by the scans), and the
// missing index on shipment.tracking_number found and measured, with the database left as it was.
#include "SynthTestKit.h"

#include <PgServer.h>
#include <workload/IndexAdvisor.h>
#include <workload/Profiler.h>
#include <workload/Synthesizer.h>

using namespace strata;
using namespace strata::workload;
using strata::test::PgServer;
using strata::test::scalar;

class TestWorkloadPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    std::unique_ptr<connectors::Session> m_db;

    Result<std::unique_ptr<connectors::Session>> open() const
    {
        return connectors::Session::open(*connectors::ConnectionSpec::parse(m_server->conninfo(QStringLiteral("shop"))));
    }

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        QVERIFY(m_server->createDatabase(QStringLiteral("shop")).ok());
        auto db = open();
        QVERIFY(db.ok());
        m_db = std::move(*db);
        SynthOptions options;
        options.scale = 2;
        auto report = Synthesizer::run(test::shopModel(), *m_db, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    }

    void profilesTheShop()
    {
        auto workload = Workload::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"));
        QVERIFY(workload.ok());
        ProfileOptions options;
        options.iterations = 600;
        options.concurrency = 2;
        options.openSession = [&] { return open(); };
        auto profile = Profiler::run(*workload, *m_db, options);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->total.count, 600);
        for (const StatementProfile &s : profile->statements)
            QVERIFY2(s.errors == 0, qPrintable(s.firstError));
        const StatementProfile &track = profile->statements[4];
        QCOMPARE(track.name, QStringLiteral("track_parcel"));
        QCOMPARE(track.rowsReturned, 1.0);
        QVERIFY2(track.plan.contains(u"Seq Scan on shipment"), qPrintable(track.plan));
        QVERIFY(track.counters.value(QStringLiteral("rows_examined")) >= 1999); // the whole table, for one row
        const StatementProfile &lines = profile->statements[1];
        QVERIFY2(lines.plan.contains(u"Index Scan"), qPrintable(lines.plan));
        QVERIFY(lines.counters.value(QStringLiteral("rows_examined")) < 50);
        // EXPLAIN ANALYZE ran in a transaction that was rolled back: nothing changed hands.
        QCOMPARE(m_db->transactionState(), connectors::TransactionState::Idle);
    }

    void advisesTheMissingIndex()
    {
        auto workload = Workload::parse(QStringLiteral(
            "-- name: track_parcel  weight: 4\n-- $1: sample(shipment.tracking_number)\n"
            "SELECT order_id, carrier FROM shipment WHERE tracking_number = $1\n\n"
            "-- name: order_lines\n-- $1: sample(order_item.order_id)\nSELECT line_no, quantity FROM order_item WHERE order_id = $1\n"));
        QVERIFY(workload.ok());
        const int indexes = scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")).toInt();
        AdviseOptions options;
        options.rounds = 3;
        options.roundMs = 5;
        auto advice = IndexAdvisor::run(*workload, *m_db, options);
        QVERIFY2(advice.ok(), advice.ok() ? "" : qPrintable(advice.error().toString()));
        QVERIFY2(!advice->kept.isEmpty(), qPrintable(advice->text()));
        QCOMPARE(advice->kept.first().candidate.table, QStringLiteral("shipment"));
        QCOMPARE(advice->kept.first().candidate.columns.first(), QStringLiteral("tracking_number"));
        QVERIFY(advice->kept.first().sizeBytes > 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")).toInt(), indexes);
        // The CREATE INDEX it gives runs as it is.
        QVERIFY(m_db->query(advice->kept.first().createSql).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkloadPostgres)
#include "TestWorkloadPostgres.moc"

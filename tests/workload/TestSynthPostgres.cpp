// Synthetic data in PostgreSQL, where every constraint is real: the sample shop and random models
// (cycles, composite keys, checks, domains, enums) load through COPY and then take their foreign keys
// and unique indexes; identity sequences continue after the generated ids; a cancelled run leaves no
// table of the model; a second run refuses a database that has the tables, unless asked to replace them.
#include "RandomModel.h"
#include "SynthTestKit.h"

#include <PgServer.h>
#include <workload/Synthesizer.h>

using namespace strata;
using namespace strata::workload;
using strata::test::PgServer;
using strata::test::scalar;

class TestSynthPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_server;
    int m_databases = 0;

    std::unique_ptr<connectors::Session> freshDatabase()
    {
        const QString name = QStringLiteral("synth_%1").arg(++m_databases);
        if (!m_server->createDatabase(name).ok())
            return nullptr;
        auto session = connectors::Session::open(*connectors::ConnectionSpec::parse(m_server->conninfo(name)));
        return session ? std::move(*session) : nullptr;
    }

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
    }

    void shopWithEveryConstraint()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        SynthOptions options;
        options.scale = 0.5;
        auto report = Synthesizer::run(test::shopModel(), *db, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 500);
        // The foreign keys were created after the rows, and validated then: all of them are there.
        int foreignKeys = 0, checks = 0;
        for (const modeler::Table &t : test::shopModel().tables) {
            foreignKeys += int(t.foreignKeys.size());
            checks += int(t.checks.size());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated AND conrelid <> 0")).toInt(), foreignKeys);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0")).toInt(), checks);
        // An insert without an id gets the next one after the generated ids.
        QCOMPARE(scalar(*db, QStringLiteral("INSERT INTO customer (email, full_name) VALUES ('new@example.com', 'New') RETURNING id")).toInt(), 501);
        // The enum column holds the enum's values, the composite key of shipment_item points at order lines.
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(DISTINCT status) FROM orders")).toInt() > 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM shipment_item s LEFT JOIN order_item i USING (order_id, line_no) "
                                            "WHERE i.order_id IS NULL")).toInt(), 0);

        auto again = Synthesizer::run(test::shopModel(), *db, options);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("synth.exists"));
        options.replace = true;
        options.seed = 2;
        auto replaced = Synthesizer::run(test::shopModel(), *db, options);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().toString()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM customer")).toInt(), 500);
    }

    void cancelLeavesNoTable()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        TaskControl control;
        SynthOptions options;
        options.batchRows = 100;
        options.onProgress = [&](const TableProgress &p) {
            if (p.table == u"orders" && p.rowsDone > 0)
                control.cancel();
        };
        auto report = Synthesizer::run(test::shopModel(), *db, options, &control);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QString::fromLatin1(cancelledCode));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pg_type WHERE typname = 'order_status'")).toInt(), 0);
    }

    void randomModels()
    {
        const quint32 first = test::firstSeed();
        for (int i = 0; i < test::seedCount(12); ++i) {
            const quint32 seed = first + quint32(i);
            auto db = freshDatabase();
            QVERIFY(db);
            SynthOptions options;
            options.scale = 0.05;
            options.seed = seed;
            auto report = Synthesizer::run(test::randomModel(seed, modeler::Dialect::Postgres), *db, options);
            QVERIFY2(report.ok(), qPrintable(QStringLiteral("STRATA_SEED=%1: %2").arg(seed).arg(report.ok() ? QString() : report.error().toString())));
        }
    }
};

QTEST_GUILESS_MAIN(TestSynthPostgres)
#include "TestSynthPostgres.moc"

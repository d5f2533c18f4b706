// A result of millions of rows streams through a cursor in batches while the process's memory stays
// bounded: the rows not fetched yet wait on the server, not in this process.
#include "PgServer.h"
#include "SessionTestKit.h"

using namespace strata;
using namespace strata::connectors;
using strata::test::PgServer;

class TestPgStreaming : public QObject
{
    Q_OBJECT

private slots:
    void millionsOfRowsInBoundedMemory()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        auto session = Session::open(*ConnectionSpec::parse((*server)->conninfo()));
        STRATA_VERIFY_OK(session);
        STRATA_VERIFY_OK((*session)->query(QStringLiteral("SELECT i, repeat('x', 100) FROM generate_series(1, 10000) i")));

        // 3 million rows of ~110 bytes: held in memory at once (as libpq does without single-row
        // mode) they take over 600 MB; streamed, the process should not grow by more than a few batches.
        constexpr qint64 rows = 3'000'000;
        constexpr qint64 bound = 64 * 1024 * 1024;
        const qint64 before = test::residentBytes();
        QVERIFY(before > 0);
        auto cursor = (*session)->run(QStringLiteral("SELECT i, repeat('x', 100) FROM generate_series(1, %1) i").arg(rows));
        STRATA_VERIFY_OK(cursor);
        QVERIFY(*(*cursor)->nextResult());
        qint64 seen = 0, sum = 0, peak = before;
        while (true) {
            auto batch = (*cursor)->fetch(1000);
            STRATA_VERIFY_OK(batch);
            if (batch->isEmpty())
                break;
            seen += batch->size();
            for (const Row &row : *batch)
                sum += row[0].toLongLong();
            if (seen % 100'000 == 0)
                peak = std::max(peak, test::residentBytes());
        }
        peak = std::max(peak, test::residentBytes());
        QCOMPARE(seen, rows);
        QCOMPARE(sum, rows * (rows + 1) / 2);
        QCOMPARE((*cursor)->summary().rowsRead, rows);
        qInfo("resident memory grew by %lld KB while streaming %lld rows", (peak - before) / 1024, rows);
        QVERIFY2(peak - before < bound, qPrintable(QStringLiteral("grew by %1 MB").arg((peak - before) / 1048576)));
    }
};

QTEST_GUILESS_MAIN(TestPgStreaming)
#include "TestPgStreaming.moc"

// The throw-away server every PostgreSQL test stands on: it starts, answers over the socket and TCP,
// and dumps.
#include "PgServer.h"

#include <QTest>

using strata::test::PgServer;

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void startsAnswersAndDumps()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        auto version = (*server)->psql(QStringLiteral("SHOW server_version_num;"));
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().toString()));
        QVERIFY2(version->trimmed().toInt() >= 120000, qPrintable(*version));

        QVERIFY((*server)->createDatabase(QStringLiteral("shop")).ok());
        auto made = (*server)->psql(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, name text);"), QStringLiteral("shop"));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
        auto dump = (*server)->pgDump(QStringLiteral("shop"), {QStringLiteral("--schema-only")});
        QVERIFY(dump.ok());
        QVERIFY2(dump->contains(QStringLiteral("CREATE TABLE public.t")), qPrintable(*dump));
    }

    void runsOnItsOwnPort()
    {
        auto server = PgServer::start();
        QVERIFY(server.ok());
        auto r = (*server)->psql(QStringLiteral("SELECT current_setting('port');"));
        QVERIFY(r.ok());
        QCOMPARE(r->trimmed().toInt(), (*server)->port());
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "TestPgServer.moc"

// strata-cli query as a user runs it: cases on disk (tests/data/query) for SQLite and PostgreSQL,
// each a script beside the exit code, rows and messages it must give; and the options around them.
#include "CaseFiles.h"
#include "PgServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using strata::test::PgServer;

namespace {

const QString casesDir = QStringLiteral(STRATA_TEST_DATA_DIR "/query/");

struct Outcome
{
    int exitCode = -1;
    QString out, err;
    QString render() const
    {
        return QStringLiteral("exit: %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

Outcome runCli(const QStringList &arguments, const QString &workingDir = {}, const QByteArray &input = {})
{
    QProcess cli;
    if (!workingDir.isEmpty())
        cli.setWorkingDirectory(workingDir);
    cli.start(QStringLiteral(STRATA_CLI), QStringList{QStringLiteral("query")} + arguments);
    cli.write(input);
    cli.closeWriteChannel();
    Outcome o;
    if (!cli.waitForFinished(120000))
        return o;
    o.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    o.out = QString::fromUtf8(cli.readAllStandardOutput());
    o.err = QString::fromUtf8(cli.readAllStandardError());
    return o;
}

} // namespace

class TestQueryCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgServer> m_server;

private slots:
    void initTestCase()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
    }

    void sqliteCases_data()
    {
        QTest::addColumn<QString>("script");
        for (const QString &path : strata::test::caseFiles(casesDir + QStringLiteral("sqlite"), QStringLiteral("*.sql")))
            QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
    }

    void sqliteCases()
    {
        QFETCH(QString, script);
        const QFileInfo file(script);
        const QString db = m_dir.filePath(file.baseName() + QStringLiteral(".db"));
        const Outcome o = runCli({QStringLiteral("sqlite:") + db, QStringLiteral("-f"), file.fileName()}, file.path());
        STRATA_COMPARE_FILE(o.render(), file.path() + u'/' + file.baseName() + QStringLiteral(".expected"));
    }

    void postgresCases_data()
    {
        QTest::addColumn<QString>("script");
        for (const QString &path : strata::test::caseFiles(casesDir + QStringLiteral("postgres"), QStringLiteral("*.sql")))
            QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
    }

    void postgresCases()
    {
        QFETCH(QString, script);
        const QFileInfo file(script);
        const QString db = file.baseName().replace(u'-', u'_');
        QVERIFY(m_server->createDatabase(db).ok());
        const Outcome o = runCli({m_server->conninfo(db), QStringLiteral("-f"), file.fileName()}, file.path());
        STRATA_COMPARE_FILE(o.render(), file.path() + u'/' + file.baseName() + QStringLiteral(".expected"));
    }

    void parametersAreBoundAndCsvIsQuoted()
    {
        const Outcome o = runCli({m_server->uri(), QStringLiteral("-c"), QStringLiteral("SELECT $1::text AS said, $2::int + 1 AS next, NULL AS nothing, '' AS empty"),
                                  QStringLiteral("--param"), QStringLiteral("it's, \"quoted\""), QStringLiteral("--param"),
                                  QStringLiteral("41"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, QStringLiteral("said,next,nothing,empty\n\"it's, \"\"quoted\"\"\",42,,\"\"\n"));
    }

    void aScriptCanComeFromStandardInput()
    {
        const QString db = m_dir.filePath(QStringLiteral("stdin.db"));
        const Outcome o = runCli({QStringLiteral("sqlite:") + db, QStringLiteral("-f"), QStringLiteral("-")}, {},
                                 "SELECT 1 AS one;\nSELECT nope;\n");
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.out, QStringLiteral("one\n1\n"));
        QVERIFY2(o.err.startsWith(QLatin1String("strata-cli query: <stdin>:2:8: no such column: nope")), qPrintable(o.err));
    }

    void wrongUsageExitsWithTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("x.db")}).exitCode, 2);                                           // no SQL
        QCOMPARE(runCli({QStringLiteral("x.db"), QStringLiteral("-c"), QStringLiteral("SELECT 1"), QStringLiteral("-f"), QStringLiteral("y")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("x.db"), QStringLiteral("-c"), QStringLiteral("SELECT 1"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    }

    void badConnectionsExitWithOne()
    {
        const Outcome syntax = runCli({QStringLiteral("host=localhost nosuch=1"), QStringLiteral("-c"), QStringLiteral("SELECT 1")});
        QCOMPARE(syntax.exitCode, 1);
        QVERIFY2(syntax.err.contains(QLatin1String("invalid connection option \"nosuch\"")), qPrintable(syntax.err));
        const Outcome missing = runCli({m_dir.filePath(QStringLiteral("missing.db")), QStringLiteral("-c"), QStringLiteral("SELECT 1")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no such SQLite file")), qPrintable(missing.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }

    void aTimeoutStopsTheStatement()
    {
        const Outcome o = runCli({m_server->conninfo(), QStringLiteral("--timeout"), QStringLiteral("200"), QStringLiteral("-c"),
                                  QStringLiteral("SELECT pg_sleep(30)")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QLatin1String("code: timeout")), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "TestQueryCommand.moc"

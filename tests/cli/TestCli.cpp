// strata-cli as a user runs it: each tests/data/cli/NAME.args (one argument per line; $DATA is
// tests/data, $TMP a fresh temporary folder) runs the real binary, with NAME.stdin on its standard
// input where that file exists, and what it printed and its exit code must equal NAME.expected.
#include "CaseFiles.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void runsLikeTheCaseSays_data()
    {
        QTest::addColumn<QString>("argsFile");
        const QStringList files = strata::test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/cli"), QStringLiteral("*.args"));
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
    }

    void runsLikeTheCaseSays()
    {
        QFETCH(QString, argsFile);
        QTemporaryDir tmp;
        QStringList args;
        const QStringList lines = strata::test::readText(argsFile).split(u'\n');
        for (QString line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            line.replace(QStringLiteral("$DATA"), QStringLiteral(STRATA_TEST_DATA_DIR));
            line.replace(QStringLiteral("$TMP"), tmp.path());
            args << line;
        }
        QProcess cli;
        cli.setWorkingDirectory(QStringLiteral(STRATA_TEST_DATA_DIR));
        cli.start(QStringLiteral(STRATA_CLI), args);
        const QString stdinFile = argsFile.chopped(5) + QStringLiteral(".stdin");
        if (QFileInfo::exists(stdinFile))
            cli.write(strata::test::readText(stdinFile).toUtf8());
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(120000));
        auto clean = [&](QString text) {
            text.replace(QStringLiteral(STRATA_TEST_DATA_DIR), QStringLiteral("$DATA"));
            text.replace(tmp.path(), QStringLiteral("$TMP"));
            return text;
        };
        const QString actual = QStringLiteral("exit: %1\n--- stdout\n%2--- stderr\n%3")
                                   .arg(cli.exitCode())
                                   .arg(clean(QString::fromUtf8(cli.readAllStandardOutput())),
                                        clean(QString::fromUtf8(cli.readAllStandardError())));
        STRATA_COMPARE_FILE(actual, argsFile.chopped(5) + QStringLiteral(".expected"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

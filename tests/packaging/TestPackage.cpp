// The Debian package as a user gets it: CPack builds it, dpkg-deb unpacks it into a temporary folder,
// and what it installed works: strata-cli on the bundled sample, the desktop files validate, lintian
// finds no errors, and Depends names the libraries the binaries use.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run cpack = run(QStringLiteral("cpack"), {QStringLiteral("--config"), QStringLiteral(STRATA_BINARY_DIR "/CPackConfig.cmake"),
                                                        QStringLiteral("-B"), m_dir.path()});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        m_root = m_dir.filePath(QStringLiteral("root"));
        const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
    }

    void installsWhatADesktopNeeds()
    {
        const QStringList files = {
            QStringLiteral("usr/bin/strata-cli"),
            QStringLiteral("usr/share/applications/dev.strata.Strata.desktop"),
            QStringLiteral("usr/share/metainfo/dev.strata.Strata.metainfo.xml"),
            QStringLiteral("usr/share/mime/packages/dev.strata.Strata.xml"),
            QStringLiteral("usr/share/icons/hicolor/scalable/apps/dev.strata.Strata.svg"),
            QStringLiteral("usr/share/icons/hicolor/48x48/apps/dev.strata.Strata.png"),
            QStringLiteral("usr/share/icons/hicolor/256x256/apps/dev.strata.Strata.png"),
            QStringLiteral("usr/share/man/man1/strata-cli.1.gz"),
            QStringLiteral("usr/share/doc/strata/copyright"),
            QStringLiteral("usr/share/strata/samples/shop.strata"),
            QStringLiteral("usr/share/strata/samples/shop.workload.sql"), // the start page's sample comes with its workload
            QStringLiteral("usr/bin/strata"),
        };
        for (const QString &f : files)
            QVERIFY2(QFileInfo::exists(m_root + u'/' + f), qPrintable(f + QStringLiteral(" is not in the package")));
    }

    void unpackedCliWorksOnTheSample()
    {
        const QString cli = m_root + QStringLiteral("/usr/bin/strata-cli");
        const Run version = run(cli, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("strata-cli " STRATA_VERSION));
        const Run lint = run(cli, {QStringLiteral("lint"), m_root + QStringLiteral("/usr/share/strata/samples/shop.strata")});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
        QVERIFY2(lint.err.contains(QStringLiteral("0 errors")), qPrintable(lint.err));
    }

    void dependsOnTheLibrariesItLinks()
    {
        const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        QCOMPARE(depends.exitCode, 0);
        for (const char *lib : {"libqt6core6", "libc6", "libsqlite3-0"})
            QVERIFY2(depends.out.contains(QLatin1String(lib)), qPrintable(depends.out));
    }

    void desktopFilesValidate()
    {
        const Run appstream = run(QStringLiteral("appstreamcli"),
                                  {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                   m_root + QStringLiteral("/usr/share/metainfo/dev.strata.Strata.metainfo.xml")});
        QVERIFY2(appstream.exitCode == 0, qPrintable(appstream.out + appstream.err));
        const Run desktop = run(QStringLiteral("desktop-file-validate"),
                                {m_root + QStringLiteral("/usr/share/applications/dev.strata.Strata.desktop")});
        QVERIFY2(desktop.exitCode == 0 && desktop.out.isEmpty(), qPrintable(desktop.out + desktop.err));
    }

    void lintianFindsNoErrors()
    {
        const Run lintian = run(QStringLiteral("lintian"), {QStringLiteral("--no-tag-display-limit"), m_deb});
        QStringList errors;
        for (const QString &line : lintian.out.split(u'\n')) {
            if (line.startsWith(u"E: "))
                errors << line;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "TestPackage.moc"

// What users type to name a database: conninfo strings, URIs, services, SQLite paths. Cases on disk
// (tests/data/connection-specs), files that are or are not SQLite, and a mutation test of the parser.
#include "CaseFiles.h"

#include <connectors/ConnectionSpec.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::connectors;

namespace {

QString render(const QString &input)
{
    auto spec = ConnectionSpec::parse(input);
    if (!spec)
        return QStringLiteral("  error: %1 [%2]").arg(spec.error().toString(), spec.error().code);
    return QStringLiteral("  %1 target=%2%3 display=%4")
        .arg(dialectName(spec->dialect), spec->target, spec->createIfMissing ? QStringLiteral(" create") : QString(),
             spec->displayName());
}

// A small random edit: insert one of the characters that matter to the parsers, delete, or cut.
QString mutate(QString text, QRandomGenerator &random)
{
    static const QString special = QStringLiteral("'\"=:/?@[]%\\ &#;\t\n\u00e9");
    const int edits = 1 + random.bounded(3);
    for (int i = 0; i < edits; ++i) {
        const int at = text.isEmpty() ? 0 : random.bounded(int(text.size()) + 1);
        switch (random.bounded(4)) {
        case 0:
            text.insert(at, special[random.bounded(int(special.size()))]);
            break;
        case 1:
            if (at < text.size())
                text.remove(at, 1 + random.bounded(3));
            break;
        case 2:
            text.insert(at, text.mid(random.bounded(int(text.size()) + 1), 5));
            break;
        default:
            text.truncate(at);
        }
    }
    return text;
}

} // namespace

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private slots:
    void casesOnDisk()
    {
        const QString dir = QStringLiteral(STRATA_TEST_DATA_DIR "/connection-specs/");
        const QStringList lines = strata::test::readText(dir + QStringLiteral("specs.txt")).split(u'\n');
        QString out;
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            out += line + u'\n' + render(line) + u'\n';
        }
        STRATA_COMPARE_FILE(out, dir + QStringLiteral("specs.expected"));
    }

    void aDisplayNameNeverShowsThePassword()
    {
        for (const QString &text : {QStringLiteral("postgresql://bob:secret@localhost/app"),
                                    QStringLiteral("host=localhost password=secret dbname=app")}) {
            auto spec = ConnectionSpec::parse(text);
            QVERIFY(spec.ok());
            QVERIFY2(!spec->displayName().contains(QLatin1String("secret")), qPrintable(spec->displayName()));
        }
    }

    void aFileIsSqliteByItsHeaderNotItsName()
    {
        QTemporaryDir dir;
        const QString sqlite = dir.filePath(QStringLiteral("inventory")), text = dir.filePath(QStringLiteral("notes"));
        QFile f(sqlite);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'));
        f.close();
        QFile g(text);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("just text\n");
        g.close();
        QVERIFY(QDir::setCurrent(dir.path()));
        auto isSqlite = ConnectionSpec::parse(QStringLiteral("inventory"));
        QVERIFY(isSqlite.ok());
        QCOMPARE(isSqlite->dialect, Dialect::Sqlite);
        QVERIFY(!isSqlite->createIfMissing);
        auto notSqlite = ConnectionSpec::parse(QStringLiteral("notes"));
        QVERIFY(!notSqlite.ok());
        QVERIFY2(notSqlite.error().message.contains(QLatin1String("not a SQLite database")),
                 qPrintable(notSqlite.error().message));
    }

    // Whatever is typed, the parser answers with a spec or an error that names the problem.
    void mutatedInputsNeverCrashTheParser()
    {
        const QStringList lines =
            strata::test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/connection-specs/specs.txt")).split(u'\n');
        QRandomGenerator random(20240601);
        int parsed = 0, refused = 0;
        for (const QString &line : lines) {
            if (line.startsWith(u'#'))
                continue;
            for (int i = 0; i < 400; ++i) {
                const QString input = mutate(line, random);
                auto spec = ConnectionSpec::parse(input);
                if (spec) {
                    QVERIFY2(!spec->target.isEmpty(), qPrintable(input));
                    (void)spec->displayName();
                    ++parsed;
                } else {
                    QVERIFY2(!spec.error().message.isEmpty(), qPrintable(input));
                    QCOMPARE(spec.error().place.source, QStringLiteral("connection string"));
                    ++refused;
                }
            }
        }
        QVERIFY(parsed > 1000);
        QVERIFY(refused > 100);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "TestConnectionSpec.moc"

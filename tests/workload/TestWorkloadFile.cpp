// Workload files: each tests/data/workload/NAME.sql gives what NAME.expected says (the statements
// read, or the error with its line and column); SQL for SQLite gets ?n for $n outside strings and
// comments; and mutated files are read or refused with a place, never crash or hang the parser.
#include "CaseFiles.h"

#include <workload/Workload.h>

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace strata::workload;

namespace {

QString describe(const Workload &w)
{
    QString out;
    for (const WorkloadStatement &s : w.statements) {
        out += QStringLiteral("%1 (weight %2, line %3)\n").arg(s.name).arg(s.weight).arg(s.place.line);
        for (auto it = s.parameters.begin(); it != s.parameters.end(); ++it) {
            QStringList args;
            for (const QVariant &a : it->arguments)
                args << QStringLiteral("%1:%2").arg(QString::fromLatin1(a.typeName()), a.toString());
            out += QStringLiteral("  $%1 = %2 [kind %3%4 %5] at %6:%7\n")
                       .arg(it.key())
                       .arg(it->text)
                       .arg(int(it->kind))
                       .arg(it->table.isEmpty() ? QString() : QStringLiteral(" %1|%2|%3").arg(it->schema, it->table, it->column))
                       .arg(args.join(u' '))
                       .arg(it->place.line)
                       .arg(it->place.column);
        }
        out += QStringLiteral("  sql: %1\n  sqlite: %2\n").arg(s.sql, s.sqlFor(true)).replace(u'\n', QStringLiteral("\n  "));
        out = out.trimmed() + u'\n';
    }
    return out;
}

} // namespace

class TestWorkloadFile : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCases_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = strata::test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/workload"), QStringLiteral("*.sql"));
        QVERIFY(files.size() >= 10);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).baseName())) << f;
    }

    void readsTheCases()
    {
        QFETCH(QString, file);
        auto workload = Workload::load(file);
        QString actual = workload ? describe(*workload) : workload.error().toString() + u'\n';
        actual.replace(QStringLiteral(STRATA_TEST_DATA_DIR "/workload/"), QString());
        STRATA_COMPARE_FILE(actual, file.chopped(4) + QStringLiteral(".expected"));
    }

    void theSampleWorkloadReads()
    {
        auto workload = Workload::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"));
        QVERIFY2(workload.ok(), workload.ok() ? "" : qPrintable(workload.error().toString()));
        QCOMPARE(workload->statements.size(), 9);
    }

    // Random edits of a valid file: the parser answers every one, and an error always has a line.
    void mutatedFilesAreReadOrPlaced()
    {
        const QString base = strata::test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/workload/valid.sql"));
        const QStringList pieces{QStringLiteral("-- name: x\n"), QStringLiteral("-- weight: "), QStringLiteral("-- $9: "), QStringLiteral("$"),
                                 QStringLiteral("$2"), QStringLiteral("'"), QStringLiteral("\""), QStringLiteral(";"), QStringLiteral("--"),
                                 QStringLiteral("/*"), QStringLiteral("("), QStringLiteral(")"), QStringLiteral(","), QStringLiteral("\n"),
                                 QStringLiteral("uniform("), QStringLiteral("sample(a.b)"), QStringLiteral("1e999"), QStringLiteral("\u00e9")};
        QRandomGenerator random(4242);
        int refused = 0;
        for (int i = 0; i < 2000; ++i) {
            QString text = base;
            for (int edit = 1 + random.bounded(4); edit > 0; --edit) {
                const int at = random.bounded(int(text.size()) + 1);
                if (random.bounded(2))
                    text.insert(at, pieces[random.bounded(int(pieces.size()))]);
                else
                    text.remove(at, 1 + random.bounded(8));
            }
            auto workload = Workload::parse(text, QStringLiteral("mutant.sql"));
            if (workload) {
                for (const WorkloadStatement &s : workload->statements) {
                    QVERIFY(!s.sql.isEmpty());
                    QVERIFY(s.weight > 0);
                }
                continue;
            }
            ++refused;
            QVERIFY2(workload.error().place.line > 0, qPrintable(workload.error().toString()));
            QCOMPARE(workload.error().place.source, QStringLiteral("mutant.sql"));
        }
        QVERIFY(refused > 200);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadFile)
#include "TestWorkloadFile.moc"

// strata-cli explain as a script uses it: the annotated tree, the JSON, the drawings, standard input,
// a comparison, and the exit codes and messages of bad input and wrong usage.
#include "PlanTreeCompare.h"

#include <CaseFiles.h>

#include <explain/PgJsonPlanParser.h>
#include <explain/PlanReader.h>

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

const QString data = QStringLiteral(STRATA_TEST_DATA_DIR "/explain/");

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(STRATA_CLI), QStringList{QStringLiteral("explain")} + arguments);
    if (!p.waitForStarted())
        qFatal("cannot start strata-cli");
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestExplainCli : public QObject
{
    Q_OBJECT

private slots:
    void printsTheAnnotatedTree()
    {
        const Run r = cli({data + QStringLiteral("analysis/merge-join-over-cte.txt")});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("12 nodes")));
        QVERIFY(out.contains(QStringLiteral("└─ CTE Scan on big b2")));
        QVERIFY(out.contains(QStringLiteral("Findings, most costly first:")));
        QVERIFY(out.contains(QStringLiteral("SET work_mem")));
    }

    void writesPostgresJsonOfATextPlan()
    {
        const Run r = cli({data + QStringLiteral("pg15/semi-anti-join.txt"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        auto written = PgJsonPlanParser::parse(QString::fromUtf8(r.out));
        auto original = PgJsonPlanParser::parse(test::readText(data + QStringLiteral("pg15/semi-anti-join.json")));
        QVERIFY(written.ok() && original.ok());
        test::TreeCompareOptions options;
        options.ignoredSummaryKeys = {QStringLiteral("Planning")};
        const QString difference = test::planDifference(*original, *written, options);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void drawsSvgAndPng()
    {
        const Run svg = cli({data + QStringLiteral("text/parallel-workers.txt"), QStringLiteral("--format"), QStringLiteral("svg"),
                             QStringLiteral("--metric"), QStringLiteral("buffers")});
        QCOMPARE(svg.code, 0);
        QVERIFY(svg.out.contains("<svg"));
        QVERIFY(svg.out.contains("Gather Merge"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plan.png"));
        QCOMPARE(cli({data + QStringLiteral("text/parallel-workers.txt"), QStringLiteral("-o"), png}).code, 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
        const Run piped = cli({data + QStringLiteral("text/parallel-workers.txt"), QStringLiteral("--format"), QStringLiteral("png")});
        QVERIFY(piped.out.startsWith("\x89PNG"));
    }

    void readsStandardInputAndCompares()
    {
        const Run r = cli({QStringLiteral("-"), QStringLiteral("--compare"), data + QStringLiteral("compare/before-index.txt")},
                          test::readText(data + QStringLiteral("compare/after-index.txt")).toUtf8());
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("Execution time  9.040 -> 8.773 ms (-3.0%)")));
        QVERIFY(out.contains(QStringLiteral("(was Seq Scan on customers c)")));
    }

    void badInputAndUsage()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        test::writeText(broken, QStringLiteral("[\n  {\n    \"Plan\": {\n      \"Node Type\": \"Sort\",\n"));
        const Run r = cli({broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(broken.toUtf8() + ":4:"), r.err.constData());
        QVERIFY(r.err.contains("cut short"));
        QCOMPARE(cli({dir.filePath(QStringLiteral("missing.txt"))}).code, 1);
        QCOMPARE(cli({data + QStringLiteral("text/costs-off.txt"), QStringLiteral("--format"), QStringLiteral("pdf")}).code, 2);
        QCOMPARE(cli({data + QStringLiteral("text/costs-off.txt"), QStringLiteral("--metric"), QStringLiteral("colour")}).code, 2);
        QCOMPARE(cli({}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestExplainCli)
#include "TestExplainCli.moc"

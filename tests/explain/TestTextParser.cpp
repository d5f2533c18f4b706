// PostgreSQL's text format: cases on disk (a plan as text beside the JSON we must read from it),
// and pairs captured from PostgreSQL 15 where the text and the JSON of one EXPLAIN must give the
// same tree.
#include "PlanTreeCompare.h"

#include <CaseFiles.h>

#include <explain/PgJsonPlanParser.h>
#include <explain/PgTextPlanParser.h>
#include <explain/PlanJsonWriter.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace strata;
using namespace strata::explain;

class TestTextParser : public QObject
{
    Q_OBJECT

private slots:
    void readsCases_data()
    {
        QTest::addColumn<QString>("input");
        for (const QString &f : test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text"), QStringLiteral("*.txt")))
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
    }

    void readsCases()
    {
        QFETCH(QString, input);
        auto plan = PgTextPlanParser::parse(test::readText(input), QFileInfo(input).fileName());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        const QString expected = input.chopped(4) + QStringLiteral(".json");
        STRATA_COMPARE_FILE(QString::fromUtf8(PlanJsonWriter::write(*plan)), expected);
    }

    void textAndJsonGiveTheSameTree_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &f : test::caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/pg15"), QStringLiteral("*.txt")))
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
    }

    void textAndJsonGiveTheSameTree()
    {
        QFETCH(QString, text);
        auto fromText = PgTextPlanParser::parse(test::readText(text));
        auto fromJson = PgJsonPlanParser::parse(test::readText(text.chopped(4) + QStringLiteral(".json")));
        QVERIFY(fromText.ok());
        QVERIFY(fromJson.ok());
        QVERIFY(fromText->size() > 1);
        // Planning buffers count catalog lookups, which differ between the two runs.
        test::TreeCompareOptions options;
        options.ignoredSummaryKeys = {QStringLiteral("Planning")};
        const QString difference = test::planDifference(*fromJson, *fromText, options);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void notesWhatItGuessed()
    {
        auto plan = PgTextPlanParser::parse(test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text/lost-indentation.txt")));
        QVERIFY(plan.ok());
        QCOMPARE(plan->notes.size(), 1);
        QCOMPARE(plan->notes[0].code, QStringLiteral("explain.indentation"));
        QCOMPARE(plan->notes[0].place.line, 2);
    }

    void keepsUnknownNodesAndLines()
    {
        auto plan = PgTextPlanParser::parse(test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/text/pg17-details.txt")));
        QVERIFY(plan.ok());
        const PlanNode &unknown = plan->nodes.back();
        QCOMPARE(unknown.nodeType, QStringLiteral("Frobnicate Scan"));
        QCOMPARE(unknown.relationName, QStringLiteral("staging"));
        QVERIFY(unknown.fields.contains(QStringLiteral("Frobnication Level")));
        QVERIFY(std::any_of(plan->notes.begin(), plan->notes.end(),
                            [](const Diagnostic &d) { return d.code == u"explain.unknown-node" && d.place.line == 22; }));
    }

    void keepsALineItCannotPlace()
    {
        auto plan = PgTextPlanParser::parse(QStringLiteral("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n"
                                                           "  Filter: (a = 1)\n"
                                                           "  !!! strange line\n"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->root().fields.value(QStringLiteral("Unparsed Lines")).toArray().first().toString(),
                 QStringLiteral("!!! strange line"));
        QCOMPARE(plan->notes.size(), 1);
        QCOMPARE(plan->notes[0].place.line, 3);
    }

    void refusesTextThatIsNoPlan()
    {
        auto plan = PgTextPlanParser::parse(QStringLiteral("Dear user,\nthis is a letter, not a plan.\n"), QStringLiteral("letter.txt"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().place.source, QStringLiteral("letter.txt"));
        QVERIFY(plan.error().message.contains(QStringLiteral("no plan found")));
    }

    void splitsListsOnTopLevelCommasOnly()
    {
        auto plan = PgTextPlanParser::parse(QStringLiteral("Sort  (cost=1.00..2.00 rows=1 width=4)\n"
                                                           "  Sort Key: (f(a, b)), ('x, y'::text), c DESC\n"
                                                           "  ->  Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n"));
        QVERIFY(plan.ok());
        const QJsonArray keys = plan->root().fields.value(QStringLiteral("Sort Key")).toArray();
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys[0].toString(), QStringLiteral("(f(a, b))"));
        QCOMPARE(keys[1].toString(), QStringLiteral("('x, y'::text)"));
    }
};

QTEST_GUILESS_MAIN(TestTextParser)
#include "TestTextParser.moc"

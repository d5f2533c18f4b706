// PostgreSQL's JSON format: every field kept, psql's framing undone, and clear errors with a line
// (bad JSON) or a path (JSON that is not a plan).
#include <CaseFiles.h>

#include <explain/PgJsonPlanParser.h>
#include <explain/PlanReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

QString pg15(const QString &name)
{
    return test::readText(QStringLiteral(STRATA_TEST_DATA_DIR "/explain/pg15/") + name);
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryField()
    {
        const QString text = pg15(QStringLiteral("cte-initplan-spill.json"));
        auto plan = PgJsonPlanParser::parse(text);
        QVERIFY(plan.ok());
        // Walk the original JSON beside the model: each node has all its keys, children aside.
        const QJsonObject query = QJsonDocument::fromJson(text.toUtf8()).array().first().toObject();
        QList<QJsonObject> stack{query.value(QStringLiteral("Plan")).toObject()};
        int index = 0;
        while (!stack.isEmpty()) {
            QJsonObject original = stack.takeFirst();
            const QJsonArray children = original.take(QStringLiteral("Plans")).toArray();
            QCOMPARE(plan->nodes[index].fields, original);
            for (qsizetype i = children.size() - 1; i >= 0; --i)
                stack.prepend(children[i].toObject());
            ++index;
        }
        QCOMPARE(index, plan->size());
        QVERIFY(plan->summary.contains(QStringLiteral("Planning")));
    }

    void readsTypedFields()
    {
        auto plan = PgJsonPlanParser::parse(pg15(QStringLiteral("cte-initplan-spill.json")));
        QVERIFY(plan.ok());
        const PlanNode &cte = plan->nodes[1];
        QCOMPARE(cte.relationship, Relationship::InitPlan);
        QVERIFY(cte.isCte());
        QCOMPARE(cte.cteDefinitionName(), QStringLiteral("big"));
        QCOMPARE(plan->root().sortSpaceType, QStringLiteral("Disk"));
        QVERIFY(plan->root().hasBuffers);
        QVERIFY(plan->root().buffers.tempWritten > 0);
        QVERIFY(!plan->hasTimes());
        QVERIFY(plan->hasActuals());
    }

    void undoesPsqlFrames()
    {
        const QString framed = QStringLiteral(
            "                 QUERY PLAN                 \n"
            "┌───────────────────────────────────────────┐\n"
            "│ [                                        ↵│\n"
            "│   {                                      ↵│\n"
            "│     \"Plan\": {                            ↵│\n"
            "│       \"Node Type\": \"Result\",             ↵│\n"
            "│       \"Plan Rows\": 1                     ↵│\n"
            "│     }                                    ↵│\n"
            "│   }                                      ↵│\n"
            "│ ]                                         │\n"
            "└───────────────────────────────────────────┘\n"
            "(1 row)\n");
        auto plan = PlanReader::read(framed);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->source, PlanSource::PostgresJson);
        QCOMPARE(plan->root().nodeType, QStringLiteral("Result"));
    }

    void errorsNameTheirPlace_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("truncated") << QStringLiteral("[\n  {\n    \"Plan\": {\n      \"Node Type\": \"Seq") << 4 << QString()
                                   << QStringLiteral("ends before");
        QTest::newRow("missing-comma") << QStringLiteral("[{\"Plan\": {\"Node Type\": \"Result\"\n \"Plan Rows\": 1}}]") << 2
                                       << QString() << QStringLiteral("malformed JSON");
        QTest::newRow("not-a-plan") << QStringLiteral("{\"hello\": \"world\"}") << 0 << QString() << QStringLiteral("not an EXPLAIN plan");
        QTest::newRow("plans-not-list") << QStringLiteral("{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": 3}}") << 0
                                        << QStringLiteral("Plan.Plans") << QStringLiteral("list of nodes");
        QTest::newRow("child-not-object") << QStringLiteral("{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [{\"Node Type\": "
                                                            "\"Sort\", \"Plans\": [42]}]}}")
                                          << 0 << QStringLiteral("Plan.Plans[0].Plans[0]") << QStringLiteral("JSON object");
        QTest::newRow("empty-array") << QStringLiteral("[]") << 0 << QStringLiteral("[0]") << QStringLiteral("no plan");
    }

    void errorsNameTheirPlace()
    {
        QFETCH(QString, input);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, words);
        auto plan = PgJsonPlanParser::parse(input, QStringLiteral("plan.json"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().place.source, QStringLiteral("plan.json"));
        QCOMPARE(plan.error().place.line, line);
        QCOMPARE(plan.error().place.path, path);
        QVERIFY2(plan.error().message.contains(words), qPrintable(plan.error().message));
    }

    void keepsUnknownKeysAndNodeTypes()
    {
        auto plan = PgJsonPlanParser::parse(QStringLiteral(
            "{\"Plan\": {\"Node Type\": \"Quantum Scan\", \"Qubits\": 7, \"Future\": {\"a\": [1, 2]}}, \"Shiny\": true}"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->root().nodeType, QStringLiteral("Quantum Scan"));
        QCOMPARE(plan->root().fields.value(QStringLiteral("Qubits")).toInt(), 7);
        QCOMPARE(plan->root().fields.value(QStringLiteral("Future")).toObject().value(QStringLiteral("a")).toArray().size(), 2);
        QCOMPARE(plan->summary.value(QStringLiteral("Shiny")).toBool(), true);
    }

    void notesWhatItKeptAsIs()
    {
        auto plan = PgJsonPlanParser::parse(QStringLiteral("[{\"Plan\": {\"Plans\": [{\"Node Type\": \"Result\"}]}},"
                                                           " {\"Plan\": {\"Node Type\": \"Result\"}}]"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->root().nodeType, QStringLiteral("Unknown"));
        QCOMPARE(plan->notes.size(), 2);
        QCOMPARE(plan->size(), 2);
    }

    void readsABareNode()
    {
        auto plan = PgJsonPlanParser::parse(QStringLiteral("{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"t\"}"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->root().relationName, QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestJsonParser)
#include "TestJsonParser.moc"

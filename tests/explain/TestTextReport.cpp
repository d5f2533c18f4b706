// The annotated text the CLI prints: cases on disk, report/DIR--FILE.expected for the plan in
// DIR/FILE, and report/compare--BEFORE--AFTER.expected for a comparison.
#include "TestPlans.h"

#include <CaseFiles.h>

#include <explain/PlanReader.h>
#include <explain/PlanTextReport.h>

#include <QFileInfo>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

const QString dataDir = QStringLiteral(STRATA_TEST_DATA_DIR "/explain/");

Plan load(const QString &relative)
{
    return test::testPlan(relative);
}

} // namespace

class TestTextReport : public QObject
{
    Q_OBJECT

private slots:
    void reports_data()
    {
        QTest::addColumn<QString>("expected");
        for (const QString &f : test::caseFiles(dataDir + QStringLiteral("report"), QStringLiteral("*.expected")))
            QTest::newRow(qPrintable(QFileInfo(f).completeBaseName())) << f;
    }

    void reports()
    {
        QFETCH(QString, expected);
        const QStringList parts = QFileInfo(expected).completeBaseName().split(QStringLiteral("--"));
        QString actual;
        if (parts[0] == u"compare") {
            const Plan before = load(QStringLiteral("compare/") + parts[1]), after = load(QStringLiteral("compare/") + parts[2]);
            const PlanComparison c = PlanComparison::compare(before, PlanAnalysis::of(before), after, PlanAnalysis::of(after));
            actual = PlanTextReport::renderComparison(before, after, c);
        } else {
            const Plan plan = load(parts[0] + u'/' + parts[1]);
            actual = PlanTextReport::render(plan, PlanAnalysis::of(plan));
        }
        STRATA_COMPARE_FILE(actual, expected);
    }

    void treePrefixes()
    {
        const Plan plan = load(QStringLiteral("text/lost-indentation.txt"));
        QCOMPARE(PlanTextReport::treePrefixes(plan),
                 (QStringList{QString(), QStringLiteral("└─ "), QStringLiteral("   └─ "), QStringLiteral("      ├─ "),
                              QStringLiteral("      └─ "), QStringLiteral("         └─ ")}));
    }
};

QTEST_GUILESS_MAIN(TestTextReport)
#include "TestTextReport.moc"

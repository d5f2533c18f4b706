// Mutation test of every plan parser: real plans (the test data, and the PEV2 corpus where it is
// present) are cut, shuffled, stripped of indentation and sprinkled with junk thousands of times.
// Each mutant must give a plan or an error naming the input, never a crash, and a plan it gives
// must analyse, lay out and print with the exclusive-time rules intact.
#include <CaseFiles.h>

#include <explain/PlanAnalysis.h>
#include <explain/PlanJsonWriter.h>
#include <explain/PlanReader.h>
#include <explain/PlanTextReport.h>
#include <explain/TreeLayout.h>

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

using namespace strata;
using namespace strata::explain;

namespace {

QStringList seedFiles()
{
    QStringList out;
    for (const QString &root : {QStringLiteral(STRATA_TEST_DATA_DIR "/explain"), QStringLiteral(STRATA_CORPUS_DIR "/pev2-plans")}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.endsWith(u".sql") && !f.endsWith(u".sh") && !f.endsWith(u"LICENSE") && !f.endsWith(u".expected"))
                out << f;
        }
    }
    out.sort();
    return out;
}

QString mutate(const QString &text, QRandomGenerator &rng)
{
    QStringList lines = text.split(u'\n');
    static const QStringList junk = {QStringLiteral("("), QStringLiteral(")"), QStringLiteral("->"), QStringLiteral("\""),
                                     QStringLiteral("'"), QStringLiteral("{"), QStringLiteral("]"), QStringLiteral(":"),
                                     QStringLiteral("(cost=1..2 rows=3 width=4)"), QStringLiteral("InitPlan 1 (returns $0)"),
                                     QStringLiteral("Worker 7:  actual rows=1 loops=1"), QStringLiteral("1e308"),
                                     QStringLiteral("-99999999999999999999"), QStringLiteral("\t"), QStringLiteral("↵"),
                                     QStringLiteral("|--SCAN t"), QStringLiteral("CTE x"), QStringLiteral("nan")};
    const int edits = 1 + int(rng.bounded(4));
    for (int e = 0; e < edits && !lines.isEmpty(); ++e) {
        const int i = int(rng.bounded(qsizetype(lines.size())));
        switch (rng.bounded(9)) {
        case 0: lines.removeAt(i); break;
        case 1: lines.insert(i, lines[int(rng.bounded(qsizetype(lines.size())))]); break;
        case 2: lines.swapItemsAt(i, int(rng.bounded(qsizetype(lines.size())))); break;
        case 3: lines[i] = lines[i].trimmed(); break;
        case 4: lines = lines.mid(0, i); break; // cut short
        case 5: {
            const qsizetype at = lines[i].isEmpty() ? 0 : rng.bounded(lines[i].size());
            lines[i].insert(at, junk[int(rng.bounded(qsizetype(junk.size())))]);
            break;
        }
        case 6: lines[i] = lines[i].left(lines[i].isEmpty() ? 0 : rng.bounded(lines[i].size())); break;
        case 7: lines[i].replace(QRegularExpression(QStringLiteral("\\d+")), QString::number(rng.generate())); break;
        case 8: lines[i] = QStringLiteral("  ") + lines[i]; break;
        }
    }
    return lines.join(u'\n');
}

} // namespace

class TestParserFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutantsNeverCrash()
    {
        const QStringList seeds = seedFiles();
        QVERIFY(seeds.size() >= 20);
        QRandomGenerator rng(20240508); // fixed: a failure can be replayed
        int plans = 0, errors = 0;
        for (const QString &file : seeds) {
            const QString original = test::readText(file);
            for (int round = 0; round < 60; ++round) {
                const QString mutant = mutate(original, rng);
                auto plan = PlanReader::read(mutant, QStringLiteral("mutant"));
                if (!plan) {
                    ++errors;
                    QVERIFY(!plan.error().message.isEmpty());
                    QCOMPARE(plan.error().place.source, QStringLiteral("mutant"));
                    continue;
                }
                ++plans;
                QVERIFY(!plan->isEmpty());
                const PlanAnalysis a = PlanAnalysis::of(*plan);
                double sum = 0;
                for (const NodeMetrics &m : a.nodes) {
                    QVERIFY2(m.exclusiveTime >= 0 && std::isfinite(m.exclusiveTime), qPrintable(file));
                    sum += m.exclusiveTime;
                }
                if (std::isfinite(a.totalTime) && a.totalTime < 1e300)
                    QVERIFY2(std::fabs(sum - std::max(0.0, a.totalTime)) <= 1e-6 * std::max(1.0, a.totalTime), qPrintable(file));
                TreeLayout::layout(*plan, std::vector<QSizeF>(plan->size(), QSizeF(100, 50)));
                QVERIFY(!PlanTextReport::render(*plan, a).isEmpty());
                QVERIFY(!PlanJsonWriter::write(*plan).isEmpty());
            }
        }
        qInfo("%d mutants read as plans, %d refused with an error", plans, errors);
        QVERIFY(plans > 0 && errors > 0);
    }

    void randomBytes()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 500; ++i) {
            QString noise;
            const int length = int(rng.bounded(400));
            for (int k = 0; k < length; ++k)
                noise += QChar(char16_t(rng.bounded(32, 0x2600)));
            auto plan = PlanReader::read(noise, QStringLiteral("noise"));
            if (!plan)
                QCOMPARE(plan.error().place.source, QStringLiteral("noise"));
        }
    }
};

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "TestParserFuzz.moc"

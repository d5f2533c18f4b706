// The distributions a recipe asks for are the ones in the generated rows, measured back with SQL
// within statistical tolerance (five standard errors): Zipf's top share for a foreign key and for
// numbers, normal mean and deviation, exponential mean, NULL rate, weights, distinct count, and a
// weekly season. And the building blocks: permutations are bijections, streams are reproducible.
#include "SynthTestKit.h"

#include <workload/KeyPermutation.h>
#include <workload/SeededRandom.h>
#include <workload/Synthesizer.h>

#include <QSet>
#include <QTemporaryDir>

#include <cmath>

using namespace strata;
using namespace strata::workload;
using strata::test::scalar;

namespace {

double zipfTopShare(int n, double skew)
{
    double sum = 0;
    for (int k = 1; k <= n; ++k)
        sum += std::pow(k, -skew);
    return 1 / sum;
}

} // namespace

class TestSynthDistributions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<connectors::Session> m_db;
    static constexpr int purchases = 20000;

private slots:
    void initTestCase()
    {
        SynthOptions options;
        options.rows.insert(QStringLiteral("customer"), 200);
        options.rows.insert(QStringLiteral("purchase"), purchases);
        const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
        auto report = Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("distributions.strata")), path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        m_db = test::openSqlite(path);
    }

    void zipfFanOutOfAForeignKey()
    {
        const double top = scalar(*m_db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM purchase GROUP BY customer_id)")).toDouble() / purchases;
        const double expected = zipfTopShare(200, 1.2);
        QVERIFY2(std::fabs(top - expected) < 5 * std::sqrt(expected * (1 - expected) / purchases),
                 qPrintable(QStringLiteral("top share %1, expected %2").arg(top).arg(expected)));
    }

    void zipfNumbers()
    {
        const double first = scalar(*m_db, QStringLiteral("SELECT avg(rank = 1) FROM purchase")).toDouble();
        const double expected = zipfTopShare(100, 1.0);
        QVERIFY2(std::fabs(first - expected) < 5 * std::sqrt(expected * (1 - expected) / purchases),
                 qPrintable(QStringLiteral("share of rank 1 %1, expected %2").arg(first).arg(expected)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM purchase WHERE rank NOT BETWEEN 1 AND 100")).toInt(), 0);
    }

    void normalMeanAndDeviation()
    {
        const double mean = scalar(*m_db, QStringLiteral("SELECT avg(amount) FROM purchase")).toDouble();
        const double deviation = std::sqrt(scalar(*m_db, QStringLiteral("SELECT avg(amount * amount) - avg(amount) * avg(amount) FROM purchase")).toDouble());
        QVERIFY2(std::fabs(mean - 50) < 5 * 10 / std::sqrt(purchases), qPrintable(QString::number(mean)));
        QVERIFY2(std::fabs(deviation - 10) < 0.5, qPrintable(QString::number(deviation)));
    }

    void exponentialMean()
    {
        const double mean = scalar(*m_db, QStringLiteral("SELECT avg(waited) FROM purchase")).toDouble();
        QVERIFY2(std::fabs(mean - 4) < 5 * 4 / std::sqrt(purchases), qPrintable(QString::number(mean)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM purchase WHERE waited < 0")).toInt(), 0);
    }

    void nullRate()
    {
        const double nulls = scalar(*m_db, QStringLiteral("SELECT avg(note IS NULL) FROM purchase")).toDouble();
        QVERIFY2(std::fabs(nulls - 0.3) < 5 * std::sqrt(0.3 * 0.7 / purchases), qPrintable(QString::number(nulls)));
    }

    void weightsAndDistinctValues()
    {
        const double a = scalar(*m_db, QStringLiteral("SELECT avg(kind = 'a') FROM purchase")).toDouble();
        QVERIFY2(std::fabs(a - 0.75) < 5 * std::sqrt(0.75 * 0.25 / purchases), qPrintable(QString::number(a)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT kind) FROM purchase")).toInt(), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT category) FROM purchase")).toInt(), 7);
    }

    void weeklySeason()
    {
        // Amplitude 0.8 peaking on Monday: Mondays about six times as common as Thursdays.
        const double monday = scalar(*m_db, QStringLiteral("SELECT count(*) FROM purchase WHERE strftime('%w', day) = '1'")).toDouble();
        const double thursday = scalar(*m_db, QStringLiteral("SELECT count(*) FROM purchase WHERE strftime('%w', day) = '4'")).toDouble();
        QVERIFY2(monday > 4 * thursday, qPrintable(QStringLiteral("%1 Mondays, %2 Thursdays").arg(monday).arg(thursday)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM purchase WHERE day NOT BETWEEN '2024-01-01' AND '2024-12-31'")).toInt(), 0);
    }

    void permutationsAreBijections()
    {
        for (const quint64 n : {1ULL, 2ULL, 3ULL, 17ULL, 1000ULL, 4097ULL, 65536ULL}) {
            const KeyPermutation p(n, 42 + n);
            QSet<quint64> seen;
            for (quint64 i = 0; i < n; ++i) {
                const quint64 v = p(i);
                QVERIFY(v < n);
                seen.insert(v);
            }
            QCOMPARE(quint64(seen.size()), n);
        }
    }

    void streamsAreReproducible()
    {
        SeededRandom a = SeededRandom::stream(9, u"customer.email"), b = SeededRandom::stream(9, u"customer.email");
        SeededRandom c = SeededRandom::stream(9, u"customer.name");
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const quint64 x = a.next();
            QCOMPARE(b.next(), x);
            differs = differs || c.next() != x;
            const quint64 d = a.below(7);
            QVERIFY(d < 7);
            QCOMPARE(b.below(7), d);
        }
        QVERIFY(differs);
    }
};

QTEST_GUILESS_MAIN(TestSynthDistributions)
#include "TestSynthDistributions.moc"

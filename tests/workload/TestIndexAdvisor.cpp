// Index advice on SQLite: the candidates read from the sample shop workload's parse trees (a case
// on disk), and on a workload whose missing index is known, profile shows the full scan and advise
// finds that index, measured, with its CREATE INDEX, while the database is left as it was.
#include "CaseFiles.h"
#include "SynthTestKit.h"

#include <workload/IndexAdvisor.h>
#include <workload/Profiler.h>
#include <workload/Synthesizer.h>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::workload;
using strata::test::rows;

namespace {

// What advise may change: the schema. After a run it must be the same.
QList<connectors::Row> schemaOf(connectors::Session &session)
{
    return rows(session, QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name"));
}

} // namespace

class TestIndexAdvisor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // The candidates of the shop workload, as the advisor would try them (no timing involved: the
    // advice's zero-round run stops before measuring anything, so only the parse is checked here).
    void candidatesOfTheShopWorkload()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.sqlite"));
        SynthOptions synth;
        synth.scale = 0.1;
        QVERIFY(Synthesizer::toSqliteFile(test::shopModel(), path, synth).ok());
        auto workload = Workload::load(QStringLiteral(STRATA_SOURCE_DIR "/resources/samples/shop.workload.sql"));
        QVERIFY(workload.ok());
        auto session = test::openSqlite(path);
        const QList<connectors::Row> before = schemaOf(*session);
        AdviseOptions options;
        options.rounds = 1;
        options.roundMs = 0;
        options.maxCandidates = 100;
        options.writeRows = 10;
        auto advice = IndexAdvisor::run(*workload, *session, options);
        QVERIFY2(advice.ok(), advice.ok() ? "" : qPrintable(advice.error().toString()));
        QStringList tried;
        for (const QList<IndexVerdict> *list : {&advice->kept, &advice->rejected})
            for (const IndexVerdict &v : *list)
                tried << QStringLiteral("%1 (%2) -- %3").arg(v.createSql, v.candidate.statements.join(u", "), v.candidate.reason);
        tried.sort();
        STRATA_COMPARE_FILE(tried.join(u'\n') + u'\n', QStringLiteral(STRATA_TEST_DATA_DIR "/advise/shop-candidates.expected"));
        QCOMPARE(schemaOf(*session), before);
    }

    void findsTheMissingIndex()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
        SynthOptions synth;
        synth.rows.insert(QStringLiteral("customer"), 100);
        synth.rows.insert(QStringLiteral("purchase"), 20000);
        QVERIFY(Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("distributions.strata")), path, synth).ok());
        auto workload = Workload::parse(QStringLiteral("-- name: by_amount  weight: 3\n-- $1: sample(purchase.amount)\n"
                                                       "SELECT id FROM purchase WHERE amount = $1\n\n"
                                                       "-- name: by_id\n-- $1: sample(purchase.id)\nSELECT kind FROM purchase WHERE id = $1\n"));
        QVERIFY(workload.ok());
        auto session = test::openSqlite(path);

        ProfileOptions profile;
        profile.iterations = 200;
        auto profiled = Profiler::run(*workload, *session, profile);
        QVERIFY(profiled.ok());
        QVERIFY2(profiled->statements[0].plan.startsWith(u"SCAN purchase"), qPrintable(profiled->statements[0].plan));
        QCOMPARE(profiled->statements[0].counters.value(QStringLiteral("fullscan_steps")), 19999.0);
        QCOMPARE(profiled->statements[1].counters.value(QStringLiteral("fullscan_steps")), 0.0);

        const QList<connectors::Row> before = schemaOf(*session);
        AdviseOptions options;
        options.rounds = 3;
        options.roundMs = 5;
        auto advice = IndexAdvisor::run(*workload, *session, options);
        QVERIFY2(advice.ok(), advice.ok() ? "" : qPrintable(advice.error().toString()));
        QVERIFY2(advice->kept.size() >= 1, qPrintable(advice->text()));
        const IndexVerdict &best = advice->kept.first();
        QCOMPARE(best.candidate.table, QStringLiteral("purchase"));
        QCOMPARE(best.candidate.columns.first(), QStringLiteral("amount"));
        QVERIFY(best.createSql.startsWith(u"CREATE INDEX purchase_amount"));
        const auto effect = std::find_if(best.effects.begin(), best.effects.end(), [](const StatementEffect &e) { return e.statement == u"by_amount"; });
        QVERIFY(effect != best.effects.end() && effect->usesIndex && effect->speedup() > 1.1);
        QVERIFY(best.sizeBytes > 0 && best.writeBaseUs > 0);
        QCOMPARE(advice->combined.size(), 2);
        QCOMPARE(schemaOf(*session), before); // tried in a transaction that was rolled back
        QVERIFY(advice->text().contains(best.createSql));
        QCOMPARE(advice->json().value(u"kept"_qs).toArray().size(), advice->kept.size());
    }
};

QTEST_GUILESS_MAIN(TestIndexAdvisor)
#include "TestIndexAdvisor.moc"

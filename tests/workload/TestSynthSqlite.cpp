// Synthetic data in SQLite, checked by SQLite itself: foreign keys (foreign_keys=ON and
// foreign_key_check), UNIQUE and CHECK (integrity_check), the shape of composite keys, cycles and
// self-references; the same seed gives the same rows whatever the threads; a cancelled run leaves the
// target as it was; a check no row can meet and a type Strata does not know are reported, not looped on.
#include "SynthTestKit.h"

#include <workload/Synthesizer.h>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::workload;
using strata::test::rows;
using strata::test::scalar;

namespace {

// What the engine says about the database: nothing wrong.
void verifyConstraints(connectors::Session &session)
{
    QVERIFY(session.query(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    QCOMPARE(rows(session, QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
    QCOMPARE(scalar(session, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

} // namespace

class TestSynthSqlite : public QObject
{
    Q_OBJECT

private slots:
    void shopSynthesisesCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        SynthOptions options;
        options.scale = 0.5;
        auto report = Synthesizer::toSqliteFile(test::shopModel(), path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->tables.size(), 20);
        auto session = test::openSqlite(path);
        verifyConstraints(*session);
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 500);
        // Every index of the model is there, created after the rows.
        int indexes = 0;
        for (const modeler::Table &t : test::shopModel().tables)
            indexes += int(t.indexes.size());
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")).toInt(), indexes);
        // Realistic values: e-mails look like e-mails, prices are positive with two decimals.
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM customer WHERE email NOT LIKE '%_@_%._%'")).toInt(), 0);
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM product WHERE price <= 0 OR round(price, 2) <> price")).toInt(), 0);
        // Optional foreign keys are NULL at about their default rate (10%); a self-reference builds a tree.
        const double missing = scalar(*session, QStringLiteral("SELECT avg(default_address_id IS NULL) FROM customer")).toDouble();
        QVERIFY2(missing > 0.05 && missing < 0.16, qPrintable(QString::number(missing)));
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM category WHERE parent_id >= id")).toInt(), 0);
    }

    void constraintsHold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        SynthOptions options;
        options.rows.insert(QStringLiteral("slot"), 168); // every hour of the week: the key space is full
        options.rows.insert(QStringLiteral("pairing"), 2000);
        auto report = Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("constraints.strata")), path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        auto s = test::openSqlite(path);
        verifyConstraints(*s);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(DISTINCT day * 100 + hour) FROM slot")).toInt(), 168);
        // The cycle team <-> player: captains were written NULL and set afterwards, 20% left NULL.
        const double captains = scalar(*s, QStringLiteral("SELECT avg(captain_id IS NOT NULL) FROM team")).toDouble();
        QVERIFY2(captains > 0.7 && captains < 0.9, qPrintable(QString::number(captains)));
        // Rounds number the rematches of each pairing 1, 2, 3 ... without a gap.
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM (SELECT home_id, away_id, max(round) AS m, count(*) AS n "
                                           "FROM rematch GROUP BY 1, 2) WHERE m <> n")).toInt(), 0);
        // Checks met directly, and the one verified row by row.
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM item WHERE length(code) <> 6 OR qty NOT IN (1, 2, 5) OR "
                                           "price <= 0 OR ends < starts OR price * qty >= 2000 OR state NOT IN ('new', 'used')")).toInt(), 0);
        QVERIFY(scalar(*s, QStringLiteral("SELECT count(DISTINCT qty) FROM item")).toInt() == 3);
    }

    void sameSeedSameRows()
    {
        QTemporaryDir dir;
        const modeler::Model model = test::shopModel();
        QByteArray hashes[3];
        const struct { quint64 seed; int threads; } runs[] = {{7, 1}, {7, 4}, {8, 2}};
        for (int i = 0; i < 3; ++i) {
            SynthOptions options;
            options.scale = 0.3;
            options.seed = runs[i].seed;
            options.threads = runs[i].threads;
            options.batchRows = 97; // many small batches: tables interleave differently on each run
            const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(i));
            auto report = Synthesizer::toSqliteFile(model, path, options);
            QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
            test::sqliteDataHash(*test::openSqlite(path), &hashes[i]);
        }
        QCOMPARE(hashes[1], hashes[0]);
        QVERIFY(hashes[2] != hashes[0]);
    }

    void cancelLeavesTheTargetAsItWas()
    {
        QTemporaryDir dir;
        // A new file: none is left behind.
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        TaskControl control;
        SynthOptions options;
        options.batchRows = 100;
        options.onProgress = [&](const TableProgress &p) {
            if (p.table == u"orders" && p.rowsDone > 0)
                control.cancel(); // half-way through a table
        };
        auto report = Synthesizer::toSqliteFile(test::shopModel(), path, options, &control);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QString::fromLatin1(cancelledCode));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));

        // A database of the user's: its own table stays, none of the model's is there, not even empty.
        const QString own = dir.filePath(QStringLiteral("own.sqlite"));
        {
            auto session = connectors::Session::open(connectors::ConnectionSpec{connectors::Dialect::Sqlite, own, true});
            QVERIFY(session.ok());
            QVERIFY((*session)->query(QStringLiteral("CREATE TABLE mine (x); INSERT INTO mine VALUES (1)")).ok());
            TaskControl again;
            options.onProgress = [&](const TableProgress &p) {
                if (p.table == u"orders" && p.rowsDone > 0)
                    again.cancel();
            };
            auto cancelled = Synthesizer::run(test::shopModel(), **session, options, &again);
            QVERIFY(!cancelled.ok());
            QCOMPARE(cancelled.error().code, QString::fromLatin1(cancelledCode));
        }
        auto s = test::openSqlite(own);
        QCOMPARE(rows(*s, QStringLiteral("SELECT name FROM sqlite_schema")).size(), 1);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT x FROM mine")).toInt(), 1);
    }

    void anExistingFileIsReplacedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        SynthOptions options;
        auto refused = Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("distributions.strata")), path, options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("synth.exists"));
        options.replace = true;
        auto replaced = Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("distributions.strata")), path, options);
        QVERIFY(replaced.ok());
        QCOMPARE(scalar(*test::openSqlite(path), QStringLiteral("SELECT count(*) FROM purchase")).toInt(), 1000);
    }

    void aCheckNoRowCanMeetIsReported()
    {
        QTemporaryDir dir;
        auto report = Synthesizer::toSqliteFile(test::synthModel(QStringLiteral("unsatisfiable.strata")), dir.filePath(QStringLiteral("u.sqlite")), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().place.path, QStringLiteral("reading"));
        QVERIFY2(report.error().message.contains(u"reading_parity"), qPrintable(report.error().message));
    }

    void columnsOfUnknownTypesAreNamed()
    {
        modeler::Model model = test::synthModel(QStringLiteral("unsupported.strata"));
        auto refused = Synthesizer::plan(model, connectors::Dialect::Sqlite, {});
        QVERIFY(!refused.ok()); // search is NOT NULL: nothing to put there
        QCOMPARE(refused.error().place.path, QStringLiteral("place.search"));
        QVERIFY(refused.error().message.contains(u"ltree"));

        const QJsonArray lexemes{QJsonValue(u"'a':1"_qs), QJsonValue(u"'b':2"_qs)};
        model.tables[0].columns[2].synth = QJsonObject{{u"generator"_qs, u"weighted"_qs}, {u"values"_qs, lexemes}};
        auto plan = Synthesizer::plan(model, connectors::Dialect::Sqlite, {});
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        const auto named = std::find_if(plan->diagnostics.begin(), plan->diagnostics.end(),
                                        [](const Diagnostic &d) { return d.place.path == u"place.shape"; });
        QVERIFY(named != plan->diagnostics.end()); // shape may be NULL: left NULL, and said so
        QCOMPARE(named->code, QStringLiteral("synth.column-null"));
        QVERIFY(named->message.contains(u"geometry"));
    }
};

QTEST_GUILESS_MAIN(TestSynthSqlite)
#include "TestSynthSqlite.moc"

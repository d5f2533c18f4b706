// The random models of the property tests are models a database accepts: the same seed gives the
// same model, the writer finds nothing wrong with them, and their scripts run on SQLite and on a
// real PostgreSQL server. A failure prints the seed (STRATA_SEED=n replays it).
#include "CaseFiles.h"
#include "DdlCases.h"
#include "PgServer.h"
#include "RandomModel.h"

#include <QTest>

using namespace strata::modeler;
using strata::test::PgServer;

namespace {

// What the writer says beyond lossy types (SQLite does not enforce numeric precision): nothing, for
// models made of what the dialect holds.
QString unexpectedDiagnostics(const DdlScript &script)
{
    QStringList out;
    for (const strata::Diagnostic &d : script.diagnostics) {
        if (d.code != u"ddl.lossy-type")
            out << d.toString();
    }
    return out.join(u'\n');
}

} // namespace

class TestRandomModels : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameModel()
    {
        const quint32 seed = strata::test::firstSeed();
        for (Dialect d : {Dialect::Postgres, Dialect::Sqlite}) {
            QVERIFY(strata::test::randomModel(seed, d) == strata::test::randomModel(seed, d));
            QVERIFY(strata::test::randomModel(seed, d) != strata::test::randomModel(seed + 1, d));
        }
    }

    void sqliteRunsThem()
    {
        const quint32 first = strata::test::firstSeed();
        for (int i = 0; i < strata::test::seedCount(25); ++i) {
            const quint32 seed = first + quint32(i);
            const DdlScript script = DdlWriter::write(strata::test::randomModel(seed, Dialect::Sqlite), Dialect::Sqlite);
            const QString unexpected = unexpectedDiagnostics(script);
            QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("seed %1:\n%2").arg(seed).arg(unexpected)));
            const QString error = strata::test::sqliteScriptError(script.sql);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("seed %1: %2\n%3").arg(seed).arg(error, script.sql)));
        }
    }

    void postgresRunsThem()
    {
        auto server = PgServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().toString()));
        const quint32 first = strata::test::firstSeed();
        for (int i = 0; i < strata::test::seedCount(25); ++i) {
            const quint32 seed = first + quint32(i);
            const DdlScript script = DdlWriter::write(strata::test::randomModel(seed, Dialect::Postgres), Dialect::Postgres);
            const QString unexpected = unexpectedDiagnostics(script);
            QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("seed %1:\n%2").arg(seed).arg(unexpected)));
            const QString database = QStringLiteral("random_%1").arg(i);
            QVERIFY((*server)->createDatabase(database).ok());
            auto ran = (*server)->psql(script.sql, database);
            QVERIFY2(ran.ok(), qPrintable(QStringLiteral("seed %1: %2\n%3").arg(seed).arg(ran.ok() ? QString() : ran.error().toString(), script.sql)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRandomModels)
#include "TestRandomModels.moc"

// Property tests of the DDL writer: for random models, exporting and importing again gives the same
// model back (PostgreSQL: all of it; SQLite: the subset SQLite holds). A failure prints the seed
// (STRATA_SEED=n replays it) and the difference between the two models as .strata text.
#include "CanonicalModel.h"
#include "CaseFiles.h"
#include "DdlCases.h"
#include "RandomModel.h"

#include <modeler/ModelFile.h>
#include <modeler/PostgresScriptImporter.h>
#include <modeler/SqliteScriptImporter.h>

#include <QTest>

using namespace strata::modeler;

namespace {

// Empty when the model comes back from its script; else what differs, to print.
QString roundTrip(const Model &model, Dialect dialect)
{
    const DdlScript script = DdlWriter::write(model, dialect);
    auto imported = dialect == Dialect::Postgres ? PostgresScriptImporter::import(script.sql.toUtf8(), QStringLiteral("export.sql"))
                                                 : SqliteScriptImporter::import(script.sql.toUtf8(), QStringLiteral("export.sql"));
    if (!imported)
        return QStringLiteral("the script does not import: %1\n%2").arg(imported.error().toString(), script.sql);
    const QString expected = QString::fromUtf8(ModelFile::toJson(strata::test::canonicalModel(model)));
    const QString actual = QString::fromUtf8(ModelFile::toJson(strata::test::canonicalModel(imported->model)));
    if (expected == actual)
        return {};
    return strata::test::unifiedDiff(expected, actual, QStringLiteral("exported"), QStringLiteral("imported")) +
           QStringLiteral("\n") + script.sql;
}

} // namespace

class TestDdlProperties : public QObject
{
    Q_OBJECT

private slots:
    void exportedModelsComeBack_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("postgres") << int(Dialect::Postgres);
        QTest::newRow("sqlite") << int(Dialect::Sqlite);
    }

    void exportedModelsComeBack()
    {
        QFETCH(int, dialect);
        const quint32 first = strata::test::firstSeed();
        for (int i = 0; i < strata::test::seedCount(200); ++i) {
            const quint32 seed = first + quint32(i);
            const QString difference = roundTrip(strata::test::randomModel(seed, Dialect(dialect)), Dialect(dialect));
            QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("seed %1 (rerun with STRATA_SEED=%1):\n%2").arg(seed).arg(difference)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDdlProperties)
#include "TestDdlProperties.moc"

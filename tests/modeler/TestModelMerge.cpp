// Tables of a database fitted into the model being edited (ModelMerge), as cases on disk in
// tests/data/merge: the target model and the database as scripts, the tables taken, and the target's
// DDL afterwards with the merge's diagnostics. The merged model must also export without errors.
#include "CaseFiles.h"

#include <modeler/DdlWriter.h>
#include <modeler/ModelMerge.h>
#include <modeler/SqlImporter.h>

#include <QFileInfo>

using namespace strata;
using namespace strata::modeler;

namespace {

const QString casesDir = QStringLiteral(STRATA_TEST_DATA_DIR "/merge/");

Model imported(const QString &path)
{
    auto script = SqlImporter::import(test::readText(path).toUtf8(), Dialect::Postgres, QFileInfo(path).fileName());
    if (!script) {
        qWarning("%s", qPrintable(script.error().toString()));
        return {};
    }
    return script->model;
}

} // namespace

class TestModelMerge : public QObject
{
    Q_OBJECT

private slots:
    void casesAreThere() { QVERIFY(test::caseFiles(casesDir, QStringLiteral("*.tables")).size() >= 2); }

    void cases_data()
    {
        QTest::addColumn<QString>("base");
        for (const QString &file : test::caseFiles(casesDir, QStringLiteral("*.tables")))
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << casesDir + QFileInfo(file).completeBaseName();
    }

    void cases()
    {
        QFETCH(QString, base);
        Model target = imported(base + QStringLiteral(".target.sql"));
        const Model source = imported(base + QStringLiteral(".source.sql"));
        const QStringList ids = test::readText(base + QStringLiteral(".tables")).split(u'\n', Qt::SkipEmptyParts);
        const MergedTables merged = ModelMerge::tablesInto(target, source, ids);
        target.schemas += merged.schemas;
        target.enums += merged.enums;
        target.domains += merged.domains;
        target.sequences += merged.sequences;
        target.tables += merged.tables;
        const DdlScript ddl = DdlWriter::write(target, Dialect::Postgres);
        QVERIFY2(!hasErrors(ddl.diagnostics), qPrintable(ddl.diagnostics.value(0).toString()));
        QString report = ddl.sql + QStringLiteral("\n-- diagnostics\n");
        for (const Diagnostic &d : merged.diagnostics)
            report += d.toString() + u'\n';
        STRATA_COMPARE_FILE(report, base + QStringLiteral(".expected"));
    }
};

QTEST_GUILESS_MAIN(TestModelMerge)
#include "TestModelMerge.moc"

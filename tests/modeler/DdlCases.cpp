#include "DdlCases.h"

#include "CaseFiles.h"
#include "RichModel.h"
#include "SqliteDatabase.h"

#include <modeler/ModelFile.h>

#include <QFileInfo>

using namespace strata::modeler;

namespace strata::test {

QList<DdlCase> ddlCases()
{
    QList<DdlCase> cases;
    for (const QString &file : caseFiles(QStringLiteral(STRATA_TEST_DATA_DIR "/ddl"), QStringLiteral("*.strata"))) {
        auto model = ModelFile::load(file);
        if (!model) {
            qWarning("%s", qPrintable(model.error().toString()));
            continue;
        }
        cases << DdlCase{QFileInfo(file).completeBaseName(), model.value()};
    }
    cases << DdlCase{QStringLiteral("rich-model"), richModel()};
    return cases;
}

QString ddlExpectedPath(const QString &caseName, Dialect dialect)
{
    return QStringLiteral(STRATA_TEST_DATA_DIR "/ddl/%1.%2.sql").arg(caseName, dialectName(dialect));
}

QString ddlScriptWithDiagnostics(const DdlScript &script)
{
    QString out = script.sql;
    if (!script.diagnostics.isEmpty())
        out += QStringLiteral("\n-- Diagnostics:\n");
    for (const strata::Diagnostic &d : script.diagnostics)
        out += QStringLiteral("-- [%1] %2\n").arg(d.code, d.toString().replace(u'\n', QStringLiteral("\n--   ")));
    return out;
}

QString sqliteScriptError(const QString &script)
{
    return SqliteDatabase().exec(script);
}

QStringList expectedColumnNames(const Model &model, const Table &table)
{
    const Table *source = &table;
    while (source->columns.isEmpty() && model.table(source->partitionOfTableId))
        source = model.table(source->partitionOfTableId);
    QStringList names;
    for (const Column &c : source->columns)
        names << c.name;
    return names;
}

} // namespace strata::test

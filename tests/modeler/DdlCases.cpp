#include "DdlCases.h"

#include "CaseFiles.h"
#include "RichModel.h"

#include <modeler/ModelFile.h>

#include <QFileInfo>

#include <sqlite3.h>

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
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message);
    const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
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

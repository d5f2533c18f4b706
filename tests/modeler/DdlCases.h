// The DDL cases: each tests/data/ddl/NAME.strata, and the rich model as "rich-model". Their scripts
// are NAME.postgres.sql and NAME.sqlite.sql beside them, the diagnostics listed at the end.
#pragma once

#include <modeler/DdlWriter.h>

#include <QList>

namespace strata::test {

struct DdlCase
{
    QString name;
    modeler::Model model;
};

/// Every case; a model file that does not load fails the calling test.
QList<DdlCase> ddlCases();
/// The expected file of a case: tests/data/ddl/NAME.DIALECT.sql.
QString ddlExpectedPath(const QString &caseName, modeler::Dialect dialect);
/// The script followed by its diagnostics as SQL comments, as the expected files hold them.
QString ddlScriptWithDiagnostics(const modeler::DdlScript &script);
/// Runs a script on a fresh in-memory SQLite database: empty, or SQLite's error.
QString sqliteScriptError(const QString &script);
/// The column names of a table as the database should show them (a partition declared without
/// columns has its parent's).
QStringList expectedColumnNames(const modeler::Model &model, const modeler::Table &table);

} // namespace strata::test

// Test helpers over real databases: run a script on a PostgreSQL database or a SQLite file through
// the connectors, read the database back as a model, and compare models in a form that ignores ids,
// order and diagrams, printing the difference as a diff of their .strata text.
#pragma once

#include <modeler/Model.h>
#include <modeler/live/LiveModelReader.h>

#include <strata/Result.h>

namespace strata::test {

Result<void> runScript(const QString &connection, const QString &script);
Result<modeler::live::ReverseResult> reverse(const QString &connection, const QString &modelName = QStringLiteral("reversed"));
/// Empty when the two models describe the same database; else a unified diff of their canonical forms.
QString modelDifference(const modeler::Model &expected, const modeler::Model &actual);

} // namespace strata::test

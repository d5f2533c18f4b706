#include "LiveDatabases.h"

#include "CanonicalModel.h"
#include "CaseFiles.h"

#include <connectors/Session.h>
#include <modeler/ModelFile.h>

namespace strata::test {

namespace {

Result<std::unique_ptr<connectors::Session>> open(const QString &connection)
{
    auto spec = connectors::ConnectionSpec::parse(connection);
    if (!spec)
        return spec.error();
    return connectors::Session::open(*spec);
}

} // namespace

Result<void> runScript(const QString &connection, const QString &script)
{
    auto session = open(connection);
    if (!session)
        return session.error();
    auto ran = (*session)->query(script);
    if (!ran)
        return ran.error();
    return Result<void>::success();
}

Result<modeler::live::ReverseResult> reverse(const QString &connection, const QString &modelName)
{
    auto session = open(connection);
    if (!session)
        return session.error();
    modeler::live::ReverseOptions options;
    options.modelName = modelName;
    return modeler::live::LiveModelReader::read(**session, options);
}

QString modelDifference(const modeler::Model &expected, const modeler::Model &actual)
{
    const QString a = QString::fromUtf8(modeler::ModelFile::toJson(canonicalModel(expected)));
    const QString b = QString::fromUtf8(modeler::ModelFile::toJson(canonicalModel(actual)));
    return a == b ? QString() : unifiedDiff(a, b, QStringLiteral("expected"), QStringLiteral("actual"));
}

} // namespace strata::test

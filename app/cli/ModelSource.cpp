#include "ModelSource.h"

#include "TerminalPrompt.h"

#include <connectors/Connector.h>
#include <modeler/ModelFile.h>
#include <modeler/live/LiveModelReader.h>

namespace strata::cli {

bool isModelFile(const QString &argument)
{
    return argument.endsWith(QStringLiteral(".strata"), Qt::CaseInsensitive);
}

Result<modeler::Model> loadModel(const QString &argument, const ModelSourceOptions &options, Console &console)
{
    if (isModelFile(argument))
        return modeler::ModelFile::load(argument);
    auto spec = connectors::ConnectionSpec::parse(argument);
    if (!spec)
        return spec.error();
    connectors::PasswordStore store;
    connectors::Connector connector(&store, options.noPassword ? connectors::Connector::Prompt() : askPasswordOnTerminal);
    auto session = connector.open(*spec);
    console.report(connector.diagnostics());
    if (!session)
        return session.error();
    modeler::live::ReverseOptions reverse;
    reverse.schemas = options.schemas;
    auto read = modeler::live::LiveModelReader::read(**session, reverse);
    if (!read)
        return read.error();
    console.report(read->diagnostics);
    return std::move(read->model);
}

} // namespace strata::cli

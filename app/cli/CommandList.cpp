// The subcommands of strata-cli, in the order --help lists them.
#include "Command.h"
#include "QueryCommand.h"
#include "ExplainCommand.h"

namespace strata::cli {

std::unique_ptr<Command> makeLintCommand();
std::unique_ptr<Command> makeDdlCommand();
std::unique_ptr<Command> makeReverseCommand();
std::unique_ptr<Command> makeDiffCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeDiagramCommand();
std::unique_ptr<Command> makeSynthCommand();
std::unique_ptr<Command> makeProfileCommand();
std::unique_ptr<Command> makeAdviseCommand();

CommandList allCommands()
{
    CommandList list;
    list.push_back(makeLintCommand());
    list.push_back(makeDdlCommand());
    list.push_back(makeImportCommand());
    list.push_back(makeDiagramCommand());
    list.push_back(std::make_unique<QueryCommand>());
    list.push_back(std::make_unique<ExplainCommand>());
    list.push_back(makeReverseCommand());
    list.push_back(makeDiffCommand());
    list.push_back(makeSynthCommand());
    list.push_back(makeProfileCommand());
    list.push_back(makeAdviseCommand());
    return list;
}

} // namespace strata::cli

// The subcommands of strata-cli, in the order --help lists them.
#include "Command.h"

namespace strata::cli {

std::unique_ptr<Command> makeLintCommand();
std::unique_ptr<Command> makeDdlCommand();

CommandList allCommands()
{
    CommandList list;
    list.push_back(makeLintCommand());
    list.push_back(makeDdlCommand());
    return list;
}

} // namespace strata::cli

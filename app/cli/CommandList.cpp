// The subcommands of strata-cli, in the order --help lists them.
#include "Command.h"

namespace strata::cli {

std::unique_ptr<Command> makeLintCommand();

CommandList allCommands()
{
    CommandList list;
    list.push_back(makeLintCommand());
    return list;
}

} // namespace strata::cli

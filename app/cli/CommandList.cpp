// The subcommands of strata-cli, in the order --help lists them.
#include "Command.h"

namespace strata::cli {

CommandList allCommands()
{
    CommandList list;
    return list;
}

} // namespace strata::cli

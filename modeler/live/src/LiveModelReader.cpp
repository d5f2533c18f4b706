#include "modeler/live/LiveModelReader.h"

#include "PgModelReader.h"
#include "SqliteModelReader.h"

namespace strata::modeler::live {

Result<ReverseResult> LiveModelReader::read(connectors::Session &session, const ReverseOptions &options, TaskControl *control)
{
    if (session.dialect() == connectors::Dialect::Sqlite)
        return SqliteModelReader(session, options, control).read();
    return PgModelReader(session, options, control).read();
}

} // namespace strata::modeler::live

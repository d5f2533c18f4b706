// A statement prepared once and run many times with new parameters (Session::prepare).
#pragma once

#include <QString>

namespace strata::connectors {

struct PreparedStatement
{
    int id = 0;              ///< the session's handle; 0 for none
    QString sql;
    int parameterCount = 0;  ///< how many parameters each run must bind

    bool isValid() const { return id > 0; }
};

} // namespace strata::connectors

// What the main window's status bar shows about the current SQL tab: the connection, whether it is
// production, the transaction state, and whether a statement runs and for how long.
#pragma once

#include <connectors/Session.h>

namespace strata::connectors::ui {

struct SqlStatus
{
    QString connection;    ///< "alice@db:5432/shop", or empty when not connected
    QString serverVersion; ///< "15.4"
    bool connecting = false;
    bool production = false;
    TransactionState transaction = TransactionState::Unknown;
    bool running = false;
    qint64 elapsedMs = 0; ///< of the running statement, or of the last run when none runs

    bool operator==(const SqlStatus &) const = default;
};

/// "idle", "in transaction", "transaction failed", "not connected"
QString transactionStateName(TransactionState state);

} // namespace strata::connectors::ui

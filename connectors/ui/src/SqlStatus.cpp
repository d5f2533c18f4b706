#include "connectors/ui/SqlStatus.h"

#include <QCoreApplication>

namespace strata::connectors::ui {

QString transactionStateName(TransactionState state)
{
    switch (state) {
    case TransactionState::Idle:
        return QCoreApplication::translate("SqlStatus", "idle");
    case TransactionState::InTransaction:
        return QCoreApplication::translate("SqlStatus", "in transaction");
    case TransactionState::Failed:
        return QCoreApplication::translate("SqlStatus", "transaction failed");
    case TransactionState::Unknown:
        return QCoreApplication::translate("SqlStatus", "not connected");
    }
    return {};
}

} // namespace strata::connectors::ui

#include "connectors/ui/SqlStatusView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace strata::connectors::ui {

SqlStatusView::SqlStatusView(QWidget *parent)
    : QWidget(parent), m_connection(new QLabel(this)), m_transaction(new QLabel(this)), m_time(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_connection);
    layout->addWidget(m_transaction);
    layout->addWidget(m_time);
    m_connection->setToolTip(tr("The current SQL tab's connection"));
    m_transaction->setToolTip(tr("The transaction state of the current SQL tab's session"));
    m_time->setToolTip(tr("How long the statement runs (or ran)"));
    setStatus(SqlStatus());
}

QString SqlStatusView::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

void SqlStatusView::setStatus(const SqlStatus &status)
{
    QString connection = status.connecting ? tr("connecting…")
                         : status.connection.isEmpty() ? tr("not connected")
                                                       : status.connection;
    if (!status.serverVersion.isEmpty()) // "15.4", not "15.4 (Debian 15.4-1.pgdg120+1)"
        connection += QStringLiteral(" (%1)").arg(status.serverVersion.section(u' ', 0, 0));
    if (status.production)
        connection = tr("%1 · production").arg(connection);
    m_connection->setText(connection);
    m_connection->setStyleSheet(status.production ? QStringLiteral("color: #c62828; font-weight: bold") : QString());
    m_transaction->setText(status.connection.isEmpty() ? QString() : transactionStateName(status.transaction));
    const bool open = status.transaction == TransactionState::InTransaction || status.transaction == TransactionState::Failed;
    m_transaction->setStyleSheet(open ? QStringLiteral("color: #ef6c00; font-weight: bold") : QString());
    m_time->setText(status.running ? tr("running %1").arg(durationText(status.elapsedMs))
                    : status.elapsedMs > 0 ? tr("last run %1").arg(durationText(status.elapsedMs))
                                           : QString());
}

} // namespace strata::connectors::ui

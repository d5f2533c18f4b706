// The SQL part of a status bar: the current tab's connection (red when production), its transaction
// state (highlighted while a transaction is open or has failed) and the running time of the statement
// (or of the last one). Fed by SqlWorkbench::statusChanged().
#pragma once

#include "connectors/ui/SqlStatus.h"

#include <QWidget>

class QLabel;

namespace strata::connectors::ui {

class SqlStatusView : public QWidget
{
    Q_OBJECT

public:
    explicit SqlStatusView(QWidget *parent = nullptr);

    void setStatus(const SqlStatus &status);
    QLabel *connectionLabel() const { return m_connection; }
    QLabel *transactionLabel() const { return m_transaction; }
    QLabel *timeLabel() const { return m_time; }

    /// "12 ms", "3.4 s", "2 min 05 s"
    static QString durationText(qint64 ms);

private:
    QLabel *m_connection;
    QLabel *m_transaction;
    QLabel *m_time;
};

} // namespace strata::connectors::ui

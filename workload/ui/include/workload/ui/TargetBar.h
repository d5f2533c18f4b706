// The top of the workload panel: where data is generated and workloads run. The open model's
// embedded engine (a SQLite file the app names, beside the model), a saved connection, or a
// connection string typed here. Passwords a server asks for are asked in a dialog on the GUI thread.
#pragma once

#include "workload/ui/WorkloadTarget.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::workload::ui {

class TargetBar : public QWidget
{
    Q_OBJECT

public:
    explicit TargetBar(QWidget *parent = nullptr);

    /// The embedded engine's file; empty when there is none (the choice is then disabled).
    void setEnginePath(const QString &path);
    QString enginePath() const { return m_enginePath; }
    /// The saved connections to offer (may be null: only the engine and a typed string).
    void setConnectionStore(connectors::ConnectionStore *store);

    void chooseEngine();
    void chooseConnectionString(const QString &text);
    void chooseSaved(const QString &connectionId);

    /// The chosen target, or why there is none (a string that does not parse, no engine file).
    Result<WorkloadTarget> target() const;

    QComboBox *choice() const { return m_choice; }
    QLineEdit *connectionText() const { return m_text; }

signals:
    void changed();

private:
    void reload();
    void updateFields();
    connectors::Connector::Prompt prompt() const;

    connectors::ConnectionStore *m_store = nullptr;
    QString m_enginePath;
    QComboBox *m_choice;
    QLineEdit *m_text;
    QToolButton *m_manage;
};

} // namespace strata::workload::ui

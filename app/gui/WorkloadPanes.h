// The workload side of the window: the workload panel (workload/ui) as a central tab, built the
// first time it is shown, on the open model and its embedded engine (the same SQLite file the SQL
// editor offers as the model's engine) and the workload file beside the model, with its plans shown
// in the plan tab. Generating data
// replaces that file whole, so SQL tabs on the engine reconnect afterwards to see the new rows.
#pragma once

#include <QObject>

class QTabWidget;

namespace strata::workload::ui {
class WorkloadPanel;
}

namespace strata::app {

class DocumentController;
class LazyPane;
class SqlPanes;
class TuningPanes;

class WorkloadPanes : public QObject
{
    Q_OBJECT

public:
    WorkloadPanes(QTabWidget *centralTabs, DocumentController *documents, SqlPanes *sql, TuningPanes *tuning,
                  QObject *parent = nullptr);

    /// The panel, built now if it was not.
    workload::ui::WorkloadPanel *panel();
    void show();

signals:
    void message(const QString &text);

private:
    QWidget *build();
    void followModel(workload::ui::WorkloadPanel *panel);
    void reconnectEngineTabs();

    QTabWidget *m_central;
    DocumentController *m_documents;
    SqlPanes *m_sql;
    TuningPanes *m_tuning;
    LazyPane *m_pane;
    QString m_opened; ///< the workload file opened for the model (replaced by the next model's while untouched)
};

} // namespace strata::app

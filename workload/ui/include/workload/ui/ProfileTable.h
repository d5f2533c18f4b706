// The profile's statements as a sortable table: executions, p50/p95/p99/max latency, rows returned,
// errors, the engine's counters per execution (SQLite's full-scan steps, sorts, automatic indexes,
// VM steps; PostgreSQL's rows examined) and the plan in one line, with a total row under them.
#pragma once

#include <QTableWidget>
#include <workload/WorkloadProfile.h>

namespace strata::workload::ui {

class ProfileTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ProfileTable(QWidget *parent = nullptr);

    void setProfile(const WorkloadProfile &profile);
    /// The index in the profile's statements of a row (-1 for the total row or no row).
    int statementAt(int row) const;
    int currentStatement() const;
    void selectStatement(int statement);
    /// The row a statement is shown on (sorting moves them), or -1.
    int rowOf(const QString &statementName) const;
    /// The header's columns, for tests and the screenshot: "p95 ms", "fullscan_steps", ...
    QStringList columnTitles() const;

signals:
    /// The current row changed to a statement (-1: the total row or none).
    void statementChosen(int statement);
    /// A statement's row was double-clicked or Enter pressed on it.
    void statementActivated(int statement);
};

} // namespace strata::workload::ui

// How the workload's statements grow with the data: the model's data is made again at each size
// (the data part's sizes times each factor), the workload profiled at each, and each statement's
// latency fitted to constant / log n / n / n log n / n². A table of the verdicts and predictions, and
// the chosen statement's curve. A SQLite target gets a scratch file beside it (removed after); a
// PostgreSQL target gets the model's tables replaced at each size.
#pragma once

#include "workload/ui/WorkloadTarget.h"

#include <QWidget>
#include <workload/ScalingStudy.h>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace strata::workload::ui {

class BackgroundJob;
class JobBar;
class ScalingChart;

class ScalingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScalingPage(QWidget *parent = nullptr);
    ~ScalingPage() override;

    /// Runs the study in the background; `synth` gives the base sizes and seed. False when a run is
    /// going on or the sizes typed are not numbers (the bar says so).
    bool run(const modeler::Model &model, const Workload &workload, const WorkloadTarget &target,
             SynthOptions synth);
    void showProblem(const QString &text);

    /// "0.1, 0.3, 1": factors of the data part's sizes.
    void setScales(const QString &scales);
    void setPredictRows(qint64 rows);
    void setExecutions(int executions);
    /// The sizes typed, or an Error naming the one that is not a number above 0.
    Result<QList<double>> scales() const;

    const ScalingReport &lastReport() const { return m_report; }
    QPushButton *runButton() const { return m_run; }
    QTableWidget *table() const { return m_table; }
    ScalingChart *chart() const { return m_chart; }
    JobBar *jobBar() const { return m_bar; }
    BackgroundJob *job() const { return m_job; }

signals:
    void runRequested();
    void finished(bool ok);

private:
    QLayout *buildOptions();
    void showReport(const ScalingReport &report);
    /// Says which size the study is at, from the tables' progress.
    void trackSize(const TableProgress &progress, int sizes, const QList<double> &factors);

    QLineEdit *m_scales;
    QSpinBox *m_predict;
    QSpinBox *m_executions;
    QPushButton *m_run;
    BackgroundJob *m_job;
    JobBar *m_bar;
    QTableWidget *m_table;
    ScalingChart *m_chart;
    ScalingReport m_report;
    int m_size = 0;
    QSet<QString> m_doneAtSize;
};

} // namespace strata::workload::ui

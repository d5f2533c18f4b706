// Runs the workload and shows what it measured: executions or a duration, sessions at once and the
// seed; "Run workload" profiles in a worker with progress and Cancel. The report: a table of the
// statements (latency percentiles, rows, counters, plan), the chosen statement's latency histogram,
// its plan in the explain workbench, and the fingerprint groups.
#pragma once

#include "workload/ui/WorkloadTarget.h"

#include <explain/Plan.h>
#include <optional>
#include <QWidget>
#include <workload/Workload.h>
#include <workload/WorkloadProfile.h>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace strata::explain::ui {
class PlanWorkbench;
}

namespace strata::workload::ui {

class BackgroundJob;
class FingerprintList;
class JobBar;
class LatencyHistogram;
class NotesList;
class ProfileTable;

class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(QWidget *parent = nullptr);
    ~ProfilePage() override;

    /// Profiles the workload on the target in the background; false when a run is going on.
    bool run(const Workload &workload, const WorkloadTarget &target);
    void showProblem(const QString &text);
    /// Sets executions (or seconds, with `seconds`), sessions and seed as a user would.
    void setRunLength(int amount, bool seconds = false);
    void setConcurrency(int sessions);
    /// Shows the statement's plan in the plan tab; planOpened() follows.
    void openPlan(int statement);

    const WorkloadProfile &lastProfile() const { return m_profile; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *planButton() const { return m_planButton; }
    JobBar *jobBar() const { return m_bar; }
    BackgroundJob *job() const { return m_job; }
    ProfileTable *table() const { return m_table; }
    LatencyHistogram *histogram() const { return m_histogram; }
    explain::ui::PlanWorkbench *planWorkbench() const { return m_plan; }
    FingerprintList *fingerprints() const { return m_fingerprints; }
    NotesList *notes() const { return m_notes; }
    QTabWidget *detailTabs() const { return m_details; }
    QString summary() const;

signals:
    void runRequested();
    void finished(bool ok);
    /// A statement's plan was opened (for a plan view outside the panel); its sourceName is the statement's.
    void planOpened(const strata::explain::Plan &plan);

private:
    QLayout *buildOptions();
    void showProfile(const WorkloadProfile &profile);
    void showStatement(int statement);
    /// Puts the statement's plan in the plan tab and returns it; nothing (and the bar says why) when
    /// it has none.
    std::optional<explain::Plan> showPlan(int statement);

    QComboBox *m_lengthKind;
    QSpinBox *m_length;
    QSpinBox *m_concurrency;
    QSpinBox *m_seed;
    QPushButton *m_run;
    QPushButton *m_planButton;
    BackgroundJob *m_job;
    JobBar *m_bar;
    QLabel *m_summary;
    ProfileTable *m_table;
    QTabWidget *m_details;
    LatencyHistogram *m_histogram;
    explain::ui::PlanWorkbench *m_plan;
    FingerprintList *m_fingerprints;
    NotesList *m_notes;
    WorkloadProfile m_profile;
};

} // namespace strata::workload::ui

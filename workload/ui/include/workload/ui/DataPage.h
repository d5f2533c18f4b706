// The panel's data part: table sizes, scale and seed; "Generate data" runs the Synthesizer in a
// worker, with a progress bar per table (rows, rows/s) and Cancel. After a cancel or a failure it
// looks at the target and says what is there: the run is rolled back, so none of its tables are.
#pragma once

#include "workload/ui/WorkloadTarget.h"

#include <modeler/Model.h>
#include <QWidget>
#include <workload/SynthReport.h>

class QCheckBox;
class QPushButton;

namespace strata::workload::ui {

class BackgroundJob;
class JobBar;
class NotesList;
class SynthProgressList;
class TableSizesEditor;

class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);
    ~DataPage() override;

    void setModel(const modeler::Model &model);
    /// Generates the model's data into the target in the background; false when a run is going on.
    bool generate(const modeler::Model &model, const WorkloadTarget &target);
    /// Shows why a run could not start.
    void showProblem(const QString &text);

    TableSizesEditor *sizes() const { return m_sizes; }
    SynthProgressList *progressList() const { return m_progress; }
    QPushButton *generateButton() const { return m_generate; }
    QCheckBox *replaceBox() const { return m_replace; }
    JobBar *jobBar() const { return m_bar; }
    BackgroundJob *job() const { return m_job; }
    NotesList *notes() const { return m_notes; }
    /// The last run's report (empty until one succeeds).
    const SynthReport &lastReport() const { return m_report; }

signals:
    /// The button was pressed: the panel calls generate() with the model and target.
    void generateRequested();
    /// A run ended; `ok` false when it failed or was cancelled (the bar says what is left).
    void finished(bool ok);

private:
    struct Outcome;
    void showOutcome(const Outcome &outcome, const QString &where, quint64 seed);

    TableSizesEditor *m_sizes;
    QCheckBox *m_replace;
    QPushButton *m_generate;
    BackgroundJob *m_job;
    JobBar *m_bar;
    SynthProgressList *m_progress;
    NotesList *m_notes;
    SynthReport m_report;
};

} // namespace strata::workload::ui

// Index advice on the target's data: rounds, the least gain that counts and how many candidates to
// try; "Advise indexes" runs the IndexAdvisor in a worker with progress and Cancel (the database is
// left as it was). "Add to model" puts the chosen kept index into the open model as one undoable
// step, so that it shows in the diagram, the tree and the DDL.
#pragma once

#include "workload/ui/WorkloadTarget.h"

#include <QWidget>
#include <workload/IndexAdvice.h>
#include <workload/Workload.h>

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace strata::modeler::ui {
class ModelDocument;
}

namespace strata::workload::ui {

class BackgroundJob;
class IndexAdviceView;
class JobBar;
class NotesList;

class AdvicePage : public QWidget
{
    Q_OBJECT

public:
    explicit AdvicePage(QWidget *parent = nullptr);
    ~AdvicePage() override;

    /// The model that "Add to model" edits (may be null: the action is then off).
    void setDocument(modeler::ui::ModelDocument *document);
    bool run(const Workload &workload, const WorkloadTarget &target);
    void showProblem(const QString &text);
    void setRounds(int rounds);
    /// Adds a kept index to the model as one undo step; the Error says why not.
    Result<void> addToModel(int kept);

    const IndexAdvice &lastAdvice() const { return m_advice; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *addButton() const { return m_add; }
    IndexAdviceView *view() const { return m_view; }
    JobBar *jobBar() const { return m_bar; }
    BackgroundJob *job() const { return m_job; }
    NotesList *notes() const { return m_notes; }

signals:
    void runRequested();
    void finished(bool ok);
    void message(const QString &text);

private:
    QLayout *buildOptions();
    void showAdvice(const IndexAdvice &advice);
    /// Marks the kept indexes the model has and sets "Add to model" for the chosen one.
    void updateInModel();

    modeler::ui::ModelDocument *m_document = nullptr;
    QSpinBox *m_rounds;
    QDoubleSpinBox *m_minGain;
    QSpinBox *m_candidates;
    QPushButton *m_run;
    QPushButton *m_add;
    BackgroundJob *m_job;
    JobBar *m_bar;
    IndexAdviceView *m_view;
    NotesList *m_notes;
    IndexAdvice m_advice;
};

} // namespace strata::workload::ui

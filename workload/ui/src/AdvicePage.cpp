#include "workload/ui/AdvicePage.h"

#include "workload/ui/AdvisedIndex.h"
#include "workload/ui/BackgroundJob.h"
#include "workload/ui/IndexAdviceView.h"
#include "workload/ui/JobBar.h"
#include "workload/ui/NotesList.h"

#include <modeler/ui/ModelDocument.h>
#include <modeler/ui/ModelEdits.h>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <workload/IndexAdvisor.h>

namespace strata::workload::ui {

AdvicePage::AdvicePage(QWidget *parent)
    : QWidget(parent), m_rounds(new QSpinBox(this)), m_minGain(new QDoubleSpinBox(this)),
      m_candidates(new QSpinBox(this)), m_run(new QPushButton(tr("Advise indexes"), this)),
      m_add(new QPushButton(tr("Add to model"), this)), m_job(new BackgroundJob(this)),
      m_bar(new JobBar(m_job, this)), m_view(new IndexAdviceView(this)), m_notes(new NotesList(this))
{
    m_run->setObjectName(QStringLiteral("runAdvice"));
    m_add->setObjectName(QStringLiteral("addIndexToModel"));
    m_add->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildOptions());
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);
    connect(m_run, &QPushButton::clicked, this, &AdvicePage::runRequested);
    connect(m_job, &BackgroundJob::started, this, [this] { m_run->setEnabled(false); });
    connect(m_job, &BackgroundJob::finished, this, [this] { m_run->setEnabled(true); });
    connect(m_view, &IndexAdviceView::keptChosen, this, &AdvicePage::updateInModel);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (auto added = addToModel(m_view->currentKept()); !added)
            m_bar->setMessage(tr("Not added: %1").arg(added.error().message));
    });
}

AdvicePage::~AdvicePage()
{
    m_job->cancel();
    m_job->waitForFinished();
}

QLayout *AdvicePage::buildOptions()
{
    m_rounds->setRange(1, 100);
    m_rounds->setValue(5);
    m_rounds->setToolTip(tr("Timing rounds per measurement: an index is kept when every round with it beats "
                            "every round without"));
    m_minGain->setRange(0, 99);
    m_minGain->setValue(10);
    m_minGain->setSuffix(QStringLiteral(" %"));
    m_minGain->setToolTip(tr("The least speedup that counts"));
    m_candidates->setRange(1, 200);
    m_candidates->setValue(16);
    m_candidates->setToolTip(
        tr("Try at most this many candidate indexes, the most weighted statements' first"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Rounds:"), this));
    row->addWidget(m_rounds);
    row->addWidget(new QLabel(tr("Least gain:"), this));
    row->addWidget(m_minGain);
    row->addWidget(new QLabel(tr("Candidates:"), this));
    row->addWidget(m_candidates);
    row->addStretch();
    row->addWidget(m_add);
    row->addWidget(m_run);
    return row;
}

void AdvicePage::setDocument(modeler::ui::ModelDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &modeler::ui::ModelDocument::changed, this, &AdvicePage::updateInModel);
        connect(m_document, &modeler::ui::ModelDocument::modelReset, this, &AdvicePage::updateInModel);
    }
    updateInModel();
}

void AdvicePage::setRounds(int rounds)
{
    m_rounds->setValue(rounds);
}

void AdvicePage::showProblem(const QString &text)
{
    m_bar->setMessage(text);
}

bool AdvicePage::run(const Workload &workload, const WorkloadTarget &target)
{
    if (m_job->isRunning())
        return false;
    AdviseOptions options;
    options.rounds = m_rounds->value();
    options.minimumGain = m_minGain->value() / 100;
    options.maxCandidates = m_candidates->value();
    return m_job->run<IndexAdvice>(
        [workload, target, options](TaskControl &control) -> Result<IndexAdvice> {
            auto session = target.open();
            if (!session)
                return session.error();
            return IndexAdvisor::run(workload, **session, options, &control);
        },
        [this](const Result<IndexAdvice> &advice) {
            if (advice)
                showAdvice(*advice);
            else
                m_bar->showStopped(advice.error(), tr("Cancelled: every index tried was rolled back"),
                                   tr("No advice: %1"));
            emit finished(advice.ok());
        });
}

void AdvicePage::showAdvice(const IndexAdvice &advice)
{
    m_advice = advice;
    m_view->setAdvice(advice);
    m_notes->setNotes(advice.notes);
    m_bar->showDone(
        advice.kept.isEmpty()
            ? tr("No index helped beyond its timings on %1; %2 tried. The database is as it was.")
                  .arg(advice.database)
                  .arg(advice.rejected.size())
            : tr("%1 of %2 indexes tried help on %3. The database is as it was: add them to the model to "
                 "keep them.")
                  .arg(advice.kept.size())
                  .arg(advice.kept.size() + advice.rejected.size())
                  .arg(advice.database));
    if (!advice.kept.isEmpty())
        m_view->selectKept(0);
    updateInModel();
}

void AdvicePage::updateInModel()
{
    const int current = m_view->currentKept();
    QString why;
    for (int k = 0; k < m_advice.kept.size(); ++k) {
        Result<AdvisedIndex> advised = m_document
                                           ? AdvisedIndex::forModel(m_document->model(), m_advice.kept[k])
                                           : Result<AdvisedIndex>(Error(tr("no model is open")));
        m_view->setInModel(k, !advised && advised.error().code == u"workload.index-exists");
        if (k == current && !advised)
            why = advised.error().message;
    }
    const bool can = current >= 0 && current < m_advice.kept.size() && why.isEmpty();
    m_add->setEnabled(can);
    m_add->setToolTip(can ? tr("Add the chosen index to the model (one step: Undo takes it out)") : why);
}

Result<void> AdvicePage::addToModel(int kept)
{
    if (!m_document)
        return Error(tr("no model is open"));
    if (kept < 0 || kept >= m_advice.kept.size())
        return Error(tr("choose a kept index"));
    auto advised = AdvisedIndex::forModel(m_document->model(), m_advice.kept[kept]);
    if (!advised)
        return advised.error();
    modeler::Table table = *m_document->model().table(advised->tableId);
    table.indexes << advised->index;
    modeler::ui::ModelEdits(m_document).updateTable(table, tr("Add index %1").arg(advised->index.name));
    const QString text = tr("Added index %1 to %2 (Undo takes it out)").arg(advised->index.name, table.name);
    m_bar->setMessage(text);
    emit message(text);
    return Result<void>::success();
}

} // namespace strata::workload::ui

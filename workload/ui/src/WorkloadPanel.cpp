#include "workload/ui/WorkloadPanel.h"

#include "workload/ui/AdvicePage.h"
#include "workload/ui/BackgroundJob.h"
#include "workload/ui/DataPage.h"
#include "workload/ui/ProfilePage.h"
#include "workload/ui/ScalingPage.h"
#include "workload/ui/TableSizesEditor.h"
#include "workload/ui/TargetBar.h"
#include "workload/ui/WorkloadEditor.h"

#include <modeler/ui/ModelDocument.h>
#include <QGroupBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <workload/Synthesizer.h>

namespace strata::workload::ui {

WorkloadPanel::WorkloadPanel(modeler::ui::ModelDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_target(new TargetBar(this)), m_data(new DataPage(this)),
      m_editor(new WorkloadEditor(this)), m_results(new QTabWidget(this)), m_profile(new ProfilePage(this)),
      m_scaling(new ScalingPage(this)), m_advice(new AdvicePage(this))
{
    setObjectName(QStringLiteral("workloadPanel"));
    m_results->addTab(m_profile, tr("Profile"));
    m_results->addTab(m_scaling, tr("Scaling"));
    m_results->addTab(m_advice, tr("Index advice"));
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(group(tr("Data"), m_data));
    left->addWidget(group(tr("Workload"), m_editor));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_results);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({2000, 3000}); // in that ratio from the start, not from the size hints
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_target);
    layout->addWidget(split, 1);

    m_advice->setDocument(document);
    m_data->setModel(document->model());
    connect(document, &modeler::ui::ModelDocument::modelReset, this,
            [this] { m_data->setModel(m_document->model()); });
    connect(document, &modeler::ui::ModelDocument::changed, this,
            [this](const modeler::ui::ModelChange &change) {
                if (!change.tables.isEmpty())
                    m_data->setModel(m_document->model());
            });
    connect(m_data, &DataPage::generateRequested, this, &WorkloadPanel::generateData);
    connect(m_profile, &ProfilePage::runRequested, this, &WorkloadPanel::runWorkload);
    connect(m_editor, &WorkloadEditor::runRequested, this, &WorkloadPanel::runWorkload);
    connect(m_scaling, &ScalingPage::runRequested, this, &WorkloadPanel::runScaling);
    connect(m_advice, &AdvicePage::runRequested, this, &WorkloadPanel::runAdvice);
    connect(m_advice, &AdvicePage::message, this, &WorkloadPanel::message);
    connect(m_editor, &WorkloadEditor::message, this, &WorkloadPanel::message);
    connect(m_profile, &ProfilePage::planOpened, this, &WorkloadPanel::planRequested);
    for (BackgroundJob *job : {m_data->job(), m_profile->job(), m_scaling->job(), m_advice->job()}) {
        connect(job, &BackgroundJob::started, this, &WorkloadPanel::updateButtons);
        connect(job, &BackgroundJob::finished, this, &WorkloadPanel::updateButtons);
    }
}

WorkloadPanel::~WorkloadPanel() = default;

QWidget *WorkloadPanel::group(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

void WorkloadPanel::setModelFile(const QString &modelFile)
{
    setEnginePath(modelFile.isEmpty() ? QString() : Synthesizer::defaultSqlitePath(modelFile));
}

void WorkloadPanel::setEnginePath(const QString &path)
{
    m_target->setEnginePath(path);
}

void WorkloadPanel::setConnectionStore(connectors::ConnectionStore *store)
{
    m_target->setConnectionStore(store);
}

bool WorkloadPanel::isBusy() const
{
    return m_data->job()->isRunning() || m_profile->job()->isRunning() || m_scaling->job()->isRunning() ||
           m_advice->job()->isRunning();
}

void WorkloadPanel::updateButtons()
{
    // One job at a time: generating replaces the data the others read.
    const bool idle = !isBusy();
    emit busyChanged(!idle);
    for (QPushButton *b :
         {m_data->generateButton(), m_profile->runButton(), m_scaling->runButton(), m_advice->runButton()})
        b->setEnabled(idle);
}

bool WorkloadPanel::generateData()
{
    if (isBusy())
        return false;
    auto target = m_target->target();
    if (!target) {
        m_data->showProblem(target.error().message);
        return false;
    }
    return m_data->generate(m_document->model(), *target);
}

std::optional<WorkloadPanel::RunInputs>
WorkloadPanel::inputs(QWidget *page, const std::function<void(const QString &)> &problem)
{
    if (isBusy())
        return std::nullopt;
    m_results->setCurrentWidget(page);
    auto target = m_target->target();
    auto workload = target ? m_editor->workload() : Result<Workload>(target.error());
    if (!workload) {
        problem(workload.error().toString());
        return std::nullopt;
    }
    return RunInputs{*target, *workload};
}

bool WorkloadPanel::runWorkload()
{
    const auto in = inputs(m_profile, [this](const QString &text) { m_profile->showProblem(text); });
    return in && m_profile->run(in->workload, in->target);
}

bool WorkloadPanel::runScaling()
{
    const auto in = inputs(m_scaling, [this](const QString &text) { m_scaling->showProblem(text); });
    return in && m_scaling->run(m_document->model(), in->workload, in->target, m_data->sizes()->options());
}

bool WorkloadPanel::runAdvice()
{
    const auto in = inputs(m_advice, [this](const QString &text) { m_advice->showProblem(text); });
    return in && m_advice->run(in->workload, in->target);
}

} // namespace strata::workload::ui

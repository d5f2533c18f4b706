#include "workload/ui/ProfilePage.h"

#include "workload/ui/BackgroundJob.h"
#include "workload/ui/FingerprintList.h"
#include "workload/ui/JobBar.h"
#include "workload/ui/LatencyHistogram.h"
#include "workload/ui/NotesList.h"
#include "workload/ui/ProfileTable.h"

#include <explain/ui/PlanWorkbench.h>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <workload/Profiler.h>
#include <workload/ProfileReport.h>

namespace strata::workload::ui {

ProfilePage::ProfilePage(QWidget *parent)
    : QWidget(parent), m_lengthKind(new QComboBox(this)), m_length(new QSpinBox(this)),
      m_concurrency(new QSpinBox(this)), m_seed(new QSpinBox(this)),
      m_run(new QPushButton(tr("Run workload"), this)), m_planButton(new QPushButton(tr("Show plan"), this)),
      m_job(new BackgroundJob(this)), m_bar(new JobBar(m_job, this)), m_summary(new QLabel(this)),
      m_table(new ProfileTable(this)), m_details(new QTabWidget(this)),
      m_histogram(new LatencyHistogram(this)), m_plan(new explain::ui::PlanWorkbench(this)),
      m_fingerprints(new FingerprintList(this)), m_notes(new NotesList(this))
{
    m_run->setObjectName(QStringLiteral("runWorkload"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planButton->setEnabled(false);
    m_planButton->setToolTip(
        tr("Open the chosen statement's plan in the plan view (or double-click its row)"));
    m_details->setDocumentMode(true);
    m_details->addTab(m_histogram, tr("Latency histogram"));
    m_details->addTab(m_plan, tr("Plan"));
    m_details->addTab(m_fingerprints, tr("Fingerprints"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setSizes({1000, 1000}); // the statements and the chosen one's details, half each
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildOptions());
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);

    connect(m_run, &QPushButton::clicked, this, &ProfilePage::runRequested);
    connect(m_job, &BackgroundJob::started, this, [this] { m_run->setEnabled(false); });
    connect(m_job, &BackgroundJob::finished, this, [this] { m_run->setEnabled(true); });
    connect(m_table, &ProfileTable::statementChosen, this, &ProfilePage::showStatement);
    connect(m_table, &ProfileTable::statementActivated, this, &ProfilePage::openPlan);
    connect(m_planButton, &QPushButton::clicked, this, [this] { openPlan(m_table->currentStatement()); });
}

ProfilePage::~ProfilePage()
{
    m_job->cancel();
    m_job->waitForFinished();
}

QLayout *ProfilePage::buildOptions()
{
    m_lengthKind->addItems({tr("Executions"), tr("Seconds")});
    m_length->setRange(1, 100000000);
    m_length->setValue(1000);
    m_length->setGroupSeparatorShown(true);
    connect(m_lengthKind, &QComboBox::currentIndexChanged, this,
            [this](int kind) { m_length->setValue(kind == 0 ? 1000 : 10); });
    m_concurrency->setRange(1, 64);
    m_concurrency->setToolTip(tr("Sessions running statements at once"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The seed of the statement order and the parameters"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_lengthKind);
    row->addWidget(m_length);
    row->addWidget(new QLabel(tr("Sessions:"), this));
    row->addWidget(m_concurrency);
    row->addWidget(new QLabel(tr("Seed:"), this));
    row->addWidget(m_seed);
    row->addStretch();
    row->addWidget(m_planButton);
    row->addWidget(m_run);
    return row;
}

void ProfilePage::setRunLength(int amount, bool seconds)
{
    m_lengthKind->setCurrentIndex(seconds ? 1 : 0);
    m_length->setValue(amount);
}

void ProfilePage::setConcurrency(int sessions)
{
    m_concurrency->setValue(sessions);
}

void ProfilePage::showProblem(const QString &text)
{
    m_bar->setMessage(text);
}

bool ProfilePage::run(const Workload &workload, const WorkloadTarget &target)
{
    if (m_job->isRunning())
        return false;
    ProfileOptions options;
    if (m_lengthKind->currentIndex() == 0)
        options.iterations = m_length->value();
    else
        options.durationSeconds = m_length->value();
    options.concurrency = m_concurrency->value();
    options.seed = quint64(m_seed->value());
    options.openSession = [target] {
        return target.open();
    };
    return m_job->run<WorkloadProfile>(
        [workload, target, options](TaskControl &control) -> Result<WorkloadProfile> {
            auto session = target.open();
            if (!session)
                return session.error();
            return Profiler::run(workload, **session, options, &control);
        },
        [this](const Result<WorkloadProfile> &profile) {
            if (profile)
                showProfile(*profile);
            else
                m_bar->showStopped(profile.error(),
                                   tr("Cancelled: nothing was measured to the end, so no report"),
                                   tr("The workload did not run: %1"));
            emit finished(profile.ok());
        });
}

void ProfilePage::showProfile(const WorkloadProfile &profile)
{
    m_profile = profile;
    const QLocale locale;
    m_bar->showDone(tr("Ran %1 executions on %2 (%3) in %4 s")
                        .arg(locale.toString(profile.total.count), profile.database, profile.engine,
                             QString::number(profile.seconds, 'f', 2)));
    m_summary->setText(summary());
    m_table->setProfile(profile);
    m_fingerprints->setGroups(profile.fingerprints);
    m_notes->setNotes(profile.notes);
    m_histogram->clearStatement();
    m_planButton->setEnabled(false);
    if (!profile.statements.isEmpty())
        m_table->selectStatement(0);
}

QString ProfilePage::summary() const
{
    const LatencySummary &t = m_profile.total;
    if (t.count == 0)
        return {};
    return tr("%1 executions/s with %2 session(s); all statements: p50 %3 ms, p95 %4 ms, p99 %5 ms, max %6 "
              "ms")
        .arg(QLocale().toString(qint64(m_profile.executionsPerSecond)))
        .arg(m_profile.concurrency)
        .arg(ProfileReport::milliseconds(t.p50), ProfileReport::milliseconds(t.p95),
             ProfileReport::milliseconds(t.p99), ProfileReport::milliseconds(t.max));
}

void ProfilePage::showStatement(int statement)
{
    if (statement < 0 || statement >= m_profile.statements.size()) {
        m_histogram->clearStatement();
        m_planButton->setEnabled(false);
        return;
    }
    m_histogram->setStatement(m_profile.statements[statement]);
    m_planButton->setEnabled(!m_profile.statements[statement].explainPlan.isEmpty());
    if (m_details->currentWidget() == m_plan)
        showPlan(statement); // the plan tab follows the choice while it is shown
}

void ProfilePage::openPlan(int statement)
{
    if (const std::optional<explain::Plan> plan = showPlan(statement))
        emit planOpened(*plan);
}

std::optional<explain::Plan> ProfilePage::showPlan(int statement)
{
    if (statement < 0 || statement >= m_profile.statements.size())
        return std::nullopt;
    const StatementProfile &s = m_profile.statements[statement];
    if (s.explainPlan.isEmpty()) {
        m_bar->setMessage(tr("%1 has no plan: see the notes").arg(s.name));
        return std::nullopt;
    }
    explain::Plan plan = s.explainPlan;
    plan.sourceName = s.name;
    m_plan->setPlan(plan);
    m_details->setCurrentWidget(m_plan);
    return plan;
}

} // namespace strata::workload::ui

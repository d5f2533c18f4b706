#include "TuningPanes.h"

#include "LazyPane.h"

#include <explain/ui/PlanWorkbench.h>

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QTabWidget>

namespace strata::app {

using connectors::ui::ExplainedPlan;
using explain::ui::PlanWorkbench;

namespace {

constexpr int keptPlans = 5;

} // namespace

TuningPanes::TuningPanes(QTabWidget *centralTabs, QObject *parent)
    : QObject(parent), m_central(centralTabs), m_pane(new LazyPane([this] { return build(); })),
      m_compare(new QAction(tr("&Compare with previous plan"), this))
{
    m_pane->setObjectName(QStringLiteral("planPane"));
    centralTabs->addTab(m_pane, tr("Plan"));
    m_compare->setObjectName(QStringLiteral("comparePlans"));
    m_compare->setToolTip(tr("Show this statement's plan beside its previous one"));
    m_compare->setEnabled(false);
    connect(m_compare, &QAction::triggered, this, &TuningPanes::compareWithPrevious);
}

QWidget *TuningPanes::build()
{
    auto *bench = new PlanWorkbench;
    connect(bench, &PlanWorkbench::planShown, this, [this, bench] {
        if (std::exchange(m_comparing, false))
            return; // the comparison shows the newer plan: nothing new to keep
        // Kept once parsed, so that a comparison needs no second reading.
        m_shownKey = std::exchange(m_pendingKey, QString());
        if (!m_shownKey.isEmpty() && bench->plan()) {
            QList<explain::Plan> &plans = m_history[m_shownKey];
            plans.append(*bench->plan());
            if (plans.size() > keptPlans)
                plans.removeFirst();
        }
        m_compare->setEnabled(canCompare());
        if (canCompare())
            emit message(tr("This statement was explained before: Plan ▸ Compare with previous plan shows both"));
    });
    connect(bench, &PlanWorkbench::errorOccurred, this, [this](const Error &error) {
        m_pendingKey.clear();
        emit message(tr("No plan: %1").arg(error.toString()));
    });
    return bench;
}

PlanWorkbench *TuningPanes::workbench()
{
    return static_cast<PlanWorkbench *>(m_pane->content());
}

bool TuningPanes::isBuilt() const
{
    return m_pane->isBuilt();
}

void TuningPanes::show()
{
    m_central->setCurrentWidget(m_pane);
}

QString TuningPanes::statementKey(const ExplainedPlan &plan)
{
    // The same statement on the same connection, however it is spaced; ANALYZE or not alike, so
    // that an estimate can be compared with what happened.
    return plan.connection + u'\n' + plan.statement.simplified();
}

void TuningPanes::showPlan(const ExplainedPlan &plan)
{
    PlanWorkbench *bench = workbench();
    m_pendingKey = statementKey(plan);
    const QString kind = plan.analyze ? tr("EXPLAIN ANALYZE") : tr("EXPLAIN");
    bench->openText(plan.planText, QStringLiteral("%1 %2").arg(kind, plan.statement.simplified().left(60)));
    show();
}

bool TuningPanes::canCompare() const
{
    return m_history.value(m_shownKey).size() >= 2;
}

void TuningPanes::compareWithPrevious()
{
    const QList<explain::Plan> plans = m_history.value(m_shownKey);
    if (plans.size() < 2) {
        emit message(tr("Explain the statement twice (before and after a change) to compare its plans"));
        return;
    }
    m_comparing = true;
    workbench()->compare(plans[plans.size() - 2], plans.last());
    show();
}

void TuningPanes::fillMenu(QMenu *menu)
{
    menu->addAction(m_compare);
    QAction *paste = menu->addAction(tr("&Paste plan"), this, [this] {
        workbench()->paste();
        show();
    });
    paste->setObjectName(QStringLiteral("pastePlan"));
    paste->setToolTip(tr("Open a plan copied from elsewhere: PostgreSQL's JSON or text, or SQLite's EXPLAIN QUERY PLAN"));
    menu->addAction(tr("&Open plan file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_central->window(), tr("Open plan"), {},
                                                          tr("Plans (*.json *.txt *.plan);;All files (*)"));
        if (path.isEmpty())
            return;
        workbench()->openFile(path);
        show();
    });
}

} // namespace strata::app

#include "explain/ui/PlanSearchBar.h"

#include <explain/PlanSearch.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace strata::explain::ui {

PlanSearchBar::PlanSearchBar(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setPlaceholderText(tr("Find a node: type, table, index, condition…"));
    m_edit->setClearButtonEnabled(true);
    auto *previousButton = new QToolButton(this);
    previousButton->setArrowType(Qt::UpArrow);
    previousButton->setToolTip(tr("Previous match"));
    auto *nextButton = new QToolButton(this);
    nextButton->setArrowType(Qt::DownArrow);
    nextButton->setToolTip(tr("Next match (Enter)"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    connect(m_edit, &QLineEdit::textChanged, this, &PlanSearchBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &PlanSearchBar::next);
    connect(nextButton, &QToolButton::clicked, this, &PlanSearchBar::next);
    connect(previousButton, &QToolButton::clicked, this, &PlanSearchBar::previous);
}

void PlanSearchBar::setPlan(std::shared_ptr<const Plan> plan)
{
    m_plan = std::move(plan);
    search();
}

void PlanSearchBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void PlanSearchBar::search()
{
    m_matches = m_plan ? PlanSearch::find(*m_plan, m_edit->text()) : QList<int>();
    m_current = -1;
    m_count->setText(m_edit->text().trimmed().isEmpty() ? QString() : tr("%n match(es)", nullptr, int(m_matches.size())));
    emit matchesChanged(m_matches);
    if (!m_matches.isEmpty())
        choose(0);
}

void PlanSearchBar::choose(int at)
{
    m_current = at;
    m_count->setText(tr("%1 of %2").arg(at + 1).arg(m_matches.size()));
    emit nodeChosen(m_matches[at]);
}

void PlanSearchBar::next()
{
    if (!m_matches.isEmpty())
        choose(int((m_current + 1) % m_matches.size()));
}

void PlanSearchBar::previous()
{
    if (!m_matches.isEmpty())
        choose(int((m_current - 1 + m_matches.size()) % m_matches.size()));
}

} // namespace strata::explain::ui

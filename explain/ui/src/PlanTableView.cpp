#include "explain/ui/PlanTableView.h"

#include "explain/ui/PlanTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace strata::explain::ui {

PlanTableView::PlanTableView(QWidget *parent)
    : QTableView(parent), m_model(new PlanTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanTableModel::SortRole);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(PlanTableModel::Number, Qt::AscendingOrder);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(PlanTableModel::Node, QHeaderView::Stretch);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid())
            emit nodeSelected(current.data(PlanTableModel::NodeRole).toInt());
    });
}

void PlanTableView::setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis)
{
    m_model->setPlan(std::move(plan), std::move(analysis));
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c) {
        if (c != PlanTableModel::Node)
            resizeColumnToContents(c);
    }
}

void PlanTableView::selectNode(int node)
{
    if (node < 0 || node >= m_model->rowCount())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(node, PlanTableModel::Node));
    m_selecting = true;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    m_selecting = false;
}

QList<int> PlanTableView::nodesInViewOrder() const
{
    QList<int> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out << m_proxy->index(r, 0).data(PlanTableModel::NodeRole).toInt();
    return out;
}

} // namespace strata::explain::ui

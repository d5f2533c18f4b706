// The table of a plan (PlanTableModel), sortable; choosing a row chooses its node.
#pragma once

#include <explain/PlanAnalysis.h>

#include <QTableView>

#include <memory>

class QSortFilterProxyModel;

namespace strata::explain::ui {

class PlanTableModel;

class PlanTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PlanTableView(QWidget *parent = nullptr);
    void setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);
    void selectNode(int node);
    /// Node of each row as shown (after sorting), for tests and exports.
    QList<int> nodesInViewOrder() const;

signals:
    void nodeSelected(int node);

private:
    PlanTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_selecting = false;
};

} // namespace strata::explain::ui

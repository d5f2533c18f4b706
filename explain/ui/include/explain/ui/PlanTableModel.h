// The plan as a table, one row per node in plan order with the tree drawn in the first column
// (like explain.depesz.com): exclusive and inclusive time, rows against the estimate, loops,
// buffers, cost. Sorting by a column ranks nodes; sorting by # restores the tree.
#pragma once

#include <explain/PlanAnalysis.h>

#include <QAbstractTableModel>

#include <memory>

namespace strata::explain::ui {

class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Node, Exclusive, Share, Inclusive, Rows, Estimated, Misestimate, Loops, Buffers, Cost, ColumnCount };
    /// The role holding a cell's raw number, for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The role holding the node index of a row.
    static constexpr int NodeRole = Qt::UserRole + 2;

    explicit PlanTableModel(QObject *parent = nullptr);
    void setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const Plan> m_plan;
    std::shared_ptr<const PlanAnalysis> m_analysis;
    QStringList m_prefixes;
    double m_maxTime = 0;
};

} // namespace strata::explain::ui

// The most expensive operations, grouped by kind and table (OperationStats), sortable by any
// column; choosing one highlights all its nodes and chooses the first.
#pragma once

#include <explain/OperationStats.h>

#include <QTreeWidget>

#include <memory>

namespace strata::explain::ui {

class OperationsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit OperationsView(QWidget *parent = nullptr);
    void setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);

signals:
    void nodesChosen(const QList<int> &nodes);
};

} // namespace strata::explain::ui

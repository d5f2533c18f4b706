// Everything about one node: what the analysis measured (exclusive time, rows against the
// estimate, buffers, spills) and then every field the database reported, in PostgreSQL's order,
// nested values as subtrees.
#pragma once

#include <explain/PlanAnalysis.h>

#include <QTreeWidget>

#include <memory>

namespace strata::explain::ui {

class NodeDetailsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NodeDetailsView(QWidget *parent = nullptr);
    void setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);
    void showNode(int node);
    /// The plan's summary (planning and execution time, settings, JIT, triggers) when no node is chosen.
    void showSummary();
    int node() const { return m_node; }
    /// The value shown for a field name ("Filter", "Exclusive time"), empty when not shown.
    QString valueOf(const QString &name) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addMeasures(const PlanNode &n, const NodeMetrics &m);
    QTreeWidgetItem *addSection(const QString &title);

    std::shared_ptr<const Plan> m_plan;
    std::shared_ptr<const PlanAnalysis> m_analysis;
    int m_node = -1;
};

} // namespace strata::explain::ui

// The findings of a plan, most costly first, each with what to do; clicking one chooses the node
// it is about.
#pragma once

#include <explain/PlanAnalysis.h>

#include <QTextBrowser>

#include <memory>

namespace strata::explain::ui {

class FindingsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);
    void setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);
    int count() const { return m_count; }
    /// As if the user clicked the i-th finding.
    void choose(int finding);

signals:
    void nodeSelected(int node);

private:
    std::shared_ptr<const PlanAnalysis> m_analysis;
    int m_count = 0;
};

} // namespace strata::explain::ui

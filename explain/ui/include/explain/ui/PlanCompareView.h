// Two plans of one query side by side, before and after: totals with their change, both drawings
// coloured by how much each node's time changed (green faster, red slower, dashed when the node
// has no counterpart), and a table of the matched nodes. Choosing a node chooses its match.
#pragma once

#include <explain/PlanComparison.h>

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace strata::explain::ui {

class PlanGraphView;
class PlanScene;

class PlanCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanCompareView(QWidget *parent = nullptr);

    void compare(std::shared_ptr<const Plan> before, std::shared_ptr<const PlanAnalysis> beforeAnalysis,
                 std::shared_ptr<const Plan> after, std::shared_ptr<const PlanAnalysis> afterAnalysis);
    const PlanComparison *comparison() const { return m_comparison.get(); }
    PlanScene *beforeScene() const { return m_beforeScene; }
    PlanScene *afterScene() const { return m_afterScene; }
    PlanGraphView *beforeView() const { return m_beforeView; }
    PlanGraphView *afterView() const { return m_afterView; }
    QTableWidget *pairsTable() const { return m_pairs; }
    QString totalsText() const;

    /// Chooses a pair by either of its nodes (-1 for the other side).
    void selectPair(int beforeNode, int afterNode);

signals:
    void pairSelected(int beforeNode, int afterNode);

private:
    void fillTotals();
    void fillPairs();

    std::shared_ptr<const Plan> m_before, m_after;
    std::unique_ptr<PlanComparison> m_comparison;
    QLabel *m_totals;
    PlanScene *m_beforeScene, *m_afterScene;
    PlanGraphView *m_beforeView, *m_afterView;
    QTableWidget *m_pairs;
    bool m_selecting = false;
};

} // namespace strata::explain::ui

// The drawing of a plan: one card per node laid out as a tidy tree, edges as wide as the rows they
// carry, coloured by a metric; subtrees collapse. Painting is cheap per card and drops detail when
// zoomed out, so ten thousand nodes stay fluid. Also used without a view to export pictures.
#pragma once

#include <explain/PlanAnalysis.h>

#include <QGraphicsScene>

#include <memory>
#include <vector>

namespace strata::explain::ui {

class NodeCardItem;
class PlanEdgesItem;

class PlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr double cardWidth = 250;
    static constexpr double cardHeight = 104;
    static constexpr double toggleSpace = 22; ///< under a card: the collapse toggle
    /// A node with more children shows them in rows below it (an Append over many partitions).
    static constexpr int maxChildrenInRow = 12;

    explicit PlanScene(QObject *parent = nullptr);
    ~PlanScene() override;

    /// Shows a plan (replacing any before). Builds the items and lays them out.
    void setPlan(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);
    const Plan *plan() const { return m_plan.get(); }
    const PlanAnalysis *analysis() const { return m_analysis.get(); }

    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }

    /// Comparison colouring: each node's change of exclusive time (ms); NaN marks a node without a
    /// match in the other plan. Empty: back to the metric.
    void setChanges(const std::vector<double> &changes);

    void setCollapsed(int node, bool collapsed);
    bool isCollapsed(int node) const { return m_collapsed[node]; }
    void toggleCollapsed(int node) { setCollapsed(node, !m_collapsed[node]); }
    void expandAll();
    /// Collapses every node at `depth` that has children (a first look at a huge plan).
    void collapseFromDepth(int depth);

    void selectNode(int node);
    int selectedNode() const;
    void setHighlighted(const QList<int> &nodes);

    /// The card of a node in scene coordinates (expanding its ancestors when hidden).
    QRectF nodeRect(int node);
    QRectF treeRect() const { return m_treeRect; }

signals:
    void nodeSelected(int node);
    void nodeActivated(int node);

private:
    friend class NodeCardItem;
    friend class PlanEdgesItem;

    struct Card
    {
        QString title, number, target, measure, rows, note;
        double bar = 0;          ///< share for the bar, 0..1
        bool rowsAlarm = false;  ///< misestimate worth red
        int findings = 0;
        int hidden = 0;          ///< descendants, for the collapsed badge
        /// The lines as painted: elided to the card once, on the card's first full paint.
        mutable QStringList painted;
    };

    void relayout();
    void recolour();
    void buildCards();
    void onSelectionChanged();

    std::shared_ptr<const Plan> m_plan;
    std::shared_ptr<const PlanAnalysis> m_analysis;
    Metric m_metric = Metric::Time;
    std::vector<Card> m_cards;
    std::vector<double> m_heat;
    std::vector<double> m_changes;
    double m_maxChange = 0;
    std::vector<bool> m_collapsed, m_highlighted;
    std::vector<NodeCardItem *> m_items;
    PlanEdgesItem *m_edges = nullptr;
    QRectF m_treeRect;
    bool m_selecting = false;
};

} // namespace strata::explain::ui

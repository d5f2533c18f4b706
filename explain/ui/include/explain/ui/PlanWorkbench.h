// The explain workbench the IDE's main window embeds: the plan drawing with its table under it, the
// grouped operations and the comparison in tabs, the chosen node's details and the findings beside them,
// a metric to colour by, search, zoom, export. A plan pasted (Ctrl+V, or the Paste plan action) or
// dropped onto it (text or a file) opens too. Parsing and analysis run off the GUI thread; the
// pieces stay reachable for the main window and for tests.
#pragma once

#include <explain/PlanAnalysis.h>

#include <strata/Result.h>

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QMimeData;
class QVBoxLayout;
class QTabWidget;

namespace strata::explain::ui {

class FindingsView;
class NodeDetailsView;
class OperationsView;
class PlanCompareView;
class PlanGraphView;
class PlanScene;
class PlanSearchBar;
class PlanTableView;

class PlanWorkbench : public QWidget
{
    Q_OBJECT

public:
    explicit PlanWorkbench(QWidget *parent = nullptr);
    ~PlanWorkbench() override;

    /// Shows a plan. The analysis runs in the background; planShown() follows.
    void setPlan(const Plan &plan);
    /// Reads a plan of any supported kind from text in the background; planShown() or errorOccurred().
    void openText(const QString &text, const QString &sourceName = {});
    /// Reads a plan file in the background, as openText().
    void openFile(const QString &path);
    /// Opens the plan on the clipboard (the Paste plan action, Ctrl+V).
    void paste();
    /// Opens dropped or pasted data: a file, else its text. False when it holds neither.
    bool openMimeData(const QMimeData *data, const QString &sourceName);
    QAction *pasteAction() const { return m_paste; }
    /// Shows two plans of one query side by side; comparisonShown() follows.
    void compare(const Plan &before, const Plan &after);
    /// The drawing of the plan shown (the "after" plan of a comparison) as a picture.
    Result<void> exportSvg(const QString &path);
    Result<void> exportPng(const QString &path);

    void selectNode(int node);
    int selectedNode() const { return m_selected; }
    void setMetric(Metric metric);
    bool isBusy() const { return m_busy; }

    const Plan *plan() const { return m_plan.get(); }
    const PlanAnalysis *analysis() const { return m_analysis.get(); }
    PlanScene *scene() const { return m_scene; }
    PlanGraphView *graphView() const { return m_graph; }
    PlanTableView *tableView() const { return m_table; }
    NodeDetailsView *detailsView() const { return m_details; }
    FindingsView *findingsView() const { return m_findings; }
    OperationsView *operationsView() const { return m_operations; }
    PlanSearchBar *searchBar() const { return m_search; }
    PlanCompareView *compareView() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void planShown();
    void comparisonShown();
    void nodeSelected(int node);
    void errorOccurred(const strata::Error &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Loaded;
    void buildToolBar(QVBoxLayout *layout);
    void runInBackground(std::function<Loaded()> work, std::function<void(Loaded)> done);
    void display(std::shared_ptr<const Plan> plan, std::shared_ptr<const PlanAnalysis> analysis);
    void exportDialog(const QString &suffix);

    std::shared_ptr<const Plan> m_plan;
    std::shared_ptr<const PlanAnalysis> m_analysis;
    int m_selected = -1;
    int m_generation = 0;
    bool m_busy = false;
    bool m_selecting = false;
    QAction *m_paste;
    QComboBox *m_metric;
    QTabWidget *m_tabs;
    PlanScene *m_scene;
    PlanGraphView *m_graph;
    PlanTableView *m_table;
    OperationsView *m_operations;
    PlanCompareView *m_compare;
    NodeDetailsView *m_details;
    FindingsView *m_findings;
    PlanSearchBar *m_search;
};

} // namespace strata::explain::ui

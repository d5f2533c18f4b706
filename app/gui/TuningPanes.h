// The plan side of the window: the explain workbench as a tab of the central area (built the first
// time it is needed), the plans the SQL editor asks for (Explain, Explain Analyze) shown there and
// kept per statement, so that "Compare with previous plan" shows the statement's last two plans side
// by side, and plans pasted or opened from elsewhere.
#pragma once

#include <connectors/ui/ExplainedPlan.h>
#include <explain/Plan.h>

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QTabWidget;

namespace strata::explain::ui {
class PlanWorkbench;
}

namespace strata::app {

class LazyPane;

class TuningPanes : public QObject
{
    Q_OBJECT

public:
    TuningPanes(QTabWidget *centralTabs, QObject *parent = nullptr);

    explain::ui::PlanWorkbench *workbench();
    bool isBuilt() const;
    void show();
    /// Opens a plan the SQL editor asked for, and keeps it as that statement's latest plan.
    void showPlan(const connectors::ui::ExplainedPlan &plan);
    /// Whether the plan shown has an earlier plan of the same statement to compare with.
    bool canCompare() const;
    void compareWithPrevious();
    void fillMenu(QMenu *menu);
    QAction *compareAction() const { return m_compare; }

signals:
    void message(const QString &text);

private:
    QWidget *build();
    static QString statementKey(const connectors::ui::ExplainedPlan &plan);

    QTabWidget *m_central;
    LazyPane *m_pane;
    QAction *m_compare;
    /// Plans of each statement, oldest first (at most a few), once shown.
    QHash<QString, QList<explain::Plan>> m_history;
    QString m_pendingKey; // the statement whose plan is being read
    QString m_shownKey;   // the statement whose plan is shown
    bool m_comparing = false;
};

} // namespace strata::app

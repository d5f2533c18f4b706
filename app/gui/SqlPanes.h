// The SQL side of the window: the connections (saved ones in the user's settings, passwords in the
// keychain, the model's embedded engine first), the SQL workbench as a tab of the central area (built
// the first time it is shown), completion from the open model, the SQL menu with DBeaver's and
// DataGrip's keys, and the connection, transaction and running time in the status bar.
#pragma once

#include <connectors/ui/ExplainedPlan.h>

#include <QObject>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace strata::connectors {
class ConnectionStore;
class PasswordStore;
}
namespace strata::connectors::ui {
class SqlStatusView;
class SqlWorkbench;
}

namespace strata::app {

class DocumentController;
class LazyPane;
class ModelCompletion;
class ModelEngine;

class SqlPanes : public QObject
{
    Q_OBJECT

public:
    SqlPanes(QMainWindow *window, QTabWidget *centralTabs, DocumentController *documents);
    ~SqlPanes() override;

    connectors::ConnectionStore *connections() const { return m_store.get(); }
    ModelEngine *modelEngine() const { return m_engine; }
    /// The workbench, built now if it was not.
    connectors::ui::SqlWorkbench *workbench();
    bool isBuilt() const;
    connectors::ui::SqlStatusView *statusView() const { return m_status; }
    /// Shows the SQL tab (building the workbench).
    void show();
    /// True when the SQL tab is the central area's current tab.
    bool isCurrent() const;
    /// A new editor tab holding `sql`, on the connection, shown.
    void openSql(const QString &connectionId, const QString &sql, const QString &title = {});
    /// The connection of the current editor tab (empty when none).
    QString currentConnection() const;
    /// Fills the SQL menu.
    void fillMenu(QMenu *menu);
    QAction *action(const QString &objectName) const;

signals:
    void planReady(const strata::connectors::ui::ExplainedPlan &plan);

private:
    QWidget *build();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       std::function<void()> slot);

    QMainWindow *m_window;
    QTabWidget *m_central;
    std::unique_ptr<connectors::PasswordStore> m_passwords;
    std::unique_ptr<connectors::ConnectionStore> m_store;
    ModelEngine *m_engine;
    ModelCompletion *m_completion;
    LazyPane *m_pane;
    connectors::ui::SqlStatusView *m_status;
    QList<QAction *> m_actions;
};

} // namespace strata::app

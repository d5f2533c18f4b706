// The SQL workbench the main window drops in as a tab or a dock: editor tabs (each with its own
// connection and session), the searchable query history beside them, and actions to open, save and
// manage connections. Tabs are kept in the app's data folder as they change and come back after a
// restart, unsaved text included. The status of the current tab (connection, transaction, running
// time) is offered through statusChanged() for the main window's status bar.
#pragma once

#include "connectors/ui/ExplainedPlan.h"
#include "connectors/ui/SqlStatus.h"

#include <functional>
#include <memory>
#include <QTimer>
#include <QWidget>

class QAction;
class QSplitter;
class QTabWidget;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::connectors::ui {

class CatalogCache;
class CompletionSource;
class HistoryView;
class QueryHistory;
class SqlEditorTab;

class SqlWorkbench : public QWidget
{
    Q_OBJECT

public:
    /// `dataDir` holds the open tabs (sql-tabs.json) and the history (history.sqlite).
    SqlWorkbench(ConnectionStore *store, const QString &dataDir = defaultDataDir(),
                 QWidget *parent = nullptr);
    ~SqlWorkbench() override;

    /// <XDG data home>/Strata
    static QString defaultDataDir();

    SqlEditorTab *newTab(const QString &connectionId = {});
    /// A new tab holding `text` (unsaved), on a connection when one is given.
    SqlEditorTab *openText(const QString &text, const QString &title, const QString &connectionId = {});
    SqlEditorTab *currentTab() const;
    SqlEditorTab *tab(int index) const;
    int tabCount() const;
    /// Closes a tab; a tab with unsaved changes to its file asks first (unless `force`).
    bool closeTab(int index, bool force = false);

    Result<void> openFile(const QString &path);
    /// Saves the current tab to its file, or asks for one.
    void save();
    void saveAs();
    Result<void> saveCurrentTo(const QString &path);

    /// Names from the open model, offered by every tab's completion.
    void addCompletionSource(CompletionSource *source);
    /// The open model's embedded engine (a SQLite file), offered as a connection; `maker` writes the
    /// file the first time a tab connects to it (see ConnectionStore::setModelEngine).
    void setModelEngine(const QString &sqlitePath, const QString &label,
                        std::function<Result<void>(const QString &path)> maker = {});

    /// Writes the open tabs now (it also happens shortly after each change, and on destruction).
    Result<void> saveTabs();
    QueryHistory *history() const { return m_history.get(); }
    HistoryView *historyView() const { return m_historyView; }
    SqlStatus status() const;

    QAction *newTabAction() const { return m_newTab; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *connectionsAction() const { return m_connections; }

signals:
    void statusChanged(const strata::connectors::ui::SqlStatus &status);
    /// A tab explained a statement (SqlEditorTab::explain).
    void planReady(const strata::connectors::ui::ExplainedPlan &plan);

private:
    void buildActions();
    SqlEditorTab *addTab();
    void restoreTabs();
    void updateTabTitle(SqlEditorTab *tab);
    QString nextUntitledName();

    ConnectionStore *m_store;
    QString m_dataDir;
    CatalogCache *m_catalogs;
    QTabWidget *m_tabs;
    HistoryView *m_historyView;
    std::unique_ptr<QueryHistory> m_history;
    QList<CompletionSource *> m_sources;
    QTimer m_saveTimer;
    int m_untitled = 0;
    QAction *m_newTab = nullptr, *m_open = nullptr, *m_save = nullptr, *m_saveAs = nullptr,
            *m_connections = nullptr;
};

} // namespace strata::connectors::ui

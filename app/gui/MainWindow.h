// The Strata main window: a central tab area (the start page, the modeler's diagrams, the SQL editor
// tabs, the plan of a query, the workload panel) and docks around it (the model tree, properties,
// problems, the database browser); each tab has its own layout of docks, remembered between sessions
// (ModeLayouts). It only composes: DocumentController handles files, ModelerPanes the modeler,
// SqlPanes the SQL workbench and connections, TuningPanes the plans, WorkloadPanes synthetic data and
// profiles, DatabasePanes the catalog browser, ModelTransfers imports and migrations, MainActions the
// menus, WelcomePage the start page.
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace strata::app {

class DatabasePanes;
class DocumentController;
class Exports;
class MainActions;
class ModeLayouts;
class ModelTransfers;
class ModelerPanes;
class SqlPanes;
class Themes;
class TuningPanes;
class WelcomePage;
class WorkloadPanes;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `autosaveSeconds` 0 turns autosave off.
    explicit MainWindow(int autosaveSeconds = 60, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *documents() const { return m_documents; }
    ModelerPanes *panes() const { return m_panes; }
    MainActions *actions() const { return m_actions; }
    SqlPanes *sql() const { return m_sql; }
    TuningPanes *tuning() const { return m_tuning; }
    DatabasePanes *database() const { return m_database; }
    ModelTransfers *transfers() const { return m_transfers; }
    Themes *themes() const { return m_themes; }
    ModeLayouts *layouts() const { return m_layouts; }
    WelcomePage *welcomePage() const { return m_welcome; }
    WorkloadPanes *workload() const { return m_workload; }
    /// The start page in front: what a start without a model shows (Help > Start page).
    void showStartPage();
    /// The central tab area, for tools that add their own tabs.
    QTabWidget *centralTabs() const { return m_central; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreLayout();
    void updateTitle();
    void showMessage(const QString &text);

    QTabWidget *m_central;
    DocumentController *m_documents;
    ModelerPanes *m_panes;
    Exports *m_exports;
    MainActions *m_actions;
    SqlPanes *m_sql;
    TuningPanes *m_tuning;
    ModelTransfers *m_transfers;
    DatabasePanes *m_database;
    Themes *m_themes;
    ModeLayouts *m_layouts;
    WelcomePage *m_welcome;
    WorkloadPanes *m_workload;
    QLabel *m_zoom;
};

} // namespace strata::app

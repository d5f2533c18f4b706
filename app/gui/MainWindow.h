// The Strata main window: a central tab area (the modeler's diagrams first; the SQL editor and other
// tools add tabs) and docks around it. It only composes: the document controller handles files,
// ModelerPanes the modeler's parts, MainActions the menus, Exports the pictures and scripts.
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace strata::app {

class DocumentController;
class Exports;
class MainActions;
class ModelerPanes;

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
    /// The central tab area, for tools that add their own tabs.
    QTabWidget *centralTabs() const { return m_central; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    void showMessage(const QString &text);

    QTabWidget *m_central;
    DocumentController *m_documents;
    ModelerPanes *m_panes;
    Exports *m_exports;
    MainActions *m_actions;
    QLabel *m_zoom;
};

} // namespace strata::app

#include "MainWindow.h"

#include "DatabasePanes.h"
#include "DocumentController.h"
#include "Exports.h"
#include "MainActions.h"
#include "ModeLayouts.h"
#include "ModelTransfers.h"
#include "ModelerPanes.h"
#include "SqlPanes.h"
#include "Themes.h"
#include "TuningPanes.h"
#include "WelcomePage.h"
#include "WorkloadPanes.h"

#include <connectors/ui/SqlWorkbench.h>
#include <modeler/ui/DiagramLayout.h>
#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace strata::app {

using namespace strata::modeler::ui;

MainWindow::MainWindow(int autosaveSeconds, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_central = new QTabWidget;
    m_central->setObjectName(QStringLiteral("centralTabs"));
    m_central->setDocumentMode(true);
    setCentralWidget(m_central);
    m_documents = new DocumentController(this, autosaveSeconds, this);
    m_panes = new ModelerPanes(this, m_central, m_documents->document());
    m_panes->workspace()->setObjectName(QStringLiteral("modelPane")); // the modeler's mode (ModeLayouts)
    m_exports = new Exports(this, m_documents->document(), m_panes->workspace());
    m_actions = new MainActions(this, m_documents, m_panes, m_exports);
    m_sql = new SqlPanes(this, m_central, m_documents);
    m_tuning = new TuningPanes(m_central, this);
    m_workload = new WorkloadPanes(m_central, m_documents, m_sql, m_tuning, this);
    m_transfers = new ModelTransfers(this, m_documents, m_sql->connections());
    m_database = new DatabasePanes(this, m_panes, m_sql, m_transfers);
    m_themes = new Themes(this);
    m_welcome = new WelcomePage(m_documents, m_transfers, m_sql->connections());
    m_central->insertTab(0, m_welcome, tr("Start"));
    m_central->setCurrentWidget(m_panes->workspace());
    connect(m_welcome, &WelcomePage::sqlEditorWanted, m_sql, &SqlPanes::show);
    connect(m_welcome, &WelcomePage::planWanted, this, [this] { m_tuning->show(); });
    connect(m_welcome, &WelcomePage::workloadWanted, m_workload, &WorkloadPanes::show);
    m_layouts = new ModeLayouts(this, m_central);
    m_zoom = new QLabel;
    statusBar()->addPermanentWidget(m_zoom);
    buildMenus();

    ModelDocument *document = m_documents->document();
    connect(document, &ModelDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::message, this, &MainWindow::showMessage);
    connect(m_documents, &DocumentController::diagramNeedsLayout, this, [this](const QString &id) {
        m_panes->workspace()->showDiagram(id);
        DiagramPane *pane = m_panes->workspace()->currentPane();
        if (!pane || !pane->startLayout(true))
            return;
        // A model that came without a diagram (imported, read from a database) is seen whole.
        connect(pane->layoutRunner(), &LayoutRunner::finished, m_panes->workspace(), &DiagramWorkspace::zoomToFit,
                Qt::SingleShotConnection);
    });
    // A model opened, made or imported is shown; the zoom is the diagram's.
    connect(document, &ModelDocument::modelReset, this, [this] { m_central->setCurrentWidget(m_panes->workspace()); });
    connect(m_central, &QTabWidget::currentChanged, this,
            [this] { m_zoom->setVisible(m_central->currentWidget() == m_panes->workspace()); });
    connect(m_panes, &ModelerPanes::message, this, &MainWindow::showMessage);
    connect(m_exports, &Exports::message, this, &MainWindow::showMessage);
    connect(m_tuning, &TuningPanes::message, this, &MainWindow::showMessage);
    connect(m_workload, &WorkloadPanes::message, this, &MainWindow::showMessage);
    connect(m_transfers, &ModelTransfers::message, this, &MainWindow::showMessage);
    connect(m_panes->workspace(), &DiagramWorkspace::zoomChanged, this,
            [this](double zoom) { m_zoom->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); });
    connect(m_sql, &SqlPanes::planReady, m_tuning, &TuningPanes::showPlan);
    connect(m_transfers, &ModelTransfers::sqlWanted, m_sql, &SqlPanes::openSql);

    restoreLayout();
    m_documents->newModel();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::showStartPage()
{
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::buildMenus()
{
    QMenu *file = m_actions->fileMenu();
    auto *import = new QAction(tr("&Import SQL…"), this);
    import->setObjectName(QStringLiteral("importSql"));
    import->setToolTip(tr("Reads a PostgreSQL or SQLite script into a new model"));
    connect(import, &QAction::triggered, m_transfers, &ModelTransfers::importSqlWithDialog);
    const QList<QAction *> fileActions = file->actions();
    const auto exportMenu = std::find_if(fileActions.begin(), fileActions.end(), [](QAction *a) { return a->menu() && a->text().contains(u"Export"); });
    file->insertAction(exportMenu == fileActions.end() ? nullptr : *exportMenu, import);
    m_sql->fillMenu(m_actions->insertMenu(tr("S&QL")));
    m_tuning->fillMenu(m_actions->insertMenu(tr("&Plan")));
    m_database->fillMenu(m_actions->insertMenu(tr("&Database")));
    QMenu *view = m_actions->viewMenu();
    view->addAction(m_database->dock()->toggleViewAction());
    view->addSeparator();
    m_themes->fillMenu(view->addMenu(tr("&Theme")));
    auto *start = new QAction(tr("&Start page"), this);
    start->setObjectName(QStringLiteral("startPage"));
    connect(start, &QAction::triggered, this, &MainWindow::showStartPage);
    QMenu *help = m_actions->helpMenu();
    help->insertAction(help->actions().value(0), start);
    // Ctrl+S saves what is in front: the SQL file when the SQL tab is, else the model.
    m_actions->setSaveRouter([this] {
        if (!m_sql->isCurrent() || !m_sql->isBuilt())
            return false;
        m_sql->workbench()->save();
        return true;
    });
}

void MainWindow::restoreLayout()
{
    resize(1440, 900);
    const QList<QDockWidget *> docks = m_panes->docks();
    resizeDocks(docks, {260, 300, 150}, Qt::Horizontal);
    resizeDocks({docks.last()}, {150}, Qt::Vertical);
    // The modeler with its docks; the SQL editor beside the database browser; a plan alone.
    QStringList modeler{QStringLiteral("databaseDock"), QStringLiteral("mainToolBar")};
    for (QDockWidget *dock : docks)
        modeler << dock->objectName();
    m_layouts->setDefaults(m_panes->workspace()->objectName(), modeler);
    m_layouts->setDefaults(QStringLiteral("sqlPane"), {QStringLiteral("databaseDock")});
    m_layouts->setDefaults(QStringLiteral("planPane"), {});
    m_layouts->setDefaults(QStringLiteral("workloadPane"), {});
    m_layouts->setDefaults(m_welcome->objectName(), {});
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    m_layouts->restore();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Strata").arg(m_documents->displayName()));
    setWindowModified(m_documents->document()->isModified());
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_layouts->save();
    event->accept();
}

} // namespace strata::app

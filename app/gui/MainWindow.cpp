#include "MainWindow.h"

#include "DocumentController.h"
#include "Exports.h"
#include "MainActions.h"
#include "ModelerPanes.h"

#include <modeler/ui/DiagramPane.h>
#include <modeler/ui/DiagramWorkspace.h>
#include <modeler/ui/ModelDocument.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
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
    m_central->setTabBarAutoHide(true); // one tool: no tab bar
    setCentralWidget(m_central);
    m_documents = new DocumentController(this, autosaveSeconds, this);
    m_panes = new ModelerPanes(this, m_central, m_documents->document());
    m_exports = new Exports(this, m_documents->document(), m_panes->workspace());
    m_actions = new MainActions(this, m_documents, m_panes, m_exports);
    m_zoom = new QLabel;
    statusBar()->addPermanentWidget(m_zoom);

    ModelDocument *document = m_documents->document();
    connect(document, &ModelDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::message, this, &MainWindow::showMessage);
    connect(m_documents, &DocumentController::diagramNeedsLayout, this, [this](const QString &id) {
        m_panes->workspace()->showDiagram(id);
        if (DiagramPane *pane = m_panes->workspace()->currentPane())
            pane->startLayout(true);
    });
    connect(m_panes, &ModelerPanes::message, this, &MainWindow::showMessage);
    connect(m_exports, &Exports::message, this, &MainWindow::showMessage);
    connect(m_panes->workspace(), &DiagramWorkspace::zoomChanged, this,
            [this](double zoom) { m_zoom->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); });

    resize(1440, 900);
    const QList<QDockWidget *> docks = m_panes->docks();
    resizeDocks(docks, {260, 300, 150}, Qt::Horizontal);
    resizeDocks({docks.last()}, {150}, Qt::Vertical);
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    m_documents->newModel();
    updateTitle();
}

MainWindow::~MainWindow() = default;

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
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace strata::app

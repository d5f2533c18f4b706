#include "DatabasePanes.h"

#include "CatalogDropTarget.h"
#include "ModelTransfers.h"
#include "ModelerPanes.h"
#include "SqlPanes.h"

#include <connectors/ui/CatalogBrowser.h>
#include <connectors/ui/CatalogTreeModel.h>
#include <modeler/ui/DiagramView.h>
#include <modeler/ui/DiagramWorkspace.h>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace strata::app {

using connectors::ui::CatalogBrowser;
using connectors::ui::CatalogSelection;

DatabasePanes::DatabasePanes(QMainWindow *window, ModelerPanes *modeler, SqlPanes *sql, ModelTransfers *transfers)
    : QObject(window), m_modeler(modeler), m_sql(sql), m_transfers(transfers),
      m_browser(new CatalogBrowser(sql->connections())), m_dock(new QDockWidget(tr("Database"), window)),
      m_drops(new CatalogDropTarget(modeler->workspace(), this))
{
    m_dock->setObjectName(QStringLiteral("databaseDock")); // for saveState()
    m_dock->setWidget(m_browser);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (!modeler->docks().isEmpty())
        window->tabifyDockWidget(modeler->docks().first(), m_dock); // beside the model tree, as in DBeaver
    modeler->docks().first()->raise();

    connect(m_drops, &CatalogDropTarget::tablesDropped, m_transfers, &ModelTransfers::addTables);
    connect(m_browser, &CatalogBrowser::addToModelRequested, this, [this](const CatalogSelection &tables) {
        modeler::ui::DiagramWorkspace *workspace = m_modeler->workspace();
        modeler::ui::DiagramView *view = workspace->currentView();
        const QPointF at = view ? view->mapToScene(view->viewport()->rect().center()) : QPointF(40, 40);
        m_transfers->addTables(tables, workspace->currentDiagramId(), at);
    });
    connect(m_browser, &CatalogBrowser::reverseEngineerRequested, m_transfers, &ModelTransfers::reverseEngineer);
    connect(m_browser, &CatalogBrowser::sqlRequested, m_sql, [this](const QString &connectionId, const QString &sql) {
        m_sql->openSql(connectionId, sql);
        if (!sql.isEmpty())
            m_sql->action(QStringLiteral("runStatement"))->trigger();
    });
}

QString DatabasePanes::chosenConnection() const
{
    QModelIndex index = m_browser->tree()->currentIndex();
    while (index.parent().isValid())
        index = index.parent();
    const QString id = index.data(connectors::ui::CatalogTreeModel::ConnectionRole).toString();
    return id.isEmpty() ? m_sql->currentConnection() : id;
}

void DatabasePanes::fillMenu(QMenu *menu)
{
    QAction *reverse = menu->addAction(tr("&Reverse-engineer database into a new model…"), this, [this] {
        const QString id = chosenConnection();
        if (id.isEmpty()) {
            m_dock->raise();
            m_browser->setFocus();
            return;
        }
        m_transfers->reverseEngineer(id);
    });
    reverse->setObjectName(QStringLiteral("reverseEngineer"));
    reverse->setToolTip(tr("Reads the database chosen in the Database pane (or the current SQL tab's) into a new model"));
    QAction *compare = menu->addAction(tr("&Compare model with database…"), this,
                                       [this] { m_transfers->compareWithDatabase({}, chosenConnection()); });
    compare->setObjectName(QStringLiteral("compareWithDatabase"));
    menu->addSeparator();
    menu->addAction(m_browser->refreshAction());
    menu->addAction(m_dock->toggleViewAction());
}

} // namespace strata::app

// The database side of the window: the catalog browser as a dock (beside the model tree), tables
// dropped from it onto a diagram added to the model, and the Database menu (reverse-engineer a
// database into a new model, compare the model with a database, refresh the catalog).
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace strata::connectors::ui {
class CatalogBrowser;
}

namespace strata::app {

class CatalogDropTarget;
class ModelTransfers;
class ModelerPanes;
class SqlPanes;

class DatabasePanes : public QObject
{
    Q_OBJECT

public:
    DatabasePanes(QMainWindow *window, ModelerPanes *modeler, SqlPanes *sql, ModelTransfers *transfers);

    connectors::ui::CatalogBrowser *browser() const { return m_browser; }
    QDockWidget *dock() const { return m_dock; }
    CatalogDropTarget *dropTarget() const { return m_drops; }
    void fillMenu(QMenu *menu);

private:
    /// The connection chosen in the browser, else the current SQL tab's.
    QString chosenConnection() const;

    ModelerPanes *m_modeler;
    SqlPanes *m_sql;
    ModelTransfers *m_transfers;
    connectors::ui::CatalogBrowser *m_browser;
    QDockWidget *m_dock;
    CatalogDropTarget *m_drops;
};

} // namespace strata::app

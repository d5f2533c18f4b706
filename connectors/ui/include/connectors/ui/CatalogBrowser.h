// The catalog browser, as DBeaver's navigator: every saved connection (and the model's engine) as a
// root; expanding one connects and reads its catalog on a worker thread (never the GUI thread), and
// shows schemas, tables, views, columns and indexes. Tables are dragged from here onto a diagram (the
// main window adds them to the model) and the context menu offers what can be done with them.
#pragma once

#include "connectors/ui/CatalogSelection.h"

#include <connectors/Catalog.h>
#include <strata/Error.h>
#include <QSet>
#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QThread;
class QTreeView;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::connectors::ui {

class CatalogTreeModel;

class CatalogBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogBrowser(ConnectionStore *store, QWidget *parent = nullptr);
    ~CatalogBrowser() override;

    QTreeView *tree() const { return m_tree; }
    CatalogTreeModel *model() const { return m_model; }
    QLineEdit *filterField() const { return m_filter; }
    QAction *refreshAction() const { return m_refresh; }

    /// Connects and reads the connection's catalog (again) in the background; catalogLoaded() or
    /// loadFailed() follows.
    void refresh(const QString &connectionId);
    bool isLoading(const QString &connectionId) const { return m_loading.contains(connectionId); }
    /// Shows the tree of a connection, reading its catalog first when it was not read.
    void showConnection(const QString &connectionId);
    /// The tables chosen in the tree (of one connection).
    CatalogSelection selectedTables() const;

signals:
    void catalogLoaded(const QString &connectionId);
    void loadFailed(const QString &connectionId, const strata::Error &error);
    void addToModelRequested(const strata::connectors::ui::CatalogSelection &tables);
    void reverseEngineerRequested(const QString &connectionId);
    /// A new editor tab on the connection, with `sql` in it (may be empty).
    void sqlRequested(const QString &connectionId, const QString &sql);

private:
    void expanded(const QModelIndex &proxyIndex);
    void showMenu(const QPoint &at);
    QString connectionAt(const QModelIndex &sourceIndex) const;
    void reload();

    ConnectionStore *m_store;
    CatalogTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QAction *m_refresh;
    QSet<QString> m_loading;
    QList<QThread *> m_threads; // reads in flight
};

} // namespace strata::connectors::ui

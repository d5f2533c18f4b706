// The catalog browser's tree: the saved connections, and once a connection's catalog is read, its
// schemas with their tables and views in folders, each table with its columns and indexes (added the
// first time it is expanded, so that a catalog of thousands of tables fills at once). Tables and views
// can be dragged: the drag carries a CatalogSelection.
#pragma once

#include "connectors/ui/CatalogSelection.h"

#include <connectors/Catalog.h>
#include <connectors/SavedConnection.h>
#include <QHash>
#include <QStandardItemModel>

namespace strata::connectors::ui {

class CatalogTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    /// NameRole: a table's or view's name (the filter matches it); nothing for other items.
    enum Role { KindRole = Qt::UserRole + 1, ConnectionRole, SchemaRole, NameRole };
    enum class Kind { Connection, Schema, Folder, Table, View, Column, Index, Message };

    explicit CatalogTreeModel(QObject *parent = nullptr);

    /// The connections as roots, in order; catalogs of connections still there are kept.
    void setConnections(const QList<SavedConnection> &connections);
    QModelIndex connectionIndex(const QString &connectionId) const;
    /// A line under the connection instead of its schemas: "Reading…", or why reading failed.
    void setMessage(const QString &connectionId, const QString &message);
    void setCatalog(const QString &connectionId, const Catalog &catalog);
    const Catalog *catalog(const QString &connectionId) const;
    /// Adds a table's columns and indexes under it, the first time.
    void fillTable(const QModelIndex &table);
    QModelIndex tableIndex(const QString &connectionId, const QString &schema, const QString &name) const;
    static Kind kindOf(const QModelIndex &index) { return Kind(index.data(KindRole).toInt()); }

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    QStandardItem *connectionItem(const QString &connectionId) const;
    void fillConnection(QStandardItem *connection, const Catalog &catalog);
    QStandardItem *tableItem(const CatalogTable &table, const QString &connectionId) const;

    QHash<QString, Catalog> m_catalogs;
};

} // namespace strata::connectors::ui

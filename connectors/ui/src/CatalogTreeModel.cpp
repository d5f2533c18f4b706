#include "connectors/ui/CatalogTreeModel.h"

#include <QApplication>
#include <QMimeData>
#include <QStyle>

namespace strata::connectors::ui {

namespace {

// Schemas of the system that nobody browses for their own tables.
bool isSystemSchema(const QString &schema)
{
    return schema == u"pg_catalog" || schema == u"information_schema";
}

QStandardItem *newItem(const QString &text, CatalogTreeModel::Kind kind, QStyle::StandardPixmap icon)
{
    auto *i = new QStandardItem(QApplication::style()->standardIcon(icon), text);
    i->setData(int(kind), CatalogTreeModel::KindRole);
    i->setEditable(false);
    i->setDragEnabled(false);
    return i;
}

QStandardItem *message(const QString &text)
{
    QStandardItem *i = newItem(text, CatalogTreeModel::Kind::Message, QStyle::SP_MessageBoxInformation);
    i->setSelectable(false);
    return i;
}

} // namespace

CatalogTreeModel::CatalogTreeModel(QObject *parent) : QStandardItemModel(parent) {}

void CatalogTreeModel::setConnections(const QList<SavedConnection> &connections)
{
    clear();
    for (const SavedConnection &c : connections) {
        QStandardItem *root = newItem(c.label(), Kind::Connection, QStyle::SP_DriveNetIcon);
        root->setData(c.id, ConnectionRole);
        root->setToolTip(c.production ? tr("%1 (production)").arg(c.label()) : c.label());
        if (c.production)
            root->setForeground(QColor(0xc6, 0x28, 0x28));
        appendRow(root);
        if (const auto it = m_catalogs.constFind(c.id); it != m_catalogs.cend())
            fillConnection(root, *it);
        else
            root->appendRow(message(tr("Expand to connect")));
    }
}

QStandardItem *CatalogTreeModel::connectionItem(const QString &connectionId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->data(ConnectionRole).toString() == connectionId)
            return item(row);
    }
    return nullptr;
}

QModelIndex CatalogTreeModel::connectionIndex(const QString &connectionId) const
{
    QStandardItem *root = connectionItem(connectionId);
    return root ? root->index() : QModelIndex();
}

void CatalogTreeModel::setMessage(const QString &connectionId, const QString &text)
{
    if (QStandardItem *root = connectionItem(connectionId)) {
        root->removeRows(0, root->rowCount());
        root->appendRow(message(text));
    }
}

void CatalogTreeModel::setCatalog(const QString &connectionId, const Catalog &catalog)
{
    m_catalogs.insert(connectionId, catalog);
    if (QStandardItem *root = connectionItem(connectionId))
        fillConnection(root, catalog);
}

const Catalog *CatalogTreeModel::catalog(const QString &connectionId) const
{
    const auto it = m_catalogs.constFind(connectionId);
    return it == m_catalogs.cend() ? nullptr : &*it;
}

void CatalogTreeModel::fillConnection(QStandardItem *root, const Catalog &catalog)
{
    root->removeRows(0, root->rowCount());
    const QString connectionId = root->data(ConnectionRole).toString();
    for (const QString &schema : catalog.schemas) {
        if (isSystemSchema(schema))
            continue;
        QList<QStandardItem *> tables, views;
        for (const CatalogTable &table : catalog.tables) {
            if (table.schema == schema)
                (table.kind.contains(u"view") ? views : tables) << tableItem(table, connectionId);
        }
        if (tables.isEmpty() && views.isEmpty() && catalog.dialect == Dialect::Sqlite)
            continue; // SQLite's empty "temp"
        QStandardItem *schemaItem = newItem(schema, Kind::Schema, QStyle::SP_DirIcon);
        schemaItem->setData(schema, SchemaRole);
        for (const auto &[label, children] : {std::pair(tr("Tables"), tables), std::pair(tr("Views"), views)}) {
            QStandardItem *folder = newItem(QStringLiteral("%1 (%2)").arg(label).arg(children.size()), Kind::Folder, QStyle::SP_DirIcon);
            for (QStandardItem *child : children)
                folder->appendRow(child);
            schemaItem->appendRow(folder);
        }
        root->appendRow(schemaItem);
    }
    if (root->rowCount() == 0)
        root->appendRow(message(tr("No tables")));
}

QStandardItem *CatalogTreeModel::tableItem(const CatalogTable &table, const QString &connectionId) const
{
    const bool view = table.kind.contains(u"view");
    QStandardItem *i = newItem(table.name, view ? Kind::View : Kind::Table, view ? QStyle::SP_FileDialogContentsView : QStyle::SP_FileIcon);
    i->setData(connectionId, ConnectionRole);
    i->setData(table.schema, SchemaRole);
    i->setData(table.name, NameRole);
    i->setToolTip(tr("%1.%2 (%3, %n column(s))", nullptr, int(table.columns.size())).arg(table.schema, table.name, table.kind));
    i->setDragEnabled(true);
    i->appendRow(message(tr("…"))); // an expand arrow; the columns come when it is expanded
    return i;
}

void CatalogTreeModel::fillTable(const QModelIndex &index)
{
    QStandardItem *table = itemFromIndex(index);
    if (!table || (kindOf(index) != Kind::Table && kindOf(index) != Kind::View))
        return;
    if (table->rowCount() != 1 || kindOf(table->child(0)->index()) != Kind::Message)
        return; // filled already
    const Catalog *c = catalog(index.data(ConnectionRole).toString());
    const CatalogTable *found = c ? c->findTable(index.data(SchemaRole).toString(), index.data(NameRole).toString(), true) : nullptr;
    table->removeRows(0, table->rowCount());
    if (!found)
        return;
    for (const CatalogColumn &column : found->columns) {
        QStandardItem *i = newItem(QStringLiteral("%1  %2").arg(column.name, column.type), Kind::Column, QStyle::SP_ArrowRight);
        table->appendRow(i);
    }
    for (const CatalogIndex &index : found->indexes) {
        const QString what = index.primary ? tr("primary key") : index.unique ? tr("unique index") : tr("index");
        QStandardItem *i = newItem(QStringLiteral("%1  (%2)").arg(index.name, what), Kind::Index, QStyle::SP_FileDialogDetailedView);
        i->setToolTip(index.definition);
        table->appendRow(i);
    }
}

QModelIndex CatalogTreeModel::tableIndex(const QString &connectionId, const QString &schema, const QString &name) const
{
    QStandardItem *root = connectionItem(connectionId);
    for (int s = 0; root && s < root->rowCount(); ++s) {
        QStandardItem *schemaItem = root->child(s);
        if (schemaItem->data(SchemaRole).toString() != schema)
            continue;
        for (int f = 0; f < schemaItem->rowCount(); ++f) {
            QStandardItem *folder = schemaItem->child(f);
            for (int t = 0; t < folder->rowCount(); ++t) {
                if (folder->child(t)->data(NameRole).toString() == name)
                    return folder->child(t)->index();
            }
        }
    }
    return {};
}

QStringList CatalogTreeModel::mimeTypes() const
{
    return {CatalogSelection::mimeType, QStringLiteral("text/plain")};
}

QMimeData *CatalogTreeModel::mimeData(const QModelIndexList &indexes) const
{
    CatalogSelection selection;
    for (const QModelIndex &index : indexes) {
        if (kindOf(index) != Kind::Table && kindOf(index) != Kind::View)
            continue;
        const QString connection = index.data(ConnectionRole).toString();
        if (!selection.connectionId.isEmpty() && connection != selection.connectionId)
            continue; // one connection per drag
        selection.connectionId = connection;
        selection.tables.append({index.data(SchemaRole).toString(), index.data(NameRole).toString()});
    }
    return selection.tables.isEmpty() ? nullptr : selection.toMimeData();
}

} // namespace strata::connectors::ui

#include "connectors/ui/CatalogBrowser.h"

#include "connectors/ui/CatalogTreeModel.h"
#include "connectors/ui/PasswordPrompt.h"

#include <connectors/CatalogReader.h>
#include <connectors/ConnectionStore.h>
#include <connectors/SqlQuoting.h>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QThread>

namespace strata::connectors::ui {

using Kind = CatalogTreeModel::Kind;

CatalogBrowser::CatalogBrowser(ConnectionStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new CatalogTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView(this)), m_filter(new QLineEdit(this)), m_refresh(new QAction(tr("Refresh"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // a matching table keeps its columns
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(CatalogTreeModel::NameRole); // only tables and views have one
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setShortcut(QKeySequence::Refresh); // F5, as in DBeaver
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Read the chosen connection's catalog again (F5)"));
    addAction(m_refresh);
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->addWidget(m_filter);
    bar->addAction(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandToDepth(2); // down to the tables
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        const QString id = connectionAt(m_proxy->mapToSource(m_tree->currentIndex()));
        if (!id.isEmpty())
            refresh(id);
    });
    connect(m_tree, &QTreeView::expanded, this, &CatalogBrowser::expanded);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &CatalogBrowser::showMenu);
    connect(m_store, &ConnectionStore::changed, this, &CatalogBrowser::reload);
    reload();
}

CatalogBrowser::~CatalogBrowser()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        thread->wait(); // a read in flight ends on its own (connecting has its timeout)
        delete thread;
    }
}

void CatalogBrowser::reload()
{
    m_model->setConnections(m_store->connections());
    for (const QString &id : std::as_const(m_loading))
        m_model->setMessage(id, tr("Reading the catalog…"));
}

QString CatalogBrowser::connectionAt(const QModelIndex &sourceIndex) const
{
    QModelIndex i = sourceIndex;
    while (i.parent().isValid())
        i = i.parent();
    return i.data(CatalogTreeModel::ConnectionRole).toString();
}

void CatalogBrowser::expanded(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const Kind kind = CatalogTreeModel::kindOf(index);
    if (kind == Kind::Table || kind == Kind::View)
        m_model->fillTable(index);
    const QString id = index.data(CatalogTreeModel::ConnectionRole).toString();
    if (kind == Kind::Connection && !m_model->catalog(id) && !isLoading(id))
        refresh(id);
}

void CatalogBrowser::showConnection(const QString &connectionId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->connectionIndex(connectionId));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->expand(index); // reads the catalog when it has not been read
}

void CatalogBrowser::refresh(const QString &connectionId)
{
    const auto saved = m_store->find(connectionId);
    if (!saved || isLoading(connectionId))
        return;
    m_loading.insert(connectionId);
    m_model->setMessage(connectionId, tr("Reading the catalog…"));
    // Connecting and reading wait on the server: a worker does both, with a session of its own.
    Connector::Prompt prompt = PasswordPrompt::fromWorker(this, [this](const PasswordRequest &request) {
        return PasswordPrompt::ask(this, request);
    });
    auto read = [connection = *saved, passwords = m_store->passwords(), prompt, make = m_store->engineMaker()] {
        auto session = ConnectionStore::open(connection, passwords, prompt, nullptr, make);
        return session ? CatalogReader::read(**session) : Result<Catalog>(session.error());
    };
    // A thread of its own, not a pool's: the keychain's jobs leave events behind in the thread that
    // ran them, which a pool thread would run later against objects already gone.
    auto result = std::make_shared<std::optional<Result<Catalog>>>();
    QThread *thread = QThread::create([read = std::move(read), result] { result->emplace(read()); });
    connect(thread, &QThread::finished, this, [this, thread, result, connectionId] {
        thread->deleteLater();
        m_loading.remove(connectionId);
        const Result<Catalog> &catalog = **result;
        if (!catalog) {
            m_model->setMessage(connectionId, tr("Not read: %1").arg(catalog.error().message));
            emit loadFailed(connectionId, catalog.error());
            return;
        }
        m_model->setCatalog(connectionId, *catalog);
        m_tree->expand(m_proxy->mapFromSource(m_model->connectionIndex(connectionId)));
        emit catalogLoaded(connectionId);
    });
    m_threads << thread;
    connect(thread, &QObject::destroyed, this, [this, thread] { m_threads.removeOne(thread); });
    thread->start();
}

CatalogSelection CatalogBrowser::selectedTables() const
{
    CatalogSelection selection;
    for (const QModelIndex &proxyIndex : m_tree->selectionModel()->selectedIndexes()) {
        const QModelIndex index = m_proxy->mapToSource(proxyIndex);
        const Kind kind = CatalogTreeModel::kindOf(index);
        const QString connection = index.data(CatalogTreeModel::ConnectionRole).toString();
        if ((kind != Kind::Table && kind != Kind::View) ||
            (!selection.connectionId.isEmpty() && connection != selection.connectionId))
            continue;
        selection.connectionId = connection;
        selection.tables.append({index.data(CatalogTreeModel::SchemaRole).toString(), index.data(CatalogTreeModel::NameRole).toString()});
    }
    return selection;
}

void CatalogBrowser::showMenu(const QPoint &at)
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->indexAt(at));
    const QString id = connectionAt(index);
    if (id.isEmpty())
        return;
    QMenu menu;
    const CatalogSelection tables = selectedTables();
    if (!tables.tables.isEmpty()) {
        menu.addAction(tr("Add to the model"), this, [this, tables] { emit addToModelRequested(tables); });
        const CatalogObjectName first = tables.tables.first();
        menu.addAction(tr("Select the first 100 rows"), this, [this, tables, first] {
            emit sqlRequested(tables.connectionId,
                              QStringLiteral("SELECT * FROM %1 LIMIT 100;").arg(quoteQualified(first.schema, first.name)));
        });
        menu.addSeparator();
    }
    menu.addAction(tr("New SQL tab on this connection"), this, [this, id] { emit sqlRequested(id, {}); });
    menu.addAction(tr("Reverse-engineer into a new model…"), this, [this, id] { emit reverseEngineerRequested(id); });
    menu.addAction(m_refresh);
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

} // namespace strata::connectors::ui

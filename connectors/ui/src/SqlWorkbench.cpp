#include "connectors/ui/SqlWorkbench.h"

#include "connectors/ui/CatalogCache.h"
#include "connectors/ui/ConnectionManager.h"
#include "connectors/ui/HistoryView.h"
#include "connectors/ui/MessagesView.h"
#include "connectors/ui/OpenTabsFile.h"
#include "connectors/ui/QueryHistory.h"
#include "connectors/ui/ResultsPane.h"
#include "connectors/ui/SqlEditor.h"
#include "connectors/ui/SqlEditorTab.h"

#include <connectors/ConnectionStore.h>
#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata::connectors::ui {

namespace {

QString tabsPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/sql-tabs.json");
}

} // namespace

SqlWorkbench::SqlWorkbench(ConnectionStore *store, const QString &dataDir, QWidget *parent)
    : QWidget(parent), m_store(store), m_dataDir(dataDir), m_catalogs(new CatalogCache(this)),
      m_tabs(new QTabWidget(this)), m_historyView(new HistoryView(this))
{
    auto history = QueryHistory::open(m_dataDir + QStringLiteral("/history.sqlite"));
    if (history)
        m_history = std::move(*history);
    m_historyView->setHistory(m_history.get());
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    buildActions();
    auto *plus = new QToolButton(this);
    plus->setDefaultAction(m_newTab);
    plus->setText(QStringLiteral("+"));
    plus->setToolTip(m_newTab->text());
    plus->setAutoRaise(true);
    m_tabs->setCornerWidget(plus, Qt::TopRightCorner);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tabs);
    split->addWidget(m_historyView);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 260});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { (void)saveTabs(); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        emit statusChanged(status());
        m_saveTimer.start();
    });
    connect(m_historyView, &HistoryView::entryActivated, this, [this](const HistoryEntry &entry) {
        SqlEditorTab *tab = currentTab() ? currentTab() : newTab();
        tab->editor()->insert(entry.sql); // at the cursor, as a snippet to edit
        tab->editor()->setFocus();
    });
    restoreTabs();
    if (m_tabs->count() == 0)
        newTab();
}

SqlWorkbench::~SqlWorkbench()
{
    (void)saveTabs(); // nothing else can be done about a failure while the app closes
}

QString SqlWorkbench::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Strata");
}

void SqlWorkbench::buildActions()
{
    m_newTab = new QAction(tr("New SQL tab"), this);
    m_newTab->setShortcut(QKeySequence::AddTab);
    m_newTab->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newTab, &QAction::triggered, this,
            [this] { newTab(currentTab() ? currentTab()->connectionId() : QString()); });
    m_open = new QAction(tr("Open SQL file…"), this);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open SQL file"), {},
                                                          tr("SQL files (*.sql);;All files (*)"));
        if (!path.isEmpty())
            if (auto opened = openFile(path); !opened)
                QMessageBox::warning(this, tr("Open"), opened.error().toString());
    });
    m_save = new QAction(tr("Save SQL file"), this);
    connect(m_save, &QAction::triggered, this, &SqlWorkbench::save);
    m_saveAs = new QAction(tr("Save SQL file as…"), this);
    connect(m_saveAs, &QAction::triggered, this, &SqlWorkbench::saveAs);
    m_connections = new QAction(tr("Connections…"), this);
    connect(m_connections, &QAction::triggered, this, [this] {
        ConnectionManager manager(m_store, this);
        connect(&manager, &ConnectionManager::connectionChosen, this, [this](const QString &id) {
            (currentTab() ? currentTab() : newTab())->setConnection(id, true);
        });
        manager.exec();
    });
    for (QAction *a : {m_newTab, m_open, m_save, m_saveAs, m_connections})
        addAction(a);
}

SqlEditorTab *SqlWorkbench::addTab()
{
    auto *tab = new SqlEditorTab(m_store, m_catalogs, m_tabs);
    for (CompletionSource *source : std::as_const(m_sources))
        tab->editor()->addCompletionSource(source);
    connect(tab, &SqlEditorTab::titleChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab, &SqlEditorTab::textChanged, &m_saveTimer, qOverload<>(&QTimer::start));
    connect(tab, &SqlEditorTab::statusChanged, this, [this, tab](const SqlStatus &s) {
        if (tab == currentTab())
            emit statusChanged(s);
    });
    connect(tab, &SqlEditorTab::planReady, this, &SqlWorkbench::planReady);
    connect(tab, &SqlEditorTab::queryRan, this, [this, tab](const HistoryEntry &entry) {
        if (!m_history)
            return;
        if (auto added = m_history->add(entry); !added)
            tab->results()->messages()->addMessage(
                Severity::Warning, tr("The history was not written: %1").arg(added.error().message));
        m_historyView->refresh();
    });
    m_tabs->addTab(tab, QString());
    return tab;
}

SqlEditorTab *SqlWorkbench::newTab(const QString &connectionId)
{
    SqlEditorTab *tab = addTab();
    tab->setUntitledName(nextUntitledName());
    if (!connectionId.isEmpty())
        tab->setConnection(connectionId, false);
    m_tabs->setCurrentWidget(tab);
    tab->editor()->setFocus();
    m_saveTimer.start();
    return tab;
}

SqlEditorTab *SqlWorkbench::openText(const QString &text, const QString &title, const QString &connectionId)
{
    SqlEditorTab *tab = newTab(connectionId);
    tab->setContents(text, {}, true);
    tab->setUntitledName(title);
    return tab;
}

QString SqlWorkbench::nextUntitledName()
{
    return tr("Query %1").arg(++m_untitled);
}

void SqlWorkbench::updateTabTitle(SqlEditorTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index >= 0) {
        m_tabs->setTabText(index, tab->isModified() ? tab->title() + QStringLiteral(" •") : tab->title());
        m_tabs->setTabToolTip(index, tab->filePath());
    }
}

SqlEditorTab *SqlWorkbench::currentTab() const
{
    return qobject_cast<SqlEditorTab *>(m_tabs->currentWidget());
}

SqlEditorTab *SqlWorkbench::tab(int index) const
{
    return qobject_cast<SqlEditorTab *>(m_tabs->widget(index));
}

int SqlWorkbench::tabCount() const
{
    return m_tabs->count();
}

bool SqlWorkbench::closeTab(int index, bool force)
{
    SqlEditorTab *t = tab(index);
    if (!t)
        return false;
    if (!force && t->isModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Close tab"), tr("Discard the changes to %1?").arg(t->title()),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    m_tabs->removeTab(index);
    t->deleteLater();
    m_saveTimer.start();
    return true;
}

Result<void> SqlWorkbench::openFile(const QString &path)
{
    SqlEditorTab *tab = addTab();
    auto opened = tab->openFile(path);
    if (!opened) {
        m_tabs->removeTab(m_tabs->indexOf(tab));
        tab->deleteLater();
        return opened;
    }
    if (SqlEditorTab *previous = currentTab(); previous && previous != tab)
        tab->setConnection(previous->connectionId(), false);
    m_tabs->setCurrentWidget(tab);
    m_saveTimer.start();
    return opened;
}

void SqlWorkbench::save()
{
    SqlEditorTab *tab = currentTab();
    if (!tab)
        return;
    if (tab->filePath().isEmpty())
        return saveAs();
    if (auto saved = tab->saveTo(tab->filePath()); !saved)
        QMessageBox::warning(this, tr("Save"), saved.error().toString());
}

void SqlWorkbench::saveAs()
{
    SqlEditorTab *tab = currentTab();
    if (!tab)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save SQL file"), tab->title() + QStringLiteral(".sql"),
                                     tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveCurrentTo(path); !saved)
        QMessageBox::warning(this, tr("Save"), saved.error().toString());
}

Result<void> SqlWorkbench::saveCurrentTo(const QString &path)
{
    SqlEditorTab *tab = currentTab();
    if (!tab)
        return Error(QStringLiteral("there is no tab to save"));
    auto saved = tab->saveTo(path);
    m_saveTimer.start();
    return saved;
}

void SqlWorkbench::addCompletionSource(CompletionSource *source)
{
    m_sources.append(source);
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->editor()->addCompletionSource(source);
}

void SqlWorkbench::setModelEngine(const QString &sqlitePath, const QString &label,
                                  std::function<Result<void>(const QString &path)> maker)
{
    m_store->setModelEngine(sqlitePath, label, std::move(maker));
}

Result<void> SqlWorkbench::saveTabs()
{
    m_saveTimer.stop();
    QList<SavedTab> tabs;
    for (int i = 0; i < tabCount(); ++i) {
        SqlEditorTab *t = tab(i);
        tabs.append({t->title(), t->filePath(), t->editor()->text(), t->isModified(), t->connectionId(),
                     t->editor()->cursorOffset()});
    }
    return OpenTabsFile::write(tabsPath(m_dataDir), tabs, m_tabs->currentIndex());
}

void SqlWorkbench::restoreTabs()
{
    auto saved = OpenTabsFile::read(tabsPath(m_dataDir));
    if (!saved)
        return; // an unreadable file is not worth a dialog at startup; the next save replaces it
    static const QRegularExpression untitled(QStringLiteral("^%1$").arg(tr("Query (\\d+)")));
    for (const SavedTab &s : *saved) {
        SqlEditorTab *tab = addTab();
        if (!s.filePath.isEmpty() && !s.modified) {
            if (auto opened = tab->openFile(s.filePath); !opened)
                tab->results()->messages()->addError(opened.error());
        } else {
            tab->setContents(s.text, s.filePath, s.modified);
        }
        if (const auto match = untitled.match(s.title); match.hasMatch())
            m_untitled = qMax(m_untitled, match.captured(1).toInt());
        tab->setUntitledName(s.title);
        tab->setConnection(s.connectionId, false);
        tab->editor()->setCursorOffset(s.cursor);
    }
    m_tabs->setCurrentIndex(
        qBound(0, OpenTabsFile::currentIn(tabsPath(m_dataDir)), qMax(0, m_tabs->count() - 1)));
}

SqlStatus SqlWorkbench::status() const
{
    return currentTab() ? currentTab()->status() : SqlStatus();
}

} // namespace strata::connectors::ui

#include "SqlPanes.h"

#include "DocumentController.h"
#include "LazyPane.h"
#include "ModelCompletion.h"
#include "ModelEngine.h"

#include <connectors/ConnectionStore.h>
#include <connectors/PasswordStore.h>
#include <connectors/ui/SqlEditor.h>
#include <connectors/ui/SqlEditorTab.h>
#include <connectors/ui/SqlStatusView.h>
#include <connectors/ui/SqlWorkbench.h>

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace strata::app {

using namespace strata::connectors;
using namespace strata::connectors::ui;

SqlPanes::SqlPanes(QMainWindow *window, QTabWidget *centralTabs, DocumentController *documents)
    : QObject(window), m_window(window), m_central(centralTabs), m_passwords(std::make_unique<PasswordStore>()),
      m_store(std::make_unique<ConnectionStore>(ConnectionStore::defaultPath(), m_passwords.get())),
      m_engine(new ModelEngine(documents, m_store.get(), this)),
      m_completion(new ModelCompletion(documents->document(), this)),
      m_pane(new LazyPane([this] { return build(); })), m_status(new SqlStatusView)
{
    m_pane->setObjectName(QStringLiteral("sqlPane"));
    centralTabs->addTab(m_pane, tr("SQL"));
    window->statusBar()->addPermanentWidget(m_status);
}

SqlPanes::~SqlPanes() = default;

QWidget *SqlPanes::build()
{
    auto *bench = new SqlWorkbench(m_store.get());
    bench->addCompletionSource(m_completion->source());
    connect(bench, &SqlWorkbench::statusChanged, m_status, &SqlStatusView::setStatus);
    connect(bench, &SqlWorkbench::planReady, this, &SqlPanes::planReady);
    m_status->setStatus(bench->status());
    return bench;
}

SqlWorkbench *SqlPanes::workbench()
{
    return static_cast<SqlWorkbench *>(m_pane->content());
}

bool SqlPanes::isBuilt() const
{
    return m_pane->isBuilt();
}

void SqlPanes::show()
{
    m_central->setCurrentWidget(m_pane);
}

bool SqlPanes::isCurrent() const
{
    return m_central->currentWidget() == m_pane;
}

QString SqlPanes::currentConnection() const
{
    if (!isBuilt())
        return {};
    SqlEditorTab *tab = static_cast<SqlWorkbench *>(m_pane->content())->currentTab();
    return tab ? tab->connectionId() : QString();
}

void SqlPanes::openSql(const QString &connectionId, const QString &sql, const QString &title)
{
    SqlWorkbench *bench = workbench();
    SqlEditorTab *tab = sql.isEmpty() && title.isEmpty() ? bench->newTab(connectionId)
                                                         : bench->openText(sql, title.isEmpty() ? tr("Query") : title, connectionId);
    show();
    tab->editor()->setFocus();
}

QAction *SqlPanes::addAction(QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                             std::function<void()> slot)
{
    auto *a = new QAction(text, m_pane);
    a->setObjectName(name);
    a->setShortcuts(keys);
    // The keys act in the SQL tab only: elsewhere the same keys belong to the diagram.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pane->addAction(a);
    connect(a, &QAction::triggered, this, std::move(slot));
    menu->addAction(a);
    m_actions << a;
    return a;
}

QAction *SqlPanes::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void SqlPanes::fillMenu(QMenu *menu)
{
    // A tab to work on: the current one, or a new one; the SQL tab comes to the front.
    auto tab = [this] {
        SqlWorkbench *bench = workbench();
        show();
        return bench->currentTab() ? bench->currentTab() : bench->newTab();
    };
    addAction(menu, QStringLiteral("newSqlTab"), tr("&New SQL tab"), {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)},
              [this] { openSql(currentConnection(), {}); })->setShortcutContext(Qt::WindowShortcut);
    addAction(menu, QStringLiteral("openSql"), tr("&Open SQL file…"), {}, [this] { workbench()->openAction()->trigger(); show(); });
    addAction(menu, QStringLiteral("saveSql"), tr("&Save SQL file"), {}, [this] { workbench()->save(); });
    addAction(menu, QStringLiteral("saveSqlAs"), tr("Save SQL file &as…"), {}, [this] { workbench()->saveAs(); });
    menu->addSeparator();
    addAction(menu, QStringLiteral("connections"), tr("&Connections…"), {}, [this] { workbench()->connectionsAction()->trigger(); })
        ->setShortcutContext(Qt::WindowShortcut);
    menu->addSeparator();
    addAction(menu, QStringLiteral("runStatement"), tr("&Run statement"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
              [tab] { tab()->runStatement(); });
    addAction(menu, QStringLiteral("runScript"), tr("Run &script"),
              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_X)}, [tab] { tab()->runScript(); });
    addAction(menu, QStringLiteral("cancelSql"), tr("Ca&ncel (Esc)"), {}, [tab] { tab()->cancel(); });
    menu->addSeparator();
    addAction(menu, QStringLiteral("explain"), tr("&Explain"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, [tab] { tab()->explain(false); });
    addAction(menu, QStringLiteral("explainAnalyze"), tr("Explain &Analyze (runs the statement)"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)},
              [tab] { tab()->explain(true); });
    menu->addSeparator();
    addAction(menu, QStringLiteral("toggleComment"), tr("&Toggle comment"), {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
              [tab] { tab()->editor()->toggleComment(); });
}

} // namespace strata::app

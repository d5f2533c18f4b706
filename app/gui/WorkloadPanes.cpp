#include "WorkloadPanes.h"

#include "DocumentController.h"
#include "LazyPane.h"
#include "ModelEngine.h"
#include "SqlPanes.h"
#include "TuningPanes.h"

#include <connectors/ConnectionStore.h>
#include <connectors/ui/SqlEditorTab.h>
#include <connectors/ui/SqlWorkbench.h>
#include <explain/ui/PlanWorkbench.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <workload/ui/WorkloadEditor.h>
#include <workload/ui/WorkloadPanel.h>

namespace strata::app {

using workload::ui::WorkloadPanel;

WorkloadPanes::WorkloadPanes(QTabWidget *centralTabs, DocumentController *documents, SqlPanes *sql,
                             TuningPanes *tuning, QObject *parent)
    : QObject(parent), m_central(centralTabs), m_documents(documents), m_sql(sql), m_tuning(tuning),
      m_pane(new LazyPane([this] { return build(); }))
{
    m_pane->setObjectName(QStringLiteral("workloadPane"));
    centralTabs->addTab(m_pane, tr("Workload"));
}

WorkloadPanel *WorkloadPanes::panel()
{
    return static_cast<WorkloadPanel *>(m_pane->content());
}

void WorkloadPanes::show()
{
    m_central->setCurrentWidget(m_pane);
}

QWidget *WorkloadPanes::build()
{
    auto *panel = new WorkloadPanel(m_documents->document());
    panel->setConnectionStore(m_sql->connections());
    connect(panel, &WorkloadPanel::message, this, &WorkloadPanes::message);
    connect(panel, &WorkloadPanel::planRequested, this, [this](const explain::Plan &plan) {
        m_tuning->workbench()->setPlan(plan);
        m_tuning->show();
    });
    connect(panel, &WorkloadPanel::busyChanged, this, [this](bool busy) {
        if (!busy)
            reconnectEngineTabs();
    });
    // The engine's file follows the model's name (ModelEngine answers filePathChanged first: it was
    // made before this pane).
    followModel(panel);
    connect(m_documents, &DocumentController::filePathChanged, panel, [this, panel] { followModel(panel); });
    return panel;
}

void WorkloadPanes::followModel(WorkloadPanel *panel)
{
    panel->setEnginePath(m_sql->modelEngine()->path());
    // shop.strata's workload is shop.workload.sql beside it (as the samples ship): opened when the
    // editor holds nothing of the user's (empty, or the last model's workload as it was opened).
    const QFileInfo model(m_documents->filePath());
    const QString workload = workload::Workload::besideModel(model.filePath());
    workload::ui::WorkloadEditor *editor = panel->workloadEditor();
    auto onDisk = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const bool untouched = editor->text().trimmed().isEmpty() ||
                           (!m_opened.isEmpty() && editor->filePath() == m_opened && editor->text() == onDisk(m_opened));
    if (model.fileName().isEmpty() || !QFileInfo::exists(workload) || !untouched || editor->filePath() == workload)
        return;
    if (auto opened = editor->openFile(workload); !opened)
        emit message(opened.error().toString());
    else
        m_opened = workload;
}

void WorkloadPanes::reconnectEngineTabs()
{
    if (!m_sql->isBuilt())
        return;
    connectors::ui::SqlWorkbench *bench = m_sql->workbench();
    for (int i = 0; i < bench->tabCount(); ++i) {
        connectors::ui::SqlEditorTab *tab = bench->tab(i);
        if (tab->connectionId() == connectors::ConnectionStore::modelEngineId && tab->isConnected() &&
            !tab->isRunning())
            tab->setConnection(tab->connectionId(), true);
    }
}

} // namespace strata::app

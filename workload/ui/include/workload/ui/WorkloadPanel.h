// The workload panel of the tuning workbench: where the data goes (TargetBar), how much data to make
// and making it (DataPage), the workload file (WorkloadEditor), and what runs on them: the profile
// (ProfilePage), the scaling curves (ScalingPage) and index advice (AdvicePage). One job runs at a
// time, always in a worker; the pages show progress, Cancel and the results.
//
// For the main window: construct it on the open model's ModelDocument (advice's "Add to model" is
// one command on that document's undo stack), call setModelFile() whenever the model is saved
// under a name (the default target is the SQLite file beside it) and setConnectionStore() to offer
// the saved connections; show planRequested() plans in the plan view and message() in the status bar.
#pragma once

#include "workload/ui/WorkloadTarget.h"

#include <explain/Plan.h>
#include <functional>
#include <optional>
#include <QWidget>
#include <workload/Workload.h>

class QTabWidget;

namespace strata::connectors {
class ConnectionStore;
}

namespace strata::modeler::ui {
class ModelDocument;
}

namespace strata::workload::ui {

class AdvicePage;
class DataPage;
class ProfilePage;
class ScalingPage;
class TargetBar;
class WorkloadEditor;

class WorkloadPanel : public QWidget
{
    Q_OBJECT

public:
    /// `document` is the open model: its tables are sized and generated, and advice adds indexes to it.
    explicit WorkloadPanel(modeler::ui::ModelDocument *document, QWidget *parent = nullptr);
    ~WorkloadPanel() override;

    /// The open model's file: its embedded engine is the SQLite file beside it
    /// (Synthesizer::defaultSqlitePath, as `strata-cli synth` uses). Empty: an unsaved model, no engine.
    void setModelFile(const QString &modelFile);
    /// The embedded engine's file itself, when it is not the one beside the model; empty: none.
    void setEnginePath(const QString &path);
    /// Saved connections to offer as targets (may be null).
    void setConnectionStore(connectors::ConnectionStore *store);

    // What the buttons do; false (and the page says why) when it cannot start.
    bool generateData();
    bool runWorkload();
    bool runScaling();
    bool runAdvice();
    /// True while any of the pages' jobs runs.
    bool isBusy() const;

    TargetBar *targetBar() const { return m_target; }
    DataPage *dataPage() const { return m_data; }
    WorkloadEditor *workloadEditor() const { return m_editor; }
    ProfilePage *profilePage() const { return m_profile; }
    ScalingPage *scalingPage() const { return m_scaling; }
    AdvicePage *advicePage() const { return m_advice; }
    QTabWidget *resultTabs() const { return m_results; }

signals:
    /// Something to say in the status bar ("Added index … (Undo takes it out)", "Saved …").
    void message(const QString &text);
    /// The user opened a statement's plan (also shown in the panel's own plan tab): for the main
    /// window's plan view.
    void planRequested(const strata::explain::Plan &plan);
    /// A job started (true) or the last one ended (false).
    void busyChanged(bool busy);

private:
    struct RunInputs
    {
        WorkloadTarget target;
        Workload workload;
    };
    /// The target and the workload for a run on `page`, or nothing (and `problem` told why).
    std::optional<RunInputs> inputs(QWidget *page, const std::function<void(const QString &)> &problem);
    QWidget *group(const QString &title, QWidget *content);
    void updateButtons();

    modeler::ui::ModelDocument *m_document;
    TargetBar *m_target;
    DataPage *m_data;
    WorkloadEditor *m_editor;
    QTabWidget *m_results;
    ProfilePage *m_profile;
    ScalingPage *m_scaling;
    AdvicePage *m_advice;
};

} // namespace strata::workload::ui

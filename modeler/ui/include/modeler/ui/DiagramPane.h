// One diagram as the user works on it: the view of its scene, the minimap in the lower right
// corner, and the auto-layout bar (progress and Cancel) at the bottom while a layout runs.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace strata::modeler::ui {

class DiagramScene;
class DiagramView;
class LayoutRunner;
class MinimapWidget;
class ModelDocument;

class DiagramPane : public QWidget
{
    Q_OBJECT

public:
    DiagramPane(ModelDocument *document, const QString &diagramId, QWidget *parent = nullptr);
    ~DiagramPane() override;

    QString diagramId() const;
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    LayoutRunner *layoutRunner() const { return m_runner; }
    /// What the layout bar says now ("Laying out…", "Cancelling…"); empty when no layout runs.
    QString layoutStatus() const;
    MinimapWidget *minimap() const { return m_minimap; }

    /// Lays out the selected cards (all when none or `whole`), in the background. False when busy.
    bool startLayout(bool whole);

signals:
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeMinimap();

    DiagramScene *m_scene;
    DiagramView *m_view;
    MinimapWidget *m_minimap;
    LayoutRunner *m_runner;
    QWidget *m_layoutBar;
    QProgressBar *m_progress;
    QLabel *m_layoutLabel;
};

} // namespace strata::modeler::ui

// The list of the model's lint findings, errors first, each with the object it concerns and how to
// fix it; choosing one selects the object. The dialects to check for are chosen here (and kept in
// the model: see LintMonitor).
#pragma once

#include <modeler/Linter.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace strata::modeler::ui {

class LintMonitor;

class LintPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LintPanel(LintMonitor *monitor, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QComboBox *dialectChooser() const { return m_dialects; }

signals:
    void objectSelected(const strata::modeler::ObjectRef &object);

private:
    void show(const QList<LintFinding> &findings);
    void showDialects(const QList<Dialect> &dialects);

    LintMonitor *m_monitor;
    QComboBox *m_dialects;
    QLabel *m_counts;
    QTreeWidget *m_list;
    QList<LintFinding> m_findings;
};

} // namespace strata::modeler::ui

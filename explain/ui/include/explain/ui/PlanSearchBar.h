// Find a node by name, table, index or words of its conditions; Enter and the arrows step
// through the matches.
#pragma once

#include <explain/Plan.h>

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace strata::explain::ui {

class PlanSearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSearchBar(QWidget *parent = nullptr);
    void setPlan(std::shared_ptr<const Plan> plan);
    void setText(const QString &text);
    QList<int> matches() const { return m_matches; }
    void next();
    void previous();

signals:
    void matchesChanged(const QList<int> &nodes);
    void nodeChosen(int node);

private:
    void search();
    void choose(int at);

    std::shared_ptr<const Plan> m_plan;
    QLineEdit *m_edit;
    QLabel *m_count;
    QList<int> m_matches;
    int m_current = -1;
};

} // namespace strata::explain::ui

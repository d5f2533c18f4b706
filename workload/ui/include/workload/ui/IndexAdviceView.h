// What index advice found, for reading and choosing: the kept indexes (the statements each speeds
// up and by how much, the write cost per inserted row, size, build time, the CREATE INDEX; the
// chosen one's in full under them), and in tabs below the candidates not kept with why, the
// existing indexes no statement used, and every statement with all kept indexes at once.
#pragma once

#include <QWidget>
#include <workload/IndexAdvice.h>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace strata::workload::ui {

class IndexAdviceView : public QWidget
{
    Q_OBJECT

public:
    explicit IndexAdviceView(QWidget *parent = nullptr);

    void setAdvice(const IndexAdvice &advice);
    /// Marks a kept index as in the model (or not): its row says so.
    void setInModel(int kept, bool inModel);
    /// The kept index of the current row, or -1.
    int currentKept() const;
    void selectKept(int kept);

    QTableWidget *keptTable() const { return m_kept; }
    QTreeWidget *rejectedList() const { return m_rejected; }
    QTreeWidget *unusedList() const { return m_unused; }
    QTreeWidget *combinedList() const { return m_combined; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The chosen kept index in full: its CREATE INDEX and why it was a candidate.
    QLabel *chosenText() const { return m_chosen; }

    /// "by_amount 41× (3.20 → 0.078 ms)"
    static QString effectText(const StatementEffect &effect);

signals:
    void keptChosen(int kept);

private:
    void fillKept(const IndexAdvice &advice);
    void showChosen(int kept);

    QTableWidget *m_kept;
    QTabWidget *m_tabs;
    QTreeWidget *m_rejected;
    QTreeWidget *m_unused;
    QTreeWidget *m_combined;
    QLabel *m_chosen;
    IndexAdvice m_advice;
};

} // namespace strata::workload::ui

// The query history as a searchable list: newest first, with time, connection, duration, rows and
// the SQL's first line; errors in red. Searching runs on a pool thread as one types. Activating an
// entry hands its SQL to whoever shows it (the workbench puts it in the editor).
#pragma once

#include "connectors/ui/QueryHistory.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace strata::connectors::ui {

class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    /// The history to show (may be null: the view then says it is unavailable).
    void setHistory(QueryHistory *history);
    /// Searches again (after a run was added).
    void refresh();
    void setSearchText(const QString &text);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    QTreeWidget *list() const { return m_list; }

signals:
    void entryActivated(const strata::connectors::ui::HistoryEntry &entry);
    /// A search finished and the list shows its entries.
    void searched();

private:
    void search();
    void show(const Result<QList<HistoryEntry>> &found);

    QueryHistory *m_history = nullptr;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QTimer m_debounce;
    QFutureWatcher<Result<QList<HistoryEntry>>> m_watcher;
    bool m_again = false; // a search was asked for while one ran
    QList<HistoryEntry> m_entries;
};

} // namespace strata::connectors::ui

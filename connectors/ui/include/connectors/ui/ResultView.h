// One result set: the grid (a ResultTableModel fetched as it scrolls), a line saying how many rows
// there are and whether more wait, sorting by a header click, copy in four formats (Ctrl+C copies
// tab-separated text; the context menu has CSV, Markdown and INSERT statements) and export to CSV.
#pragma once

#include "connectors/ui/RowFormatter.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace strata::connectors::ui {

class ResultTableModel;

class ResultView : public QWidget
{
    Q_OBJECT

public:
    /// Copying more rows than this asks to export instead: the clipboard is not a file.
    static constexpr int maxCopyRows = 100000;

    explicit ResultView(QWidget *parent = nullptr);

    ResultTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// The statement the rows come from: names the table of copied INSERTs.
    void setStatement(const QString &statement, Dialect dialect);
    const QString &statement() const { return m_statement; }
    /// The selected cells (their bounding rows, the selected columns; all fetched rows when nothing
    /// is selected) as text.
    QString selectionText(CopyFormat format) const;
    void copySelection(CopyFormat format);
    /// Asks for a file and emits exportRequested.
    void exportCsv();
    void showExportProgress(qint64 rows, bool running);
    /// The footer's text: "1,000 rows (more as you scroll)".
    QString footerText() const;

signals:
    void exportRequested(const QString &path);
    void exportCancelRequested();

private:
    void updateFooter();
    void showContextMenu(const QPoint &at);
    void sortByHeader(int column);

    ResultTableModel *m_model;
    QTableView *m_table;
    QLabel *m_footer;
    QProgressBar *m_progress;
    QToolButton *m_cancelExport;
    QString m_statement;
    CopyOptions m_copyOptions;
};

} // namespace strata::connectors::ui

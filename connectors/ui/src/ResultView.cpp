#include "connectors/ui/ResultView.h"

#include "connectors/ui/ResultTableModel.h"
#include "connectors/ui/SqlCompletion.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace strata::connectors::ui {

ResultView::ResultView(QWidget *parent)
    : QWidget(parent), m_model(new ResultTableModel(this)), m_table(new QTableView(this)),
      m_footer(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancelExport(new QToolButton(this))
{
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights: the view never measures rows, whatever their number.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->horizontalHeader()->setMaximumSectionSize(400);
    m_progress->setMaximumWidth(200);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelExport->setText(tr("Cancel export"));
    m_cancelExport->hide();

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(6, 2, 6, 2);
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_progress);
    footer->addWidget(m_cancelExport);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_table, &QWidget::customContextMenuRequested, this, &ResultView::showContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &ResultView::sortByHeader);
    connect(m_cancelExport, &QToolButton::clicked, this, &ResultView::exportCancelRequested);
    auto *copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, [this] { copySelection(CopyFormat::Tsv); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResultView::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultView::updateFooter);
    connect(m_model, &ResultTableModel::completenessChanged, this, &ResultView::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && m_model->sortColumn() < 0)
            m_table->resizeColumnsToContents(); // the first page came with the result
        m_table->horizontalHeader()->setSortIndicatorShown(m_model->sortColumn() >= 0);
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    // Column widths from the first page; later rows do not move the columns under the reader's eyes.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_table->resizeColumnsToContents();
    });
    updateFooter();
}

void ResultView::setStatement(const QString &statement, Dialect dialect)
{
    m_statement = statement;
    m_copyOptions.dialect = dialect;
    const QList<TableReference> tables = SqlCompletion::tableReferences(statement);
    if (!tables.isEmpty()) {
        m_copyOptions.schema = tables.first().schema;
        m_copyOptions.table = tables.first().name;
    }
}

QString ResultView::footerText() const
{
    const QString rows = QLocale().toString(m_model->rowCount());
    if (m_model->isClosed() && m_model->rowCount() > 0)
        return tr("%1 rows read before the statement was closed").arg(rows);
    if (!m_model->isComplete())
        return tr("%1 rows fetched, more as you scroll").arg(rows);
    return m_model->rowCount() == 1 ? tr("1 row") : tr("%1 rows").arg(rows);
}

void ResultView::updateFooter()
{
    m_footer->setText(footerText());
}

QString ResultView::selectionText(CopyFormat format) const
{
    // Selection ranges, not indexes: a select-all of millions of rows is one range.
    const QItemSelection selection = m_table->selectionModel()->selection();
    std::set<int> columns;
    qint64 first = 0, last = m_model->rowCount() - 1;
    if (selection.isEmpty()) {
        for (int c = 0; c < m_model->columnCount(); ++c)
            columns.insert(c);
    } else {
        first = selection.first().top();
        last = selection.first().bottom();
        for (const QItemSelectionRange &range : selection) {
            for (int c = range.left(); c <= range.right(); ++c)
                columns.insert(c);
            first = qMin<qint64>(first, range.top());
            last = qMax<qint64>(last, range.bottom());
        }
    }
    QList<Column> chosen;
    for (int c : columns)
        chosen << m_model->columns().value(c);
    QList<Row> rows;
    const int count = int(qMin<qint64>(last - first + 1, maxCopyRows));
    for (const Row &row : m_model->rows(first, count)) {
        Row picked;
        for (int c : columns)
            picked << row.value(c);
        rows << picked;
    }
    return RowFormatter::format(format, chosen, rows, m_copyOptions);
}

void ResultView::copySelection(CopyFormat format)
{
    QApplication::clipboard()->setText(selectionText(format));
}

void ResultView::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to CSV"), m_copyOptions.table + QStringLiteral(".csv"),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        emit exportRequested(path);
}

void ResultView::showExportProgress(qint64 rows, bool running)
{
    m_progress->setVisible(running);
    m_cancelExport->setVisible(running);
    m_progress->setFormat(tr("%1 rows").arg(QLocale().toString(rows)));
    m_progress->setTextVisible(true);
    m_footer->setText(running ? tr("exporting: %1 rows written").arg(QLocale().toString(rows))
                              : footerText());
}

void ResultView::showContextMenu(const QPoint &at)
{
    QMenu menu(this);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, [this] { copySelection(CopyFormat::Tsv); });
    menu.addAction(tr("Copy as CSV"), this, [this] { copySelection(CopyFormat::Csv); });
    menu.addAction(tr("Copy as Markdown"), this, [this] { copySelection(CopyFormat::Markdown); });
    menu.addAction(tr("Copy as INSERT statements"), this, [this] { copySelection(CopyFormat::Inserts); });
    menu.addSeparator();
    menu.addAction(tr("Export to CSV…"), this, &ResultView::exportCsv);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void ResultView::sortByHeader(int column)
{
    const bool same = m_model->sortColumn() == column;
    const Qt::SortOrder order =
        same && m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    m_model->sort(column, order);
}

} // namespace strata::connectors::ui

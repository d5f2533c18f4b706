#include "workload/ui/SynthProgressList.h"

#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>

namespace strata::workload::ui {

namespace {

enum Column { TableColumn, BarColumn, RowsColumn, SpeedColumn, StateColumn };

QString stateText(TableProgress::State state)
{
    switch (state) {
    case TableProgress::State::Waiting:
        return QObject::tr("waiting");
    case TableProgress::State::Loading:
        return QObject::tr("loading");
    case TableProgress::State::Done:
        return QObject::tr("done");
    }
    return {};
}

} // namespace

SynthProgressList::SynthProgressList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("synthProgress"));
    setColumnCount(5);
    setHeaderLabels({tr("Table"), tr("Progress"), tr("Rows"), tr("Rows/s"), tr("State")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    // The names and numbers are read whole; the bars take what width is left.
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(60);
    for (int c : {TableColumn, RowsColumn, SpeedColumn, StateColumn})
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(BarColumn, QHeaderView::Stretch);
}

void SynthProgressList::reset(const QList<QPair<QString, qint64>> &tables)
{
    clear();
    m_items.clear();
    m_progress.clear();
    for (const auto &[table, rows] : tables) {
        TableProgress p;
        p.table = table;
        p.rowsTotal = rows;
        update(p);
    }
}

QTreeWidgetItem *SynthProgressList::itemFor(const QString &table)
{
    if (QTreeWidgetItem *item = m_items.value(table))
        return item;
    auto *item = new QTreeWidgetItem(this, {table});
    for (int c : {RowsColumn, SpeedColumn})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    auto *bar = new QProgressBar;
    bar->setMaximumHeight(fontMetrics().height());
    bar->setRange(0, 1000);
    bar->setValue(0);
    setItemWidget(item, BarColumn, bar);
    m_items.insert(table, item);
    return item;
}

void SynthProgressList::update(const TableProgress &progress)
{
    QTreeWidgetItem *item = itemFor(progress.table);
    m_progress.insert(progress.table, progress);
    const QLocale locale;
    auto *bar = static_cast<QProgressBar *>(itemWidget(item, BarColumn));
    const bool done = progress.state == TableProgress::State::Done;
    bar->setValue(progress.rowsTotal > 0 ? int(double(progress.rowsDone) * 1000 / double(progress.rowsTotal))
                                         : (done ? 1000 : 0));
    item->setText(RowsColumn,
                  tr("%1 / %2").arg(locale.toString(progress.rowsDone), locale.toString(progress.rowsTotal)));
    item->setText(SpeedColumn,
                  progress.rowsPerSecond > 0 ? locale.toString(qint64(progress.rowsPerSecond)) : QString());
    item->setText(StateColumn, stateText(progress.state));
}

qint64 SynthProgressList::rowsDone(const QString &table) const
{
    return m_progress.value(table).rowsDone;
}

qint64 SynthProgressList::rowsTotal(const QString &table) const
{
    return m_progress.value(table).rowsTotal;
}

TableProgress::State SynthProgressList::state(const QString &table) const
{
    return m_progress.value(table).state;
}

QProgressBar *SynthProgressList::bar(const QString &table) const
{
    QTreeWidgetItem *item = m_items.value(table);
    return item ? static_cast<QProgressBar *>(itemWidget(item, BarColumn)) : nullptr;
}

} // namespace strata::workload::ui

// One line per table while data is generated: a progress bar to the table's rows, the rows loaded,
// the rows per second, and whether it waits for its parents, loads or is done.
#pragma once

#include <QHash>
#include <QTreeWidget>
#include <workload/SynthOptions.h>

class QProgressBar;

namespace strata::workload::ui {

class SynthProgressList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SynthProgressList(QWidget *parent = nullptr);

    /// Every table waiting, with the rows it is planned to get.
    void reset(const QList<QPair<QString, qint64>> &tables);
    void update(const TableProgress &progress);

    qint64 rowsDone(const QString &table) const;
    qint64 rowsTotal(const QString &table) const;
    TableProgress::State state(const QString &table) const;
    QProgressBar *bar(const QString &table) const;

private:
    QTreeWidgetItem *itemFor(const QString &table);

    QHash<QString, TableProgress> m_progress;
    QHash<QString, QTreeWidgetItem *> m_items;
};

} // namespace strata::workload::ui

// Generates the rows of one table, in batches, on a worker thread: constructed keys first, then the
// other columns from their generators, then foreign keys from parent rows (earlier rows for a
// self-reference, NULL now and an UPDATE later for a key that closes a cycle), then the row is made
// to meet its checks: columns ordered, repeats of checked keys and rows a check refuses drawn again,
// a bounded number of times. Each column draws from its own seeded stream, so the rows do not depend
// on which thread made them or when.
#pragma once

#include "CheckEvaluator.h"
#include "KeptValues.h"
#include "TablePlan.h"
#include "UniqueKeyBuilder.h"

#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace strata::workload {

class TableGenerator
{
public:
    /// A row whose foreign key closes a cycle: set by UPDATE once the parent table is loaded.
    struct PendingUpdate
    {
        connectors::Row identity; ///< the values of TablePlan::identifyingColumns; the rowid when there are none
        int link = -1;
        qint64 parentRow = -1;
    };
    /// Takes a full batch; returns false to stop (the run was cancelled).
    using Deliver = std::function<bool(connectors::RowBatch &&batch)>;

    /// `kept`: every table's kept values (this table's are written, its parents' read).
    TableGenerator(const std::vector<TablePlan> &tables, int index, std::vector<KeptValues> &kept);
    ~TableGenerator();

    /// `emptyBatch` gives a batch to fill (recycled memory where there is some).
    Result<void> run(int batchRows, const Deliver &deliver, const std::function<connectors::RowBatch(int columns)> &emptyBatch);
    const QList<PendingUpdate> &pendingUpdates() const { return m_pending; }

private:
    Result<void> makeRow(qint64 index, connectors::Row &row);
    Result<void> fillPlain(qint64 index, connectors::Row &row, int column);
    void fillLinks(qint64 index, connectors::Row &row, bool selfReferences);
    void pickParent(qint64 index, connectors::Row &row, int link);
    /// Re-draws `columns` that are free to change (not filled by a constructed key or a link).
    Result<void> redraw(qint64 index, connectors::Row &row, const QList<int> &columns);
    /// Which rule of the row is broken: an ordering, a checked key, a check; empty when none.
    Result<QString> brokenRule(const connectors::Row &row, QList<int> *columns);
    QString keyText(const UniqueKey &key, const connectors::Row &row) const;
    Error failure(const QString &what) const;

    const std::vector<TablePlan> &m_tables;
    const TablePlan &m_plan;
    std::vector<KeptValues> &m_kept;
    std::vector<SeededRandom> m_columnRandom;
    std::vector<SeededRandom> m_linkRandom;
    std::vector<std::optional<ZipfSampler>> m_linkZipf;       ///< per link with a skewed fan-out
    std::vector<std::optional<KeyPermutation>> m_linkOrder;   ///< which parent gets Zipf rank r
    std::vector<std::unique_ptr<UniqueKeyBuilder>> m_builders;     ///< per key; null for checked keys
    std::vector<std::unique_ptr<UniqueKeyBuilder>> m_deferredKeys; ///< per link: the parent's key, for NOT NULL cycles
    std::vector<QSet<QString>> m_seen;                             ///< per checked key: the keys so far
    QList<bool> m_free;           ///< per column: may be drawn again
    QList<bool> m_direct;         ///< per column: nothing reads its value, so it goes straight into the batch
    QList<qint64> m_parentRow;    ///< per link: the parent row of the current row
    QList<qint64> m_uniquePicks;  ///< per link picking each parent once: how many it has picked
    std::unique_ptr<CheckEvaluator> m_checks;
    QList<PendingUpdate> m_pending;
};

} // namespace strata::workload

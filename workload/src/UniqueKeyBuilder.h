// Makes the values of one constructed unique key, row by row (see UniqueKey::Method): key number
// permutation(i) split over the key's parts, or a parent row by the link's fan-out and the next
// child number or permuted position within that parent. A parent that is full is skipped for the
// next one with room (a union-find over parents), so a nearly full key never stalls.
#pragma once

#include "KeptValues.h"
#include "TablePlan.h"

#include "workload/KeyPermutation.h"
#include "workload/ZipfSampler.h"

#include <connectors/Column.h>

#include <optional>
#include <vector>

namespace strata::workload {

class UniqueKeyBuilder
{
public:
    UniqueKeyBuilder(const TablePlan &plan, const UniqueKey &key, quint64 seed, const std::vector<TablePlan> &tables);

    /// Fills the key's columns of `row` with the next key not used yet; `parentRow` gets the parent
    /// row picked for each link the key holds (by link index). Called again for the same row when the
    /// row breaks a check: that key is skipped for good, so keys never repeat. False when the key
    /// has no combination left.
    bool fill(connectors::Row &row, QList<qint64> &parentRow, const std::vector<KeptValues> &kept);
    /// The key's values at row `index`, in column order, for a key of plain columns (Permuted).
    connectors::Row pureValues(qint64 index) const;

private:
    /// Writes the values of key number `k` split over the axes from `firstAxis` on.
    void place(quint64 k, int firstAxis, connectors::Row &row, QList<qint64> &parentRow, const std::vector<KeptValues> &kept) const;
    qint64 pickParent();
    qint64 nextWithRoom(qint64 parent);

    const TablePlan &m_plan;
    const UniqueKey &m_key;
    const std::vector<TablePlan> &m_tables;
    quint64 m_seed;
    SeededRandom m_random;
    quint64 m_used = 0; // keys taken
    std::optional<KeyPermutation> m_permutation;
    // PerParent
    quint64 m_restSize = 1;          // combinations of the axes after the parent
    quint64 m_capacity = 1;          // children one parent can have
    std::vector<quint64> m_children; // per parent: children so far
    std::vector<qint64> m_next;      // union-find: the next parent with room
    std::optional<ZipfSampler> m_zipf;
    std::optional<KeyPermutation> m_parentOrder; // which parent gets Zipf rank r
};

} // namespace strata::workload

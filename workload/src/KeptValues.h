// The values of a table's columns that other rows read: the parent keys its children's foreign keys
// take, and for self-references the earlier rows of the table itself. Written by the table's own
// generator only; read by children once it has finished (and by itself for earlier rows).
#pragma once

#include <QList>
#include <QVariant>

#include <vector>

namespace strata::workload {

class KeptValues
{
public:
    /// Makes room for `rows` rows of the columns at these positions.
    void prepare(const QList<int> &columns, qint64 rows);
    bool keeps(int column) const { return m_slot.value(column, -1) >= 0; }
    void set(int column, qint64 row, const QVariant &value)
    {
        m_values[size_t(m_slot[column])][size_t(row)] = value;
    }
    QVariant value(int column, qint64 row) const { return m_values[size_t(m_slot[column])][size_t(row)]; }

private:
    QList<int> m_slot; // column position -> slot, -1 when not kept
    std::vector<std::vector<QVariant>> m_values;
};

} // namespace strata::workload

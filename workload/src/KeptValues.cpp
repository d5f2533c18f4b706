#include "KeptValues.h"

namespace strata::workload {

void KeptValues::prepare(const QList<int> &columns, qint64 rows)
{
    m_slot.clear();
    m_values.clear();
    for (const int c : columns) {
        while (m_slot.size() <= c)
            m_slot << -1;
        m_slot[c] = int(m_values.size());
        m_values.emplace_back(size_t(std::max<qint64>(rows, 0)));
    }
}

} // namespace strata::workload

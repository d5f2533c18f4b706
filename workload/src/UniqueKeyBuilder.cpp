#include "UniqueKeyBuilder.h"

#include "KeyPlanner.h"

namespace strata::workload {

using connectors::Row;

UniqueKeyBuilder::UniqueKeyBuilder(const TablePlan &plan, const UniqueKey &key, quint64 seed, const std::vector<TablePlan> &tables)
    : m_plan(plan), m_key(key), m_tables(tables), m_seed(seed), m_random(seed)
{
    if (key.method == UniqueKey::Method::Permuted) {
        const bool counted = key.axes.size() == 1 && key.axes[0].column >= 0 &&
                             plan.generators[size_t(key.axes[0].column)].generator->followsRowNumber();
        if (!counted)
            m_permutation.emplace(std::max<quint64>(key.combinations, 1), seed);
        return;
    }
    if (key.method != UniqueKey::Method::PerParent)
        return;
    const ForeignKeyLink &link = plan.links[key.axes[0].link];
    const quint64 parents = std::max<quint64>(key.axes[0].size, 1);
    for (int i = 1; i < key.axes.size(); ++i)
        m_restSize = std::min(KeyPlanner::saturation, m_restSize * std::max<quint64>(key.axes[i].size, 1));
    m_capacity = key.numbered ? key.combinations / parents : m_restSize;
    m_children.assign(parents, 0);
    m_next.resize(parents + 1);
    for (quint64 i = 0; i <= parents; ++i)
        m_next[i] = qint64(i);
    if (link.skew > 0) {
        m_zipf.emplace(parents, link.skew);
        m_parentOrder.emplace(parents, SeededRandom::mix(seed ^ 0x2545f4914f6cdd1dULL));
    }
}

qint64 UniqueKeyBuilder::nextWithRoom(qint64 parent)
{
    qint64 root = parent;
    while (m_next[size_t(root)] != root)
        root = m_next[size_t(root)];
    while (m_next[size_t(parent)] != root) { // path compression
        const qint64 up = m_next[size_t(parent)];
        m_next[size_t(parent)] = root;
        parent = up;
    }
    return root;
}

qint64 UniqueKeyBuilder::pickParent()
{
    const qint64 parents = qint64(m_children.size());
    qint64 p = m_zipf ? qint64((*m_parentOrder)(m_zipf->sample(m_random) - 1)) : qint64(m_random.below(quint64(parents)));
    p = nextWithRoom(p);
    if (p == parents) // none with room from here on: from the start (the planner made sure there is room)
        p = nextWithRoom(0);
    return p;
}

void UniqueKeyBuilder::place(quint64 k, int firstAxis, Row &row, QList<qint64> &parentRow, const std::vector<KeptValues> &kept) const
{
    for (int i = int(m_key.axes.size()) - 1; i >= firstAxis; --i) {
        const KeyAxis &axis = m_key.axes[i];
        const quint64 size = std::max<quint64>(axis.size, 1);
        const quint64 digit = i == firstAxis ? k : k % size;
        k = i == firstAxis ? 0 : k / size;
        if (axis.column >= 0) {
            row[axis.column] = m_plan.generators[size_t(axis.column)].generator->valueAt(digit);
            continue;
        }
        const ForeignKeyLink &link = m_plan.links[axis.link];
        parentRow[axis.link] = qint64(digit);
        for (int c = 0; c < link.columns.size(); ++c)
            row[link.columns[c]] = kept[size_t(link.parent)].value(link.parentColumns[c], qint64(digit));
    }
}

bool UniqueKeyBuilder::fill(Row &row, QList<qint64> &parentRow, const std::vector<KeptValues> &kept)
{
    if (m_key.method == UniqueKey::Method::Permuted) {
        const int single = m_key.axes.size() == 1 ? m_key.axes[0].column : -1;
        if (single >= 0 && m_key.nullsDistinct && m_plan.generators[size_t(single)].nullRate > 0 &&
            m_random.chance(m_plan.generators[size_t(single)].nullRate)) {
            row[single] = QVariant(); // NULLs never collide in a key
            return true;
        }
        if (m_used >= std::max<quint64>(m_key.combinations, 1))
            return false;
        const quint64 k = m_used++;
        place(m_permutation ? (*m_permutation)(k) : k, 0, row, parentRow, kept);
        return true;
    }
    if (m_used >= m_key.combinations)
        return false;
    ++m_used;
    const qint64 parent = pickParent();
    const quint64 child = m_children[size_t(parent)]++;
    if (m_children[size_t(parent)] >= m_capacity)
        m_next[size_t(parent)] = parent + 1; // full: the next one takes its children
    const ForeignKeyLink &link = m_plan.links[m_key.axes[0].link];
    parentRow[m_key.axes[0].link] = parent;
    for (int c = 0; c < link.columns.size(); ++c)
        row[link.columns[c]] = kept[size_t(link.parent)].value(link.parentColumns[c], parent);
    if (m_key.numbered) {
        row[m_key.axes.last().column] = qlonglong(child + 1);
        return true;
    }
    const KeyPermutation within(m_restSize, SeededRandom::mix(m_seed ^ quint64(parent)));
    place(within(child), 1, row, parentRow, kept);
    return true;
}

Row UniqueKeyBuilder::pureValues(qint64 index) const
{
    Row row(m_plan.columns.size());
    QList<qint64> unused(m_plan.links.size(), -1);
    place(m_permutation ? (*m_permutation)(quint64(index)) : quint64(index), 0, row, unused, {});
    Row out;
    for (const int c : m_key.columns)
        out << row[c];
    return out;
}

} // namespace strata::workload

#include "ColumnGenerator.h"

#include "workload/KeyPermutation.h"

#include <QSet>

namespace strata::workload {

void ColumnGenerator::preparePool(quint64 seed)
{
    m_pool.clear();
    if (distinct <= 0)
        return;
    SeededRandom random(seed);
    const quint64 domain = generator->domainSize();
    if (domain >= quint64(distinct)) { // enumerable: distinct by construction, spread over the domain
        const KeyPermutation permutation(domain, seed);
        for (qint64 i = 0; i < distinct; ++i) {
            const QVariant v = generator->valueAt(permutation(quint64(i)));
            if (accepts(v))
                m_pool << v;
        }
        if (!m_pool.isEmpty())
            return;
    }
    QSet<QString> seen; // drawn: the distribution's common values come first
    for (qint64 attempt = 0; m_pool.size() < distinct && attempt < 20 * distinct; ++attempt) {
        const QVariant v = generator->next(random);
        if (accepts(v) && !seen.contains(v.toString())) {
            seen.insert(v.toString());
            m_pool << v;
        }
    }
}

std::optional<QVariant> ColumnGenerator::draw(SeededRandom &random, qint64 row) const
{
    if (nullRate > 0 && random.chance(nullRate))
        return QVariant();
    return drawValue(random, row);
}

std::optional<QVariant> ColumnGenerator::drawValue(SeededRandom &random, qint64 row) const
{
    if (generator->followsRowNumber()) {
        QVariant v = generator->valueAt(quint64(row));
        return accepts(v) ? std::optional<QVariant>(std::move(v)) : std::nullopt;
    }
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        QVariant v = m_pool.isEmpty() ? generator->next(random) : m_pool[qsizetype(random.below(quint64(m_pool.size())))];
        if (accepts(v))
            return v;
    }
    return std::nullopt;
}

} // namespace strata::workload

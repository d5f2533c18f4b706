#include "ChoiceGenerator.h"

#include <algorithm>

namespace strata::workload {

ChoiceGenerator::ChoiceGenerator(QVariantList values, const QList<double> &weights) : m_values(std::move(values))
{
    if (weights.size() != m_values.size())
        return;
    double sum = 0;
    for (const double w : weights)
        m_cumulative << (sum += std::max(w, 0.0));
    if (sum <= 0)
        m_cumulative.clear();
}

QVariant ChoiceGenerator::next(SeededRandom &random) const
{
    if (m_values.isEmpty())
        return {};
    if (m_cumulative.isEmpty())
        return m_values[qsizetype(random.below(quint64(m_values.size())))];
    const double target = random.unit() * m_cumulative.last();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return m_values[std::min<qsizetype>(it - m_cumulative.begin(), m_values.size() - 1)];
}

} // namespace strata::workload

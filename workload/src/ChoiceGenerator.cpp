#include "ChoiceGenerator.h"

#include <algorithm>

namespace strata::workload {

ChoiceGenerator::ChoiceGenerator(QVariantList values, const QList<double> &weights) : m_values(std::move(values)), m_encoded(1)
{
    for (const QVariant &v : std::as_const(m_values))
        m_encoded.append(v);
    if (weights.size() != m_values.size())
        return;
    double sum = 0;
    for (const double w : weights)
        m_cumulative << (sum += std::max(w, 0.0));
    if (sum <= 0)
        m_cumulative.clear();
}

qsizetype ChoiceGenerator::pick(SeededRandom &random) const
{
    if (m_cumulative.isEmpty())
        return qsizetype(random.below(quint64(m_values.size())));
    const double target = random.unit() * m_cumulative.last();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return std::min<qsizetype>(it - m_cumulative.begin(), m_values.size() - 1);
}

QVariant ChoiceGenerator::next(SeededRandom &random) const
{
    return m_values.isEmpty() ? QVariant() : m_values[pick(random)];
}

void ChoiceGenerator::write(SeededRandom &random, qint64, connectors::RowBatch &batch) const
{
    if (m_values.isEmpty())
        return batch.appendNull();
    const qsizetype i = pick(random);
    switch (m_encoded.kind(i)) {
    case connectors::RowBatch::Kind::Text: return batch.appendUtf8(m_encoded.bytes(i));
    case connectors::RowBatch::Kind::Bytes: return batch.appendBytes(m_encoded.bytes(i));
    default: return batch.append(m_values[i]);
    }
}

} // namespace strata::workload

#include "NumberGenerator.h"

#include "ValueText.h"

#include <cmath>

namespace strata::workload {

namespace {

constexpr double maxDomain = 4.0e18; // keys permute at most this many values

} // namespace

NumberGenerator::NumberGenerator(const Params &params, Output output, int scale, double low, double high)
    : m_params(params), m_output(output), m_scale(output == Output::Decimal ? std::clamp(scale, 0, 9) : 0),
      m_unit(output == Output::Real ? 0 : std::pow(10.0, -m_scale))
{
    m_low = std::max(low, params.min.value_or(low));
    m_high = std::min(high, params.max.value_or(high));
    if (m_low > m_high)
        m_low = m_high;
    if (output != Output::Real) { // bounds on the grid of values the output can hold
        m_low = std::ceil(m_low / m_unit - 1e-9) * m_unit;
        m_high = std::floor(m_high / m_unit + 1e-9) * m_unit;
    }
    const double span = output == Output::Real ? 0 : std::floor((m_high - m_low) / m_unit + 0.5) + 1;
    switch (params.distribution) {
    case Distribution::Sequence: {
        const double first = double(params.start);
        const double count = params.step > 0 ? std::floor((m_high - first) / double(params.step)) + 1
                                              : std::floor((first - m_low) / double(-params.step)) + 1;
        m_domain = count > 0 ? quint64(std::min(count, maxDomain)) : 0;
        break;
    }
    case Distribution::Zipf:
        m_zipf.emplace(quint64(std::max(1.0, std::min(span, maxDomain))), params.skew);
        m_domain = quint64(std::max(1.0, std::min(span, maxDomain)));
        break;
    case Distribution::Uniform:
        m_domain = span > 0 ? quint64(std::min(span, maxDomain)) : 0;
        break;
    default: // bounded draws of the other distributions can still serve keys from their range
        m_domain = params.min && params.max && span > 0 ? quint64(std::min(span, maxDomain)) : 0;
    }
}

double NumberGenerator::draw(SeededRandom &random) const
{
    switch (m_params.distribution) {
    case Distribution::Sequence: return double(m_params.start);
    case Distribution::Uniform:
        if (m_output == Output::Real)
            return m_low + random.unit() * (m_high - m_low);
        return m_low + double(random.below(m_domain ? m_domain : 1)) * m_unit;
    case Distribution::Zipf: return m_low + double(m_zipf->sample(random) - 1) * m_unit;
    case Distribution::Normal: return random.normal(m_params.mean, m_params.stddev);
    case Distribution::Exponential: return m_params.min.value_or(0) + random.exponential(m_params.mean);
    case Distribution::LogNormal: return std::exp(random.normal(std::log(m_params.mean), m_params.stddev));
    }
    return 0;
}

double NumberGenerator::bounded(SeededRandom &random) const
{
    double value = draw(random);
    // Unbounded distributions are drawn again a few times when they fall outside, then clamped:
    // a recipe whose range hardly overlaps the column's still ends.
    for (int attempt = 0; attempt < 8 && (value < m_low || value > m_high); ++attempt)
        value = draw(random);
    return std::clamp(value, m_low, m_high);
}

QVariant NumberGenerator::next(SeededRandom &random) const
{
    return make(bounded(random));
}

void NumberGenerator::write(SeededRandom &random, qint64 row, connectors::RowBatch &batch) const
{
    if (followsRowNumber())
        return ValueGenerator::write(random, row, batch);
    const double value = bounded(random);
    switch (m_output) {
    case Output::Real: return batch.appendReal(value);
    case Output::Integer: return batch.appendInteger(qint64(std::llround(value)));
    case Output::Decimal: {
        char *out = batch.textSpace(48);
        return batch.commitText(text::writeDecimal(out, std::llround(value / m_unit), m_scale) - out);
    }
    }
}

QVariant NumberGenerator::make(double value) const
{
    switch (m_output) {
    case Output::Real: return value;
    case Output::Integer: return qlonglong(std::llround(value));
    case Output::Decimal: return text::decimal(std::llround(value / m_unit), m_scale);
    }
    return {};
}

QVariant NumberGenerator::valueAt(quint64 k) const
{
    if (m_params.distribution == Distribution::Sequence) {
        const qint64 v = m_params.start + qint64(k) * m_params.step;
        return m_output == Output::Decimal ? QVariant(text::decimal(v, 0)) : m_output == Output::Real ? QVariant(double(v)) : QVariant(qlonglong(v));
    }
    if (m_output == Output::Decimal)
        return text::decimal(std::llround(m_low / m_unit) + qint64(k), m_scale);
    if (m_output == Output::Integer)
        return qlonglong(std::llround(m_low) + qint64(k));
    return m_low + double(k);
}

} // namespace strata::workload

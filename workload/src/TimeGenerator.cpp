#include "TimeGenerator.h"

#include "ValueText.h"

#include <cmath>
#include <numbers>

namespace strata::workload {

using Period = modeler::Seasonality::Period;

TimeGenerator::TimeGenerator(Output output, qint64 from, qint64 to, std::optional<modeler::Seasonality> seasonality)
    : m_output(output), m_from(std::min(from, to)), m_to(std::max(from, to)), m_seasonality(seasonality)
{
    if (!m_seasonality)
        return;
    const double a = m_seasonality->amplitude;
    for (int i = 0; i < 4096; ++i)
        m_keep.push_back((1 + a * std::cos(2 * std::numbers::pi * ((i + 0.5) / 4096 - m_seasonality->peak))) / (1 + a));
}

double TimeGenerator::keepChance(qint64 value) const
{
    const double days = m_output == Output::Date ? double(value) : double(value) / 86400.0;
    double phase = 0;
    switch (m_seasonality->period) {
    case Period::Day: phase = days - std::floor(days); break;
    case Period::Week: phase = std::fmod(days + 3.0 + 7000000.0, 7.0) / 7.0; break; // 1970-01-01 was a Thursday; 0 is Monday
    case Period::Year: {
        const double years = days / 365.2425;
        phase = years - std::floor(years);
        break;
    }
    }
    return m_keep[size_t(std::clamp(int(phase * 4096), 0, 4095))];
}

qint64 TimeGenerator::draw(SeededRandom &random) const
{
    const quint64 span = quint64(m_to - m_from) + 1;
    qint64 value = m_from + qint64(random.below(span));
    if (m_seasonality && m_seasonality->amplitude > 0 && m_output != Output::Time) {
        // The chance to keep a draw is at least (1-a)/(1+a) >= 1/39; after 200 misses (rare) the draw stands.
        for (int attempt = 0; attempt < 200 && !random.chance(keepChance(value)); ++attempt)
            value = m_from + qint64(random.below(span));
    }
    return value;
}

char *TimeGenerator::format(char *out, qint64 value) const
{
    switch (m_output) {
    case Output::Date: return text::writeDate(out, value);
    case Output::Time: return text::writeTimeOfDay(out, value);
    case Output::Timestamp: return text::writeTimestamp(out, value, false);
    case Output::TimestampTz: return text::writeTimestamp(out, value, true);
    }
    return out;
}

QVariant TimeGenerator::next(SeededRandom &random) const
{
    return make(draw(random));
}

void TimeGenerator::write(SeededRandom &random, qint64, connectors::RowBatch &batch) const
{
    char *out = batch.textSpace(48);
    batch.commitText(format(out, draw(random)) - out);
}

QVariant TimeGenerator::make(qint64 value) const
{
    char buffer[48];
    return QString::fromLatin1(buffer, format(buffer, value) - buffer);
}

} // namespace strata::workload

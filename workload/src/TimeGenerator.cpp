#include "TimeGenerator.h"

#include "ValueText.h"

#include <cmath>
#include <numbers>

namespace strata::workload {

using Period = modeler::Seasonality::Period;

TimeGenerator::TimeGenerator(Output output, qint64 from, qint64 to, std::optional<modeler::Seasonality> seasonality)
    : m_output(output), m_from(std::min(from, to)), m_to(std::max(from, to)), m_seasonality(seasonality)
{}

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
    const double a = m_seasonality->amplitude;
    return (1 + a * std::cos(2 * std::numbers::pi * (phase - m_seasonality->peak))) / (1 + a);
}

QVariant TimeGenerator::next(SeededRandom &random) const
{
    const quint64 span = quint64(m_to - m_from) + 1;
    qint64 value = m_from + qint64(random.below(span));
    if (m_seasonality && m_seasonality->amplitude > 0 && m_output != Output::Time) {
        // The chance to keep a draw is at least (1-a)/(1+a) >= 1/39; after 200 misses (rare) the draw stands.
        for (int attempt = 0; attempt < 200 && !random.chance(keepChance(value)); ++attempt)
            value = m_from + qint64(random.below(span));
    }
    return make(value);
}

QVariant TimeGenerator::make(qint64 value) const
{
    switch (m_output) {
    case Output::Date: return text::date(value);
    case Output::Time: return text::timeOfDay(value);
    case Output::Timestamp: return text::timestamp(value, false);
    case Output::TimestampTz: return text::timestamp(value, true);
    }
    return {};
}

} // namespace strata::workload

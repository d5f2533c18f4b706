// Dates, times of day and timestamps, uniform over a range or shaped by a seasonality: a cosine
// swing over the day, the week or the year, drawn by rejection (at most a bounded number of tries).
#pragma once

#include "ValueGenerator.h"

#include <modeler/SynthRecipe.h>

#include <optional>
#include <vector>

namespace strata::workload {

class TimeGenerator final : public ValueGenerator
{
public:
    enum class Output { Date, Time, Timestamp, TimestampTz };

    /// `from`/`to` in days (Date) or seconds (since midnight for Time, since 1970 for timestamps).
    TimeGenerator(Output output, qint64 from, qint64 to, std::optional<modeler::Seasonality> seasonality = {});

    QVariant next(SeededRandom &random) const override;
    void write(SeededRandom &random, qint64 row, connectors::RowBatch &batch) const override;
    quint64 domainSize() const override { return quint64(m_to - m_from) + 1; }
    QVariant valueAt(quint64 k) const override { return make(m_from + qint64(k)); }

private:
    QVariant make(qint64 value) const;
    qint64 draw(SeededRandom &random) const;
    char *format(char *out, qint64 value) const;
    /// How likely the moment is kept, relative to the busiest (0..1].
    double keepChance(qint64 value) const;

    Output m_output;
    qint64 m_from, m_to;
    std::optional<modeler::Seasonality> m_seasonality;
    std::vector<double> m_keep; ///< keepChance at 4096 points of the period: a lookup instead of a cosine per draw
};

} // namespace strata::workload

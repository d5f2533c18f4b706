// Numbers: sequences, uniform, normal, exponential, log-normal (prices) and Zipf distributions, made
// as integers (clamped to the column type's range), reals or decimals of a scale (as exact text).
#pragma once

#include "ValueGenerator.h"
#include "workload/ZipfSampler.h"

#include <optional>

namespace strata::workload {

class NumberGenerator final : public ValueGenerator
{
public:
    enum class Distribution { Sequence, Uniform, Normal, Exponential, LogNormal, Zipf };
    enum class Output { Integer, Real, Decimal };

    struct Params
    {
        Distribution distribution = Distribution::Uniform;
        std::optional<double> min, max; ///< bounds (Uniform and Zipf need both)
        qint64 start = 1, step = 1;     ///< Sequence
        double mean = 0, stddev = 1;    ///< Normal; Exponential (mean); LogNormal (median, sigma)
        double skew = 1;                ///< Zipf
    };

    /// `low`/`high`: what the column type holds (an integer type's range, a decimal's precision).
    NumberGenerator(const Params &params, Output output, int scale, double low, double high);

    QVariant next(SeededRandom &random) const override;
    void write(SeededRandom &random, qint64 row, connectors::RowBatch &batch) const override;
    quint64 domainSize() const override { return m_domain; }
    bool followsRowNumber() const override { return m_params.distribution == Distribution::Sequence; }
    QVariant valueAt(quint64 k) const override;

private:
    double draw(SeededRandom &random) const;
    /// A draw kept inside the bounds (drawn again a few times, then clamped).
    double bounded(SeededRandom &random) const;
    QVariant make(double value) const;

    Params m_params;
    Output m_output;
    int m_scale;
    double m_unit;        ///< 10^-scale for decimals, 1 for integers
    double m_low, m_high; ///< the bounds values are kept in
    quint64 m_domain = 0;
    std::optional<ZipfSampler> m_zipf;
};

} // namespace strata::workload

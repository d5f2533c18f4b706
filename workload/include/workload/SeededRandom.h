// The random numbers of the workload engine: xoshiro256** seeded through splitmix64, and the
// distributions drawn from it. Written out rather than taken from <random> because the standard
// distributions differ between library implementations, and the same seed must give the same data
// everywhere; a stream is derived from a seed and a name (a table, a column) so that each column's
// values do not depend on which thread made them or in what order.
#pragma once

#include <QStringView>
#include <QtGlobal>

namespace strata::workload {

class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed = 0);
    /// The stream for `name` under `seed`: the same pair always gives the same stream.
    static SeededRandom stream(quint64 seed, QStringView name) { return SeededRandom(derive(seed, name)); }
    /// A seed for `name` under `seed`, for streams of streams.
    static quint64 derive(quint64 seed, QStringView name);
    /// splitmix64's output function: a well-mixed 64-bit hash of one number.
    static quint64 mix(quint64 x);

    quint64 next();
    /// Uniform in [0, 1).
    double unit();
    /// Uniform in [0, n); n > 0. Unbiased (Lemire's method).
    quint64 below(quint64 n);
    /// Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    /// Normal with this mean and standard deviation (Box-Muller).
    double normal(double mean, double stddev);
    /// Exponential with this mean.
    double exponential(double mean);
    /// True with probability p.
    bool chance(double p) { return unit() < p; }

private:
    quint64 m_state[4];
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

} // namespace strata::workload

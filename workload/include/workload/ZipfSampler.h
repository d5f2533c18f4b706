// Zipf-distributed ranks 1..n: rank k comes with probability proportional to 1/k^skew. Up to 65,536
// ranks an alias table (Vose) answers with one draw and no logarithm; beyond, rejection-inversion
// (Hörmann and Derflinger, 1996) takes constant time and memory, so a skew over a hundred million
// customers costs no table.
#pragma once

#include "workload/SeededRandom.h"

#include <vector>

namespace strata::workload {

class ZipfSampler
{
public:
    /// n >= 1, skew > 0.
    ZipfSampler(quint64 n, double skew);

    /// A rank in [1, n].
    quint64 sample(SeededRandom &random) const;
    quint64 size() const { return m_n; }

private:
    double h(double x) const;
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    quint64 m_n;
    double m_skew;
    double m_hIntegralX1;
    double m_hIntegralN;
    double m_s;
    std::vector<double> m_keep;     ///< alias table: the chance that rank i+1 keeps its draw
    std::vector<quint32> m_alias;   ///< ... and the rank (0-based) it gives way to
};

} // namespace strata::workload

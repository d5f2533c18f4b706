// Zipf-distributed ranks 1..n: rank k comes with probability proportional to 1/k^skew. Rejection-
// inversion (Hörmann and Derflinger, 1996) takes constant time and memory for any n, so a skew over a
// million customers costs no table.
#pragma once

#include "workload/SeededRandom.h"

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
};

} // namespace strata::workload

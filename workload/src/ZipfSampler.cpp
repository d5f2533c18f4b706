#include "workload/ZipfSampler.h"

#include <cmath>

namespace strata::workload {

namespace {

// log1p(x)/x, exact near 0.
double helper1(double x)
{
    return std::fabs(x) > 1e-8 ? std::log1p(x) / x : 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x));
}

// expm1(x)/x, exact near 0.
double helper2(double x)
{
    return std::fabs(x) > 1e-8 ? std::expm1(x) / x : 1 + x * 0.5 * (1 + x * (1.0 / 3) * (1 + 0.25 * x));
}

} // namespace

ZipfSampler::ZipfSampler(quint64 n, double skew) : m_n(n < 1 ? 1 : n), m_skew(skew)
{
    m_hIntegralX1 = hIntegral(1.5) - 1;
    m_hIntegralN = hIntegral(double(m_n) + 0.5);
    m_s = 2 - hIntegralInverse(hIntegral(2.5) - h(2));
    if (m_n > 65536)
        return;
    // Vose's alias method: every rank gets an equal slot, split between itself and one other rank.
    std::vector<double> scaled(m_n);
    double sum = 0;
    for (quint64 k = 0; k < m_n; ++k)
        sum += scaled[k] = h(double(k + 1));
    std::vector<quint32> small, large;
    for (quint64 k = 0; k < m_n; ++k) {
        scaled[k] *= double(m_n) / sum;
        (scaled[k] < 1 ? small : large).push_back(quint32(k));
    }
    m_keep.assign(m_n, 1.0);
    m_alias.assign(m_n, 0);
    while (!small.empty() && !large.empty()) {
        const quint32 s = small.back(), l = large.back();
        small.pop_back();
        m_keep[s] = scaled[s];
        m_alias[s] = l;
        scaled[l] -= 1 - scaled[s];
        if (scaled[l] < 1) {
            large.pop_back();
            small.push_back(l);
        }
    }
    for (const quint32 k : small)
        m_alias[k] = k; // rounding leftovers keep their whole slot
}

double ZipfSampler::h(double x) const
{
    return std::exp(-m_skew * std::log(x));
}

double ZipfSampler::hIntegral(double x) const
{
    const double logX = std::log(x);
    return helper2((1 - m_skew) * logX) * logX;
}

double ZipfSampler::hIntegralInverse(double x) const
{
    double t = x * (1 - m_skew);
    if (t < -1)
        t = -1; // rounding can push it past the pole
    return std::exp(helper1(t) * x);
}

quint64 ZipfSampler::sample(SeededRandom &random) const
{
    if (!m_keep.empty()) {
        const quint64 slot = random.below(m_n);
        return (random.unit() < m_keep[slot] ? slot : m_alias[slot]) + 1;
    }
    while (true) { // accepts with probability above 0.5 for every n and skew
        const double u = m_hIntegralN + random.unit() * (m_hIntegralX1 - m_hIntegralN);
        const double x = hIntegralInverse(u);
        double k = std::floor(x + 0.5);
        if (k < 1)
            k = 1;
        else if (k > double(m_n))
            k = double(m_n);
        if (k - x <= m_s || u >= hIntegral(k + 0.5) - h(k))
            return quint64(k);
    }
}

} // namespace strata::workload

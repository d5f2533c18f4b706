#include "workload/SeededRandom.h"

#include <cmath>
#include <numbers>

namespace strata::workload {

namespace {

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

quint64 SeededRandom::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 SeededRandom::derive(quint64 seed, QStringView name)
{
    quint64 h = 0xcbf29ce484222325ULL ^ mix(seed); // FNV-1a over the UTF-16 units, then mixed
    for (const QChar c : name) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

SeededRandom::SeededRandom(quint64 seed)
{
    for (int i = 0; i < 4; ++i) // splitmix64's sequence from the seed, as xoshiro's authors advise
        m_state[i] = mix(seed + quint64(i) * 0x9e3779b97f4a7c15ULL);
}

quint64 SeededRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SeededRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

quint64 SeededRandom::below(quint64 n)
{
    unsigned __int128 m = (unsigned __int128)next() * n;
    quint64 low = quint64(m);
    if (low < n) {
        const quint64 threshold = (0 - n) % n;
        while (low < threshold) {
            m = (unsigned __int128)next() * n;
            low = quint64(m);
        }
    }
    return quint64(m >> 64);
}

qint64 SeededRandom::between(qint64 low, qint64 high)
{
    const quint64 span = quint64(high) - quint64(low);
    if (span == ~quint64(0))
        return qint64(next());
    return qint64(quint64(low) + below(span + 1));
}

double SeededRandom::normal(double mean, double stddev)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return mean + stddev * m_spareNormal;
    }
    const double u1 = 1.0 - unit(); // (0, 1]: log stays finite
    const double u2 = unit();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    m_spareNormal = radius * std::sin(2 * std::numbers::pi * u2);
    m_hasSpare = true;
    return mean + stddev * radius * std::cos(2 * std::numbers::pi * u2);
}

double SeededRandom::exponential(double mean)
{
    return -mean * std::log(1.0 - unit());
}

} // namespace strata::workload

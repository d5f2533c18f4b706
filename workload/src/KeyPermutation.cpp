#include "workload/KeyPermutation.h"

#include "workload/SeededRandom.h"

#include <bit>

namespace strata::workload {

KeyPermutation::KeyPermutation(quint64 n, quint64 seed) : m_n(n < 1 ? 1 : n)
{
    const int bits = m_n <= 1 ? 2 : std::bit_width(m_n - 1);
    m_halfBits = (bits + 1) / 2;
    m_halfMask = (quint64(1) << m_halfBits) - 1;
    for (int i = 0; i < 4; ++i)
        m_keys[i] = SeededRandom::mix(seed + quint64(i) * 0x9e3779b97f4a7c15ULL);
}

quint64 KeyPermutation::encrypt(quint64 x) const
{
    quint64 left = x >> m_halfBits, right = x & m_halfMask;
    for (const quint64 key : m_keys) {
        const quint64 next = left ^ (SeededRandom::mix(right ^ key) & m_halfMask);
        left = right;
        right = next;
    }
    return (left << m_halfBits) | right;
}

quint64 KeyPermutation::operator()(quint64 index) const
{
    // The network permutes [0, 4^halfBits), at most four times n: each step lands inside with
    // probability above 1/4, and walking from a point inside always returns inside.
    quint64 x = encrypt(index);
    while (x >= m_n)
        x = encrypt(x);
    return x;
}

} // namespace strata::workload

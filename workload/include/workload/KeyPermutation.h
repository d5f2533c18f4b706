// A bijection of [0, n) onto itself that looks random: a Feistel network over the next even number
// of bits, walked until it lands inside the range (cycle walking). Unique values come from it: row i
// takes key permutation(i), so no value repeats and a nearly full key space costs no retries.
#pragma once

#include <QtGlobal>

namespace strata::workload {

class KeyPermutation
{
public:
    /// n >= 1 (n up to 2^62).
    KeyPermutation(quint64 n, quint64 seed);

    quint64 operator()(quint64 index) const;
    quint64 size() const { return m_n; }

private:
    quint64 encrypt(quint64 x) const;

    quint64 m_n;
    int m_halfBits;
    quint64 m_halfMask;
    quint64 m_keys[4];
};

} // namespace strata::workload

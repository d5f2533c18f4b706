// Values of the types that are neither numbers, times nor prose: UUIDs, network addresses, JSON,
// XML, bytes, bit strings, intervals and points. Each can enumerate distinct values for keys.
#pragma once

#include "ValueGenerator.h"

namespace strata::workload {

class MiscGenerator final : public ValueGenerator
{
public:
    enum class Kind { Uuid, Ipv4, Cidr, MacAddr, Json, Xml, Binary, Bits, Interval, Point };

    /// `length`: bits of a bit string (-1: up to 32, varying); unused by the other kinds.
    MiscGenerator(Kind kind, int length, bool fixedLength);

    QVariant next(SeededRandom &random) const override;
    quint64 domainSize() const override;
    QVariant valueAt(quint64 k) const override;

private:
    int bitCount(quint64 k) const;

    Kind m_kind;
    int m_length;
    bool m_fixedLength;
};

} // namespace strata::workload

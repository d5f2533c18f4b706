#include "MiscGenerator.h"

#include "ValueText.h"

namespace strata::workload {

using Kind = MiscGenerator::Kind;

MiscGenerator::MiscGenerator(Kind kind, int length, bool fixedLength)
    : m_kind(kind), m_length(length), m_fixedLength(fixedLength)
{}

quint64 MiscGenerator::domainSize() const
{
    switch (m_kind) {
    case Kind::Ipv4:
    case Kind::Cidr: return quint64(1) << 24; // inside 10.0.0.0/8
    case Kind::MacAddr: return quint64(1) << 40;
    case Kind::Bits: return quint64(1) << std::min(m_length > 0 ? m_length : 32, 62);
    case Kind::Interval: return quint64(86400) * 36500; // up to a century, in seconds
    default: return quint64(1) << 62;
    }
}

int MiscGenerator::bitCount(quint64 k) const
{
    if (m_fixedLength && m_length > 0)
        return m_length;
    const int limit = std::min(m_length > 0 ? m_length : 32, 62);
    return std::max(1, std::min(limit, int(64 - __builtin_clzll(k | 1))));
}

QVariant MiscGenerator::valueAt(quint64 k) const
{
    // mix() is a bijection of 64-bit numbers: different k give different values.
    const quint64 mixed = SeededRandom::mix(k);
    switch (m_kind) {
    case Kind::Uuid: return text::uuid(mixed, SeededRandom::mix(k ^ 0x5bd1e995ULL));
    case Kind::Ipv4: return QStringLiteral("10.%1.%2.%3").arg(k >> 16 & 255).arg(k >> 8 & 255).arg(k & 255);
    case Kind::Cidr: return QStringLiteral("10.%1.%2.%3/32").arg(k >> 16 & 255).arg(k >> 8 & 255).arg(k & 255);
    case Kind::MacAddr: {
        QString out = QStringLiteral("02"); // locally administered: never a real card's address
        for (int shift = 32; shift >= 0; shift -= 8)
            out += QStringLiteral(":%1").arg(k >> shift & 255, 2, 16, QChar(u'0'));
        return out;
    }
    case Kind::Json: return QStringLiteral("{\"id\": %1, \"tag\": \"t%2\"}").arg(k).arg(mixed % 100);
    case Kind::Xml: return QStringLiteral("<item id=\"%1\"/>").arg(k);
    case Kind::Binary: {
        QByteArray bytes(8, '\0');
        for (int i = 0; i < 8; ++i)
            bytes[i] = char(mixed >> (8 * i) & 255);
        return bytes;
    }
    case Kind::Bits: {
        const int n = bitCount(k);
        QString out(n, u'0');
        for (int i = 0; i < n && i < 64; ++i)
            if (k >> i & 1)
                out[n - 1 - i] = u'1';
        return out;
    }
    case Kind::Interval: return QStringLiteral("%1 days %2").arg(k / 86400).arg(text::timeOfDay(qint64(k % 86400)));
    case Kind::Point: return QStringLiteral("(%1,%2)").arg(double(k >> 20) / 100).arg(double(k & 0xfffff) / 100);
    }
    return {};
}

QVariant MiscGenerator::next(SeededRandom &random) const
{
    switch (m_kind) {
    case Kind::Binary: {
        QByteArray bytes(16 + int(random.below(49)), '\0');
        for (char &b : bytes)
            b = char(random.next() & 255);
        return bytes;
    }
    case Kind::Interval: return valueAt(random.below(90 * 86400)); // up to 90 days
    case Kind::Json: return valueAt(random.below(1000000));
    default: return valueAt(random.below(domainSize()));
    }
}

} // namespace strata::workload

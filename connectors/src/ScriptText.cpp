#include "ScriptText.h"

namespace strata::connectors {

ScriptText::ScriptText(QString text, QString source)
    : m_text(std::move(text)), m_utf8(m_text.toUtf8()), m_source(std::move(source))
{}

qsizetype ScriptText::indexOfByte(qsizetype byteOffset) const
{
    byteOffset = qBound<qsizetype>(0, byteOffset, m_utf8.size());
    if (byteOffset < m_lastByte)
        m_lastByte = m_lastIndex = 0;
    qsizetype index = m_lastIndex;
    for (qsizetype i = m_lastByte; i < byteOffset; ++i) {
        const auto byte = static_cast<unsigned char>(m_utf8[i]);
        if ((byte & 0xC0) != 0x80)        // a character starts here
            index += byte >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    m_lastByte = byteOffset;
    m_lastIndex = index;
    return index;
}

StatementSpan ScriptText::spanOfBytes(qsizetype byteOffset, qsizetype byteLength) const
{
    qsizetype begin = qBound<qsizetype>(0, byteOffset, m_utf8.size());
    qsizetype end = qBound<qsizetype>(begin, byteOffset + byteLength, m_utf8.size());
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (begin < end && isSpace(m_utf8[begin]))
        ++begin;
    while (end > begin && isSpace(m_utf8[end - 1]))
        --end;
    StatementSpan span;
    span.byteOffset = begin;
    span.byteLength = end - begin;
    span.offset = indexOfByte(begin);
    span.length = indexOfByte(end) - span.offset;
    return span;
}

qsizetype ScriptText::indexOfCodePoint(QStringView text, qsizetype codePoint)
{
    qsizetype index = 0;
    for (qsizetype n = 0; n < codePoint && index < text.size(); ++n)
        index += (text[index].isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return index;
}

} // namespace strata::connectors

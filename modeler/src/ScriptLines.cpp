#include "ScriptLines.h"

#include <algorithm>
#include <cstring>

namespace strata::modeler {

ScriptLines::ScriptLines(const QByteArray &text, QString sourceName) : m_text(text), m_sourceName(std::move(sourceName))
{
    m_starts.push_back(0);
    const char *begin = m_text.constData();
    const char *end = begin + m_text.size();
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        m_starts.push_back(int(p - begin) + 1);
}

SourcePlace ScriptLines::place(int offset) const
{
    SourcePlace p;
    p.source = m_sourceName;
    if (m_starts.empty())
        return p;
    offset = std::clamp(offset, 0, int(m_text.size()));
    const auto line = std::upper_bound(m_starts.begin(), m_starts.end(), offset) - 1;
    p.line = int(line - m_starts.begin()) + 1;
    // UTF-8 continuation bytes do not start a character.
    int column = 1;
    for (int i = *line; i < offset; ++i)
        column += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80;
    p.column = column;
    return p;
}

} // namespace strata::modeler

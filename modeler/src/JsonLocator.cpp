#include "JsonLocator.h"

namespace strata::modeler {

QString jsonPathToString(const JsonPath &path)
{
    QString out;
    for (const JsonPathStep &step : path) {
        if (step.typeId() == QMetaType::Int)
            out += QStringLiteral("[%1]").arg(step.toInt());
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.toString();
    }
    return out;
}

namespace {

// A minimal scanner over valid JSON: it only needs to skip values and read keys.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    qsizetype pos() const { return m_pos; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    QString readString()
    {
        QString out;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
            if (m_text[m_pos] == u'\\') {
                ++m_pos;
                if (m_pos < m_text.size() && m_text[m_pos] == u'u') {
                    out += QChar(char16_t(m_text.mid(m_pos + 1, 4).toString().toUShort(nullptr, 16)));
                    m_pos += 4;
                } else if (m_pos < m_text.size()) {
                    const QChar c = m_text[m_pos];
                    out += c == u'n' ? QChar(u'\n') : c == u't' ? QChar(u'\t') : c == u'r' ? QChar(u'\r')
                         : c == u'b' ? QChar(u'\b') : c == u'f' ? QChar(u'\f') : c;
                }
            } else {
                out += m_text[m_pos];
            }
            ++m_pos;
        }
        ++m_pos; // closing quote
        return out;
    }

    void skipValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text[m_pos];
        if (c == u'"') {
            readString();
        } else if (c == u'{' || c == u'[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const QChar d = m_text[m_pos];
                if (d == u'"') {
                    readString();
                    continue;
                }
                if (d == u'{' || d == u'[')
                    ++depth;
                else if (d == u'}' || d == u']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return;
            }
        } else {
            while (m_pos < m_text.size() && m_text[m_pos] != u',' && m_text[m_pos] != u'}' && m_text[m_pos] != u']')
                ++m_pos;
        }
    }

    // Positions on the value of `key` in the object starting here; false if it is not there.
    bool enterKey(const QString &key)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'{')
            return false;
        ++m_pos;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
                return false;
            const QString k = readString();
            skipSpace();
            ++m_pos; // colon
            skipSpace();
            if (k == key)
                return true;
            skipValue();
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u',')
                return false;
            ++m_pos;
        }
    }

    bool enterIndex(int index)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'[')
            return false;
        ++m_pos;
        for (int i = 0; i < index; ++i) {
            skipValue();
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u',')
                return false;
            ++m_pos;
        }
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] != u']';
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

qsizetype jsonOffsetOf(QStringView text, const JsonPath &path)
{
    Scanner scanner(text);
    scanner.skipSpace();
    qsizetype found = scanner.pos();
    for (const JsonPathStep &step : path) {
        const bool entered = step.typeId() == QMetaType::Int ? scanner.enterIndex(step.toInt())
                                                             : scanner.enterKey(step.toString());
        if (!entered)
            break;
        found = scanner.pos();
    }
    return found;
}

} // namespace strata::modeler

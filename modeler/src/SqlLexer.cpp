#include "SqlLexer.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace strata::modeler {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isWordStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (static_cast<unsigned char>(c) & 0x80);
}

bool isWordPart(char c)
{
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

SqlLexer::SqlLexer(const char *text, int begin, int end, Dialect dialect)
    : m_text(text), m_end(end), m_pos(begin), m_dialect(dialect)
{
}

void SqlLexer::skipComment()
{
    if (m_text[m_pos] == '-') {
        while (m_pos < m_end && m_text[m_pos] != '\n')
            ++m_pos;
        return;
    }
    // PostgreSQL's block comments nest; SQLite's do not.
    int depth = 0;
    while (m_pos < m_end) {
        if (m_pos + 1 < m_end && m_text[m_pos] == '/' && m_text[m_pos + 1] == '*') {
            ++depth;
            m_pos += 2;
            if (m_dialect == Dialect::Sqlite)
                depth = 1;
        } else if (m_pos + 1 < m_end && m_text[m_pos] == '*' && m_text[m_pos + 1] == '/') {
            m_pos += 2;
            if (--depth == 0)
                return;
        } else {
            ++m_pos;
        }
    }
}

void SqlLexer::skipQuoted(char close, bool backslashEscapes)
{
    ++m_pos; // the opening quote
    while (m_pos < m_end) {
        const char c = m_text[m_pos++];
        if (backslashEscapes && c == '\\' && m_pos < m_end) {
            ++m_pos;
        } else if (c == close) {
            if (m_pos < m_end && m_text[m_pos] == close && close != ']')
                ++m_pos; // a doubled quote stands for itself
            else
                return;
        }
    }
}

bool SqlLexer::skipDollarQuote()
{
    // $tag$ ... $tag$, where the tag is empty or an identifier (not $1, a parameter).
    int p = m_pos + 1;
    while (p < m_end && m_text[p] != '$' && isWordPart(m_text[p]))
        ++p;
    if (p >= m_end || m_text[p] != '$' || (p > m_pos + 1 && isDigit(m_text[m_pos + 1])))
        return false;
    const int tagLength = p - m_pos + 1;
    const char *tag = m_text + m_pos;
    for (int q = p + 1; q + tagLength <= m_end; ++q) {
        if (m_text[q] == '$' && std::memcmp(m_text + q, tag, size_t(tagLength)) == 0) {
            m_pos = q + tagLength;
            return true;
        }
    }
    m_pos = m_end;
    return true;
}

SqlLexer::Token SqlLexer::next()
{
    for (;;) {
        while (m_pos < m_end && isSpace(m_text[m_pos]))
            ++m_pos;
        if (m_pos + 1 < m_end && ((m_text[m_pos] == '-' && m_text[m_pos + 1] == '-') ||
                                  (m_text[m_pos] == '/' && m_text[m_pos + 1] == '*'))) {
            skipComment();
            continue;
        }
        break;
    }
    Token t;
    t.begin = m_pos;
    if (m_pos >= m_end) {
        t.begin = t.end = m_end;
        return t;
    }
    const char c = m_text[m_pos];
    const bool postgres = m_dialect == Dialect::Postgres;
    if (c == '\'') {
        t.kind = Kind::String;
        skipQuoted('\'', false);
    } else if ((c == 'E' || c == 'e') && postgres && m_pos + 1 < m_end && m_text[m_pos + 1] == '\'') {
        t.kind = Kind::String;
        ++m_pos;
        skipQuoted('\'', true);
    } else if (c == '"' || (!postgres && c == '`')) {
        t.kind = Kind::QuotedName;
        skipQuoted(c, false);
    } else if (!postgres && c == '[') {
        t.kind = Kind::QuotedName;
        skipQuoted(']', false);
    } else if (c == '$' && postgres && skipDollarQuote()) {
        t.kind = Kind::String;
    } else if (isWordStart(c)) {
        t.kind = Kind::Word;
        while (m_pos < m_end && isWordPart(m_text[m_pos]))
            ++m_pos;
    } else if (isDigit(c) || (c == '.' && m_pos + 1 < m_end && isDigit(m_text[m_pos + 1]))) {
        t.kind = Kind::Number;
        while (m_pos < m_end && (isWordPart(m_text[m_pos]) || m_text[m_pos] == '.'))
            ++m_pos;
    } else {
        t.kind = Kind::Symbol;
        ++m_pos;
    }
    t.end = m_pos;
    return t;
}

bool SqlLexer::is(const Token &token, const char *word) const
{
    if (token.kind != Kind::Word)
        return false;
    const int length = int(std::strlen(word));
    if (token.end - token.begin != length)
        return false;
    for (int i = 0; i < length; ++i) {
        char c = m_text[token.begin + i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != word[i])
            return false;
    }
    return true;
}

QString SqlLexer::text(const Token &token) const
{
    const QString raw = QString::fromUtf8(m_text + token.begin, token.end - token.begin);
    if (token.kind != Kind::QuotedName || raw.size() < 2)
        return raw;
    const QChar open = raw.front();
    QString inner = raw.mid(1, raw.size() - 2);
    if (open == u'"')
        inner.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    else if (open == u'`')
        inner.replace(QStringLiteral("``"), QStringLiteral("`"));
    return inner;
}

QStringList SqlLexer::comments(int from, int to) const
{
    QStringList out;
    SqlLexer inner(m_text, from, to, m_dialect);
    while (inner.m_pos < to) {
        const char c = m_text[inner.m_pos];
        const bool comment = inner.m_pos + 1 < to && ((c == '-' && m_text[inner.m_pos + 1] == '-') ||
                                                      (c == '/' && m_text[inner.m_pos + 1] == '*'));
        if (!comment) {
            if (isSpace(c))
                ++inner.m_pos;
            else
                inner.next();
            continue;
        }
        const int start = inner.m_pos;
        inner.skipComment();
        QString text = QString::fromUtf8(m_text + start + 2, inner.m_pos - start - 2);
        if (c == '/')
            text.chop(2);
        if (text.startsWith(u' '))
            text.remove(0, 1);
        if (text.endsWith(u'\r'))
            text.chop(1);
        out << text;
    }
    return out;
}

int SqlLexer::skipBlank(int from) const
{
    SqlLexer inner(m_text, from, m_end, m_dialect);
    return inner.next().begin;
}

int SqlLexer::trimEnd(int from, int to) const
{
    SqlLexer inner(m_text, from, to, m_dialect);
    int last = from;
    for (Token t = inner.next(); t.kind != Kind::End; t = inner.next())
        last = t.end;
    return last;
}

SqlLexer::Span SqlLexer::group(int from) const
{
    SqlLexer inner(m_text, from, m_end, m_dialect);
    int depth = 0;
    int open = -1;
    for (Token t = inner.next(); t.kind != Kind::End; t = inner.next()) {
        if (t.kind != Kind::Symbol)
            continue;
        const char c = m_text[t.begin];
        if (c == '(' || c == '[') {
            if (depth++ == 0 && c == '(' && open < 0)
                open = t.end;
        } else if (c == ')' || c == ']') {
            if (--depth == 0 && open >= 0)
                return {open, t.begin};
            if (depth < 0)
                return {-1, -1};
        }
    }
    return {-1, -1};
}

int SqlLexer::expressionEnd(int from, int to) const
{
    SqlLexer inner(m_text, from, to, m_dialect);
    int depth = 0;
    for (Token t = inner.next(); t.kind != Kind::End; t = inner.next()) {
        if (t.kind != Kind::Symbol)
            continue;
        const char c = m_text[t.begin];
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        else if (depth == 0 && (c == ',' || c == ')' || c == ';'))
            return t.begin;
    }
    return to;
}

int SqlLexer::findWord(int from, int to, const char *word) const
{
    SqlLexer inner(m_text, from, to, m_dialect);
    int depth = 0;
    for (Token t = inner.next(); t.kind != Kind::End; t = inner.next()) {
        if (t.kind == Kind::Symbol) {
            const char c = m_text[t.begin];
            if (c == '(' || c == '[')
                ++depth;
            else if (c == ')' || c == ']')
                --depth;
        } else if (depth == 0 && is(t, word)) {
            return t.begin;
        }
    }
    return -1;
}

QList<SqlLexer::Span> SqlLexer::splitList(int from, int to) const
{
    QList<Span> out;
    int start = from;
    while (start < to) {
        const int end = expressionEnd(start, to);
        const int last = trimEnd(start, end);
        out.append({std::min(skipBlank(start), last), last});
        if (end >= to || m_text[end] != ',')
            break;
        start = end + 1;
    }
    return out;
}

} // namespace strata::modeler

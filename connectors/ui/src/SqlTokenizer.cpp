#include "SqlTokenizer.h"

namespace strata::connectors::ui {

namespace {

// The end of a quoted run starting at `i` (on the opening quote), doubled quotes staying inside.
qsizetype skipQuoted(QStringView text, qsizetype i, QChar close)
{
    for (++i; i < text.size(); ++i) {
        if (text[i] != close)
            continue;
        if (i + 1 < text.size() && text[i + 1] == close && close != u']') {
            ++i;
            continue;
        }
        return i + 1;
    }
    return text.size();
}

// PostgreSQL's $tag$ ... $tag$; returns `i` itself when no dollar quote starts there.
qsizetype skipDollarQuoted(QStringView text, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == u'_'))
        ++j;
    if (j >= text.size() || text[j] != u'$' || (j > i + 1 && text[i + 1].isDigit()))
        return i;
    const QStringView tag = text.mid(i, j - i + 1);
    const qsizetype end = text.indexOf(tag, j + 1);
    return end < 0 ? text.size() : end + tag.size();
}

qsizetype skipBlockComment(QStringView text, qsizetype i)
{
    int depth = 0; // PostgreSQL nests block comments
    while (i < text.size()) {
        if (text.mid(i, 2) == u"/*") {
            ++depth;
            i += 2;
        } else if (text.mid(i, 2) == u"*/") {
            i += 2;
            if (--depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return i;
}

} // namespace

bool isSqlWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

QList<SqlToken> tokenizeSql(QStringView text)
{
    QList<SqlToken> tokens;
    qsizetype i = 0;
    auto add = [&](SqlToken::Kind kind, qsizetype start, QString word = {}) {
        tokens.append({kind, std::move(word), start});
    };
    while (i < text.size()) {
        const QChar c = text[i];
        const qsizetype start = i;
        if (c.isSpace()) {
            ++i;
        } else if (text.mid(i, 2) == u"--") {
            const qsizetype end = text.indexOf(u'\n', i);
            i = end < 0 ? text.size() : end;
        } else if (text.mid(i, 2) == u"/*") {
            i = skipBlockComment(text, i);
        } else if (c == u'\'') {
            i = skipQuoted(text, i, u'\'');
        } else if (c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            i = skipQuoted(text, i, close);
            QString name = text.mid(start + 1, i - start - 1).toString();
            if (name.endsWith(close))
                name.chop(1);
            add(SqlToken::QuotedWord, start, name.replace(QString(2, close), QString(close)));
        } else if (c == u'$' && skipDollarQuoted(text, i) != i) {
            i = skipDollarQuoted(text, i);
        } else if (c.isDigit()) {
            while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'.' || text[i] == u'_'))
                ++i;
        } else if (isSqlWordChar(c)) {
            while (i < text.size() && isSqlWordChar(text[i]))
                ++i;
            add(SqlToken::Word, start, text.mid(start, i - start).toString());
        } else {
            const SqlToken::Kind kind = c == u'.'   ? SqlToken::Dot
                                        : c == u',' ? SqlToken::Comma
                                        : c == u'(' ? SqlToken::Open
                                        : c == u')' ? SqlToken::Close
                                        : c == u';' ? SqlToken::Semicolon
                                                    : SqlToken::Other;
            add(kind, start);
            ++i;
        }
    }
    return tokens;
}

} // namespace strata::connectors::ui

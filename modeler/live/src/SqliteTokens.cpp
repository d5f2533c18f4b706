#include "SqliteTokens.h"

namespace strata::modeler::live {

QString SqliteToken::name() const
{
    if (kind != Kind::Identifier && kind != Kind::String)
        return text;
    const QChar open = text.front();
    const QChar close = open == u'[' ? QChar(u']') : open;
    QString inner = text.mid(1, text.size() - 2);
    return open == u'[' ? inner : inner.replace(QString(2, close), QString(close));
}

QList<SqliteToken> SqliteTokens::split(const QString &sql)
{
    QList<SqliteToken> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto quoted = [&](QChar close) {
        qsizetype j = i + 1;
        while (j < n) {
            if (sql[j] == close) {
                if (j + 1 < n && sql[j + 1] == close && close != u']') {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return n;
    };
    while (i < n) {
        const QChar c = sql[i];
        SqliteToken t;
        t.begin = i;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            qsizetype j = sql.indexOf(u'\n', i);
            if (j < 0)
                j = n;
            t.kind = SqliteToken::Kind::Comment;
            t.text = sql.mid(i + 2, j - i - 2).trimmed();
            i = j;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            qsizetype j = sql.indexOf(QStringLiteral("*/"), i + 2);
            j = j < 0 ? n : j + 2;
            t.kind = SqliteToken::Kind::Comment;
            t.text = sql.mid(i + 2, j - i - 4).trimmed();
            i = j;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const qsizetype j = quoted(c == u'[' ? QChar(u']') : c);
            t.kind = c == u'\'' ? SqliteToken::Kind::String : SqliteToken::Kind::Identifier;
            t.text = sql.mid(i, j - i);
            i = j;
        } else if (c.isLetter() || c == u'_' || c.unicode() > 127) {
            qsizetype j = i;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == u'_' || sql[j] == u'$' || sql[j].unicode() > 127))
                ++j;
            t.text = sql.mid(i, j - i);
            i = j;
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == u'.'))
                ++j;
            t.kind = SqliteToken::Kind::Number;
            t.text = sql.mid(i, j - i);
            i = j;
        } else {
            t.kind = SqliteToken::Kind::Symbol;
            t.text = QString(c);
            ++i;
        }
        t.end = i;
        out << t;
    }
    return out;
}

int SqliteTokens::closing(const QList<SqliteToken> &tokens, int open)
{
    int depth = 0;
    for (int i = open; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol(u'('))
            ++depth;
        else if (tokens[i].isSymbol(u')') && --depth == 0)
            return i;
    }
    return -1;
}

QList<std::pair<int, int>> SqliteTokens::items(const QList<SqliteToken> &tokens, int open)
{
    QList<std::pair<int, int>> out;
    const int close = closing(tokens, open);
    if (close < 0)
        return out;
    int depth = 0, start = open + 1;
    for (int i = open + 1; i < close; ++i) {
        if (tokens[i].isSymbol(u'('))
            ++depth;
        else if (tokens[i].isSymbol(u')'))
            --depth;
        else if (depth == 0 && tokens[i].isSymbol(u',')) {
            out.append({start, i});
            start = i + 1;
        }
    }
    out.append({start, close});
    return out;
}

} // namespace strata::modeler::live

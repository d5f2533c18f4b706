// SQLite's CREATE statements as tokens with their places in the text, for what the pragmas do not
// tell: constraint names, CHECK and generated expressions (kept as written), collations, comments.
#pragma once

#include <QList>
#include <QString>

namespace strata::modeler::live {

struct SqliteToken
{
    enum class Kind { Word, Identifier, String, Number, Symbol, Comment };
    Kind kind = Kind::Word;
    QString text;        ///< as written (a comment without its "--" or "/* */")
    qsizetype begin = 0; ///< offset in the statement
    qsizetype end = 0;

    bool is(const char *keyword) const { return kind == Kind::Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0; }
    bool isSymbol(char16_t c) const { return kind == Kind::Symbol && text.size() == 1 && text[0] == c; }
    /// A name with its quotes taken off ("a""b" -> a"b, [x] -> x, `y` -> y).
    QString name() const;
};

class SqliteTokens
{
public:
    static QList<SqliteToken> split(const QString &sql);
    /// The index of the parenthesis that closes the one at `open`, or -1.
    static int closing(const QList<SqliteToken> &tokens, int open);
    /// Items between `open` and its closing parenthesis, split at top-level commas (token index ranges, end exclusive).
    static QList<std::pair<int, int>> items(const QList<SqliteToken> &tokens, int open);
};

} // namespace strata::modeler::live

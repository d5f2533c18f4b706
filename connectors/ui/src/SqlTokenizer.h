// A forgiving SQL tokenizer for the editor: words, quoted names, dots, commas and parentheses, with
// strings, comments and numbers skipped. Completion reads the statement being typed, which is
// usually incomplete; libpg_query's scanner would read PostgreSQL only and SQLite offers no public
// tokenizer, so the few rules both dialects share are written here.
#pragma once

#include <QList>
#include <QString>

namespace strata::connectors::ui {

struct SqlToken
{
    enum Kind { Word, QuotedWord, Dot, Comma, Open, Close, Semicolon, Other };
    Kind kind = Other;
    QString text;         ///< a word as written; a quoted word without its quotes
    qsizetype offset = 0; ///< where the token starts in the text

    bool isName() const { return kind == Word || kind == QuotedWord; }
    /// A word (not quoted) equal to `keyword`, ignoring case.
    bool is(QLatin1StringView keyword) const
    {
        return kind == Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
};

/// The tokens of `text`. An unterminated string, name or comment runs to the end.
QList<SqlToken> tokenizeSql(QStringView text);

/// True for characters that continue a word: letters, digits, '_' and '$'.
bool isSqlWordChar(QChar c);

} // namespace strata::connectors::ui

// Just enough of SQL's lexical rules to find where things are in a statement's text: where a
// parenthesised group closes, where an expression ends, which word comes next. Strings, quoted names
// and comments are stepped over whole: '...' (E'...' with backslash escapes in PostgreSQL),
// $tag$...$tag$ (PostgreSQL), "...", [...] and `...` (SQLite), -- and /* */ comments.
//
// The importers keep expressions as the script spells them, so they slice the text; the parse
// trees give where a clause starts but not where it ends. libpg_query's scanner (pg_query_scan)
// could find the ends too, but through a protobuf message per call, which an import of 20,000
// columns cannot afford, and SQLite has no public tokenizer at all.
#pragma once

#include "modeler/Dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace strata::modeler {

class SqlLexer
{
public:
    enum class Kind { End, Word, QuotedName, String, Number, Symbol };
    struct Token
    {
        Kind kind = Kind::End;
        int begin = 0;
        int end = 0;
    };
    using Span = std::pair<int, int>; ///< [begin, end) byte offsets

    /// Lexes text[begin, end) of a UTF-8 buffer.
    SqlLexer(const char *text, int begin, int end, Dialect dialect);

    /// The next token, stepping over blanks and comments; Kind::End at the end.
    Token next();
    /// Where the next call starts.
    int position() const { return m_pos; }
    /// True when `token` is the keyword `word` (ASCII, any case).
    bool is(const Token &token, const char *word) const;
    /// The text of a token; a quoted name without its quotes and with doubled quotes undone.
    QString text(const Token &token) const;
    /// The comments in [from, to), each without its markers and one leading space ("-- a" gives "a").
    QStringList comments(int from, int to) const;

    // Searches over text[from, end) that step over strings, names and comments.

    /// The start of the first token at or after `from`; `end` when there is none.
    int skipBlank(int from) const;
    /// The end of the last token in [from, to); `from` when there is none.
    int trimEnd(int from, int to) const;
    /// The inside of the first parenthesised group that starts at or after `from`; {-1, -1} if none.
    Span group(int from) const;
    /// Where an expression that starts at `from` ends: at the first ',', ')' or ';' outside
    /// parentheses and brackets, else at `to`.
    int expressionEnd(int from, int to) const;
    /// The start of the first keyword `word` outside parentheses in [from, to); -1 when there is none.
    int findWord(int from, int to, const char *word) const;
    /// The parts of [from, to) between commas outside parentheses, each trimmed.
    QList<Span> splitList(int from, int to) const;

private:
    void skipComment();
    void skipQuoted(char close, bool backslashEscapes);
    bool skipDollarQuote();

    const char *m_text;
    int m_end;
    int m_pos;
    Dialect m_dialect;
};

} // namespace strata::modeler

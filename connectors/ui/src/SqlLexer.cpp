#include "SqlLexer.h"

#include <connectors/SqlKeywords.h>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace strata::connectors::ui {

SqlLexer::SqlLexer(QObject *parent) : QsciLexerSQL(parent)
{
    setFoldComments(true);
    setFoldCompact(false);
    setBackslashEscapes(false); // both dialects read standard-conforming strings
    setDialect(Dialect::Postgres);
    applyColours();
}

void SqlLexer::setDialect(Dialect dialect)
{
    m_dialect = dialect;
    m_keywords = sqlKeywords(dialect).join(u' ').toLatin1(); // the lexer compares in lower case
}

const char *SqlLexer::keywords(int set) const
{
    return set == 1 ? m_keywords.constData() : QsciLexerSQL::keywords(set);
}

void SqlLexer::applyColours()
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor text = palette.color(QPalette::Text);
    const QColor keyword = dark ? QColor(0x7a, 0xa6, 0xf0) : QColor(0x1a, 0x4f, 0xb0);
    const QColor string = dark ? QColor(0x9c, 0xd0, 0x8a) : QColor(0x2e, 0x7d, 0x32);
    const QColor comment = dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x7a, 0x7f, 0x88);
    const QColor number = dark ? QColor(0xe0, 0xa8, 0x6a) : QColor(0xa0, 0x52, 0x00);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setDefaultFont(mono);
    setFont(mono);
    setDefaultPaper(palette.color(QPalette::Base));
    setPaper(palette.color(QPalette::Base));
    setDefaultColor(text);
    setColor(text);
    for (int style : {Comment, CommentLine, CommentDoc, CommentLineHash})
        setColor(comment, style);
    QFont italic = mono;
    italic.setItalic(true);
    for (int style : {Comment, CommentLine, CommentDoc})
        setFont(italic, style);
    setColor(number, Number);
    setColor(keyword, Keyword);
    QFont bold = mono;
    bold.setBold(true);
    setFont(bold, Keyword);
    setColor(string, SingleQuotedString);
    setColor(text, DoubleQuotedString); // "name" is an identifier in both dialects, not a string
    setColor(text, Identifier);
    setColor(text, QuotedIdentifier);
    setColor(text, Operator);
}

} // namespace strata::connectors::ui

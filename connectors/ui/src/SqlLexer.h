// Scintilla's SQL lexer with the keywords of the connected dialect (from the dialects' own code), a
// "." that starts completion, and colours that follow a light or a dark palette.
#pragma once

#include <connectors/ConnectionSpec.h>
#include <Qsci/qscilexersql.h>

namespace strata::connectors::ui {

class SqlLexer : public QsciLexerSQL
{
    Q_OBJECT

public:
    explicit SqlLexer(QObject *parent = nullptr);

    void setDialect(Dialect dialect);
    Dialect dialect() const { return m_dialect; }

    const char *keywords(int set) const override;
    QStringList autoCompletionWordSeparators() const override { return {QStringLiteral(".")}; }
    /// Takes the colours of the application's palette (again, after a theme change).
    void applyColours();

private:
    Dialect m_dialect = Dialect::Postgres;
    QByteArray m_keywords;
};

} // namespace strata::connectors::ui

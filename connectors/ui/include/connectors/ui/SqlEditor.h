// The SQL editor: QScintilla with the dialect's keywords highlighted, line numbers, folding, brace
// matching, comment toggling (Ctrl+/), completion from catalogs (Ctrl+Space, or as one types), and
// error marks (a squiggle at the place the server reported, a margin marker and the message under the
// line). Offsets in this API are QString indexes of text(), as the connectors count them.
//
// Keys it turns into signals for its tab: Ctrl+Enter runs the statement under the cursor (or the
// selection), Ctrl+Shift+Enter the whole script (or the selection), Esc cancels, Ctrl+F and Ctrl+R
// open find and replace.
#pragma once

#include <connectors/ConnectionSpec.h>
#include <connectors/StatementSpan.h>
#include <QPointer>
#include <Qsci/qsciscintilla.h>

namespace strata::connectors::ui {

class CompletionSource;
class SqlLexer;

class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setDialect(Dialect dialect);
    Dialect dialect() const;

    qsizetype cursorOffset() const;
    void setCursorOffset(qsizetype offset);
    /// The selected range as [start, end) offsets; empty when nothing is selected.
    std::pair<qsizetype, qsizetype> selectionRange() const;
    /// The statement the cursor is in (split by the dialect's rules); length 0 when there is none.
    StatementSpan statementAtCursor() const;

    /// Comments out the selected lines (or the cursor's line) with "-- ", or uncomments them when
    /// every non-blank one already is.
    void toggleComment();

    /// Marks an error at `offset`: the word there is underlined, the line gets a margin marker and
    /// the message is shown under it. Scrolls to it.
    void markError(qsizetype offset, const QString &message);
    /// The same at a 1-based line and column of text(), as parsers name places.
    void markErrorAt(int line, int column, const QString &message);
    void clearErrors();
    /// Where the error mark is, or -1.
    qsizetype errorOffset() const { return m_errorOffset; }

    /// The connected database's names (replaced when the tab connects elsewhere; may be null).
    void setConnectionCatalog(CompletionSource *source);
    /// More names, e.g. from the open model.
    void addCompletionSource(CompletionSource *source);
    /// What completion offers at the cursor now.
    QStringList completionCandidates() const;

    int bytePosition(qsizetype offset) const;
    qsizetype offsetOfByte(int position) const;

signals:
    void runStatementRequested();
    void runScriptRequested();
    void escapePressed();
    void findRequested(bool replace);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// Follows a change of theme: the lexer's colours, the margins and the caret line.
    void changeEvent(QEvent *event) override;

private:
    void setUpMargins();
    void applyPalette();
    void setUpMarks();
    void updateLineNumberWidth();

    SqlLexer *m_lexer;
    QPointer<CompletionSource> m_connectionCatalog;
    QList<QPointer<CompletionSource>> m_sources;
    int m_errorIndicator = -1;
    int m_errorMarker = -1;
    qsizetype m_errorOffset = -1;
};

} // namespace strata::connectors::ui

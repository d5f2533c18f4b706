#include "connectors/ui/SqlEditor.h"

#include "CompletionApis.h"
#include "connectors/ui/CompletionSource.h"
#include "connectors/ui/SqlCompletion.h"
#include "SqlLexer.h"
#include "SqlTokenizer.h"
#include "StatementText.h"

#include <connectors/ScriptSplitter.h>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QRegularExpression>
#include <Qsci/qscistyle.h>

namespace strata::connectors::ui {

namespace {

constexpr int markerMargin = 1;
constexpr int foldMargin = 2;
constexpr int annotationStyle = 200; // above the lexer's styles

} // namespace

SqlEditor::SqlEditor(QWidget *parent) : QsciScintilla(parent), m_lexer(new SqlLexer(this))
{
    setUtf8(true);
    setLexer(m_lexer);
    new CompletionApis(m_lexer, this); // owned by the lexer
    setAutoCompletionSource(AcsAPIs);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(false);
    setAutoCompletionReplaceWord(true);
    setAutoCompletionUseSingle(AcusNever);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setWrapMode(WrapNone);
    setUpMargins();
    setUpMarks();
    applyPalette();
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberWidth);
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setUpMargins()
{
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    updateLineNumberWidth();
    setMarginType(markerMargin, SymbolMargin);
    setMarginWidth(markerMargin, 14);
    setFolding(BoxedTreeFoldStyle, foldMargin);
    // The horizontal scroll bar follows the longest line instead of a fixed 2000 pixels.
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
}

void SqlEditor::applyPalette()
{
    // The application's: QScintilla gives the editor a palette of its own, which a theme leaves alone.
    const QPalette p = QGuiApplication::palette();
    setCaretLineBackgroundColor(p.color(QPalette::AlternateBase));
    setCaretForegroundColor(p.color(QPalette::Text));
    setFoldMarginColors(p.color(QPalette::Base), p.color(QPalette::Base));
    setMarginsBackgroundColor(p.color(QPalette::Window));
    setMarginsForegroundColor(p.color(QPalette::PlaceholderText));
    setSelectionBackgroundColor(p.color(QPalette::Highlight));
    setSelectionForegroundColor(p.color(QPalette::HighlightedText));
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_lexer->applyColours();
        applyPalette();
    }
}

void SqlEditor::setUpMarks()
{
    m_errorIndicator = indicatorDefine(SquiggleIndicator);
    setIndicatorForegroundColor(QColor(0xd3, 0x2f, 0x2f), m_errorIndicator);
    m_errorMarker = markerDefine(Circle);
    setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), m_errorMarker);
    setMarkerForegroundColor(QColor(0xd3, 0x2f, 0x2f), m_errorMarker);
    setMarginMarkerMask(markerMargin, 1 << m_errorMarker);
    setAnnotationDisplay(AnnotationBoxed);
}

void SqlEditor::updateLineNumberWidth()
{
    setMarginWidth(0, QStringLiteral("0") + QString::number(qMax(lines(), 99)));
}

void SqlEditor::setDialect(Dialect dialect)
{
    if (dialect == m_lexer->dialect())
        return;
    m_lexer->setDialect(dialect);
    setLexer(m_lexer); // QScintilla hands the lexer's keywords to Scintilla when it is set
}

Dialect SqlEditor::dialect() const
{
    return m_lexer->dialect();
}

int SqlEditor::bytePosition(qsizetype offset) const
{
    if (offset <= 0)
        return 0;
    const int length = int(SendScintilla(SCI_GETLENGTH));
    const long units = SendScintilla(SCI_COUNTCODEUNITS, 0, long(length));
    if (offset >= units)
        return length;
    return int(SendScintilla(SCI_POSITIONRELATIVECODEUNITS, 0, long(offset)));
}

qsizetype SqlEditor::offsetOfByte(int position) const
{
    return SendScintilla(SCI_COUNTCODEUNITS, 0, long(position));
}

qsizetype SqlEditor::cursorOffset() const
{
    return offsetOfByte(int(SendScintilla(SCI_GETCURRENTPOS)));
}

void SqlEditor::setCursorOffset(qsizetype offset)
{
    SendScintilla(SCI_GOTOPOS, long(bytePosition(offset)));
}

std::pair<qsizetype, qsizetype> SqlEditor::selectionRange() const
{
    const int start = int(SendScintilla(SCI_GETSELECTIONSTART)),
              end = int(SendScintilla(SCI_GETSELECTIONEND));
    if (start == end)
        return {0, 0};
    return {offsetOfByte(start), offsetOfByte(end)};
}

StatementSpan SqlEditor::statementAtCursor() const
{
    const QString script = text();
    const QList<StatementSpan> statements = splitScript(dialect(), script);
    const qsizetype at = statementAt(statements, cursorOffset(), script);
    return at >= 0 ? statements[at] : StatementSpan{};
}

void SqlEditor::toggleComment()
{
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    if (lineFrom < 0) {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    } else if (indexTo == 0 && lineTo > lineFrom) {
        --lineTo; // a selection ending at a line's start does not take that line
    }
    auto indentOf = [](const QString &line) {
        return line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^[ \t]+"))).size();
    };
    bool allCommented = true;
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString t = text(line);
        if (!t.trimmed().isEmpty() && !t.trimmed().startsWith(QLatin1String("--")))
            allCommented = false;
    }
    beginUndoAction();
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString t = text(line);
        if (t.trimmed().isEmpty())
            continue;
        // Leading blanks are ASCII, so their count is also their length in bytes.
        const long start = SendScintilla(SCI_POSITIONFROMLINE, long(line)) + long(indentOf(t));
        if (allCommented) {
            const int length = t.mid(indentOf(t)).startsWith(QLatin1String("-- ")) ? 3 : 2;
            SendScintilla(SCI_DELETERANGE, start, long(length));
        } else {
            SendScintilla(SCI_INSERTTEXT, SendScintilla(SCI_POSITIONFROMLINE, long(line)), "-- ");
        }
    }
    endUndoAction();
}

void SqlEditor::markError(qsizetype offset, const QString &message)
{
    clearErrors();
    const QString all = text();
    offset = qBound<qsizetype>(0, offset, all.size());
    qsizetype end = offset;
    while (end < all.size() && isSqlWordChar(all[end]))
        ++end;
    if (end == offset && end < all.size())
        ++end; // a mark on a single character (a quote, a parenthesis)
    const int from = bytePosition(offset), to = bytePosition(end);
    SendScintilla(SCI_SETINDICATORCURRENT, long(m_errorIndicator));
    SendScintilla(SCI_INDICATORFILLRANGE, long(from), long(qMax(1, to - from)));
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, long(from)));
    markerAdd(line, m_errorMarker);
    QsciStyle style(annotationStyle, QStringLiteral("error"), QColor(0xb7, 0x1c, 0x1c),
                    QColor(0xfd, 0xec, 0xea), font());
    annotate(line, message, style);
    m_errorOffset = offset;
    SendScintilla(SCI_GOTOPOS, long(from));
    ensureLineVisible(line);
}

void SqlEditor::markErrorAt(int line, int column, const QString &message)
{
    markError(offsetOfPlace(text(), line, column), message);
}

void SqlEditor::clearErrors()
{
    SendScintilla(SCI_SETINDICATORCURRENT, long(m_errorIndicator));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0L, SendScintilla(SCI_GETLENGTH));
    markerDeleteAll(m_errorMarker);
    clearAnnotations();
    m_errorOffset = -1;
}

void SqlEditor::setConnectionCatalog(CompletionSource *source)
{
    m_connectionCatalog = source;
}

void SqlEditor::addCompletionSource(CompletionSource *source)
{
    if (source && !m_sources.contains(source))
        m_sources.append(source);
}

QStringList SqlEditor::completionCandidates() const
{
    QList<Catalog> catalogs;
    if (m_connectionCatalog && m_connectionCatalog->hasCatalog())
        catalogs.append(m_connectionCatalog->catalog());
    for (const QPointer<CompletionSource> &source : m_sources)
        if (source && source->hasCatalog())
            catalogs.append(source->catalog());
    return SqlCompletion(dialect(), catalogs).candidates(text(), cursorOffset());
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (ctrl && enter) {
        emit shift ? runScriptRequested() : runStatementRequested();
    } else if (ctrl && event->key() == Qt::Key_Slash) {
        toggleComment();
    } else if (ctrl && event->key() == Qt::Key_Space) {
        autoCompleteFromAPIs();
    } else if (ctrl && (event->key() == Qt::Key_F || event->key() == Qt::Key_R)) {
        emit findRequested(event->key() == Qt::Key_R);
    } else {
        if (event->key() == Qt::Key_Escape && !isListActive())
            emit escapePressed();
        QsciScintilla::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace strata::connectors::ui

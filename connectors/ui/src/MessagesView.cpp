#include "connectors/ui/MessagesView.h"

#include <QFontDatabase>
#include <QTime>

namespace strata::connectors::ui {

MessagesView::MessagesView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(5000); // a long session keeps its recent messages
    setLineWrapMode(NoWrap);
    setPlaceholderText(tr("The server's messages, timings and row counts appear here.\nRun the statement under the cursor "
                          "with Ctrl+Enter, the selection or the whole script with Ctrl+Shift+Enter; Esc cancels."));
}

void MessagesView::addMessage(Severity severity, const QString &text)
{
    m_messages << text;
    const QString colour = severity == Severity::Error     ? QStringLiteral("#c62828")
                           : severity == Severity::Warning ? QStringLiteral("#b26a00")
                                                           : QString();
    QString html = text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>&nbsp;&nbsp;"));
    if (!colour.isEmpty())
        html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
    appendHtml(QStringLiteral("<span style=\"color:gray\">%1</span>&nbsp;%2")
                   .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), html));
}

void MessagesView::addNotice(const Diagnostic &notice)
{
    QString text = severityName(notice.severity).toUpper() + QStringLiteral(": ") + notice.message;
    if (!notice.hint.isEmpty())
        text += QStringLiteral("\nhint: ") + notice.hint;
    addMessage(notice.severity, text);
}

void MessagesView::addError(const Error &error)
{
    QString text = error.message;
    if (!error.code.isEmpty())
        text += QStringLiteral(" [") + error.code + u']';
    if (error.place.line > 0)
        text += QStringLiteral(" at line %1, column %2").arg(error.place.line).arg(error.place.column);
    if (!error.detail.isEmpty())
        text += QStringLiteral("\n") + error.detail;
    if (!error.hint.isEmpty())
        text += QStringLiteral("\nhint: ") + error.hint;
    addMessage(Severity::Error, text);
}

void MessagesView::clearMessages()
{
    m_messages.clear();
    clear();
}

} // namespace strata::connectors::ui

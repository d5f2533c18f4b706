// The messages of the runs in a tab: each statement's outcome (command, rows, time), the server's
// notices and warnings, errors with their place, one line each with the time it came.
#pragma once

#include <QPlainTextEdit>
#include <strata/Diagnostic.h>

namespace strata::connectors::ui {

class MessagesView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MessagesView(QWidget *parent = nullptr);

    void addMessage(Severity severity, const QString &text);
    void addNotice(const Diagnostic &notice);
    void addError(const Error &error);
    /// Every message so far, one per line without the time (for tests and copying).
    const QStringList &messages() const { return m_messages; }
    void clearMessages();

private:
    QStringList m_messages;
};

} // namespace strata::connectors::ui

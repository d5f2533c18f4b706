// Asking for a password while a worker thread connects: the dialog itself, and a prompt for the
// worker that shows it on the GUI thread and waits for the answer (Connector calls its prompt on the
// thread that opens the session).
#pragma once

#include <connectors/Connector.h>
#include <QObject>

class QWidget;

namespace strata::connectors::ui {

class PasswordPrompt
{
public:
    /// Asks with a password field; no value when the user cancels.
    static std::optional<QString> ask(QWidget *parent, const PasswordRequest &request);
    /// A prompt for a worker thread: runs `prompt` in `context`'s thread (the GUI thread) and waits
    /// for it. Gives no value once `context` is gone.
    static Connector::Prompt fromWorker(QObject *context, Connector::Prompt prompt);
};

} // namespace strata::connectors::ui

#include "connectors/ui/PasswordPrompt.h"

#include <QInputDialog>
#include <QPointer>

namespace strata::connectors::ui {

std::optional<QString> PasswordPrompt::ask(QWidget *parent, const PasswordRequest &request)
{
    bool ok = false;
    const QString label = request.reason.isEmpty()
                              ? QObject::tr("Password for %1:").arg(request.identity)
                              : QObject::tr("%1\nPassword for %2:").arg(request.reason, request.identity);
    const QString password =
        QInputDialog::getText(parent, QObject::tr("Password"), label, QLineEdit::Password, {}, &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

Connector::Prompt PasswordPrompt::fromWorker(QObject *context, Connector::Prompt prompt)
{
    QPointer<QObject> guard(context);
    return [guard, prompt = std::move(prompt)](const PasswordRequest &request) -> std::optional<QString> {
        std::optional<QString> answer;
        if (guard && prompt)
            QMetaObject::invokeMethod(
                guard.data(), [&] { answer = guard ? prompt(request) : std::nullopt; },
                Qt::BlockingQueuedConnection);
        return answer;
    };
}

} // namespace strata::connectors::ui

#include "TerminalPrompt.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace strata::cli {

using connectors::PasswordRequest;

std::optional<QString> askOnTerminal(const PasswordRequest &request)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return std::nullopt;
    const int fd = tty.handle();
    if (!request.reason.isEmpty())
        tty.write((request.reason + u'\n').toUtf8());
    tty.write(QStringLiteral("Password for %1: ").arg(request.identity).toUtf8());
    termios saved{};
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    const QByteArray line = tty.readLine();
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line.endsWith('\n') ? line.chopped(1) : line);
}

} // namespace strata::cli

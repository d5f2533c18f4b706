#include "Command.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace strata::cli {

int Console::fail(const QString &command, const Error &error)
{
    err << program << ' ' << command << ": " << error.toString() << Qt::endl;
    return UserError;
}

int Console::fail(const QString &command, const QString &message)
{
    return fail(command, Error(message));
}

void Console::report(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << '\n';
    err.flush();
}

Result<void> writeOutput(const QString &path, const QByteArray &data, QTextStream &out)
{
    if (path.isEmpty() || path == u"-") {
        out << QString::fromUtf8(data);
        out.flush();
        return Result<void>::success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return Result<void>::success();
}

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace strata::cli

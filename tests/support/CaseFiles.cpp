#include "CaseFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace strata::test {

QStringList caseFiles(const QString &dir, const QString &nameFilter)
{
    QDir d(dir);
    QStringList out;
    const QStringList names = d.entryList({nameFilter}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        out << d.filePath(n);
    return out;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s: %s", qPrintable(path), qPrintable(f.errorString()));
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString unifiedDiff(const QString &expected, const QString &actual, const QString &expectedLabel,
                    const QString &actualLabel)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("expected")), b = dir.filePath(QStringLiteral("actual"));
    writeText(a, expected);
    writeText(b, actual);
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("--label"), expectedLabel,
                                        QStringLiteral("--label"), actualLabel, a, b});
    diff.waitForFinished(30000);
    QString out = QString::fromUtf8(diff.readAllStandardOutput());
    if (out.size() > 20000)
        out = out.left(20000) + QStringLiteral("\n[diff cut at 20000 characters]");
    return out;
}

bool matchesExpectedFile(const QString &actual, const QString &expectedPath, QString *why)
{
    if (qEnvironmentVariableIntValue("STRATA_UPDATE_EXPECTED") == 1) {
        writeText(expectedPath, actual);
        return true;
    }
    if (!QFile::exists(expectedPath)) {
        *why = QStringLiteral("%1 does not exist; run with STRATA_UPDATE_EXPECTED=1 to create it from:\n%2")
                   .arg(expectedPath, actual.left(4000));
        return false;
    }
    const QString expected = readText(expectedPath);
    if (expected == actual)
        return true;
    *why = QStringLiteral("output differs from %1:\n%2").arg(expectedPath, unifiedDiff(expected, actual, expectedPath));
    return false;
}

} // namespace strata::test

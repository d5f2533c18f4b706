#include "DatabaseTarget.h"

#include "TerminalPrompt.h"

#include <connectors/Connector.h>

#include <QFileInfo>

namespace strata::cli {

using namespace strata::connectors;

Result<DatabaseTarget> DatabaseTarget::parse(const QString &text, bool mustExist)
{
    static const QStringList suffixes{QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db"), QStringLiteral("db3")};
    DatabaseTarget target;
    if (!mustExist && (text.startsWith(u"sqlite:") || suffixes.contains(QFileInfo(text).suffix().toLower()))) {
        target.spec = ConnectionSpec{Dialect::Sqlite, text.startsWith(u"sqlite:") ? text.mid(7) : text, true};
        return target;
    }
    auto spec = ConnectionSpec::parse(text);
    if (!spec)
        return spec.error();
    target.spec = *spec;
    if (mustExist && target.isSqliteFile() && target.spec.target != u":memory:" && !QFileInfo::exists(target.spec.target))
        return Error(QStringLiteral("no such SQLite file: %1").arg(target.spec.target), SourcePlace::ofSource(target.spec.target));
    return target;
}

Result<std::unique_ptr<Session>> DatabaseTarget::open(bool noPassword, Console &console) const
{
    PasswordStore store;
    Connector connector(&store, noPassword ? Connector::Prompt() : askPasswordOnTerminal);
    auto session = connector.open(spec);
    console.report(connector.diagnostics());
    return session;
}

} // namespace strata::cli

#include "connectors/ConnectionSpec.h"

#include <QFile>
#include <QFileInfo>

#include <libpq-fe.h>

#include <memory>

namespace strata::connectors {

namespace {

const SourcePlace specPlace = SourcePlace::ofSource(QStringLiteral("connection string"));

bool hasSqliteSuffix(const QString &path)
{
    for (const char *suffix : {".sqlite", ".sqlite3", ".db", ".db3"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

using Options = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

// libpq's own parser, so that what Strata accepts is exactly what psql accepts.
Result<Options> parseConninfo(const QString &text)
{
    char *message = nullptr;
    Options options(PQconninfoParse(text.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
        PQfreemem(message);
        return Error(QStringLiteral("not a PostgreSQL connection string: %1").arg(why), specPlace,
                     QStringLiteral("connection.syntax"));
    }
    return options;
}

QString option(const Options &options, const char *keyword)
{
    for (PQconninfoOption *o = options.get(); o->keyword; ++o)
        if (qstrcmp(o->keyword, keyword) == 0)
            return o->val ? QString::fromUtf8(o->val) : QString();
    return {};
}

} // namespace

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(QStringLiteral("the connection string is empty"), specPlace, QStringLiteral("connection.syntax"));
    ConnectionSpec spec;
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        spec.dialect = Dialect::Sqlite;
        spec.target = text.mid(7);
        spec.createIfMissing = true;
        if (spec.target.isEmpty())
            return Error(QStringLiteral("\"sqlite:\" needs a file path or :memory: after it"), specPlace,
                         QStringLiteral("connection.syntax"));
        return spec;
    }
    const bool isUri = text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
    if (isUri || text.contains(u'=')) {
        auto options = parseConninfo(text);
        if (!options)
            return options.error();
        spec.target = text;
        return spec;
    }
    if (hasSqliteSuffix(text) || isSqliteFile(text) || text.contains(u'/')) {
        spec.dialect = Dialect::Sqlite;
        spec.target = text;
        return spec;
    }
    if (QFileInfo(text).isFile())
        return Error(QStringLiteral("%1 is a file but not a SQLite database").arg(text), specPlace,
                     QStringLiteral("connection.syntax"));
    spec.target = text; // a bare database name, as psql takes it
    return spec;
}

QString ConnectionSpec::displayName() const
{
    if (dialect == Dialect::Sqlite)
        return target == u":memory:" ? QStringLiteral("SQLite in memory") : QFileInfo(target).fileName();
    if (!target.contains(u'=') && !target.contains(u"://"))
        return target;
    auto options = parseConninfo(target);
    if (!options)
        return QStringLiteral("PostgreSQL");
    const QString service = option(*options, "service"), user = option(*options, "user"),
                  host = option(*options, "host"), port = option(*options, "port"),
                  db = option(*options, "dbname");
    QString server = service.isEmpty() || !host.isEmpty() ? host : QStringLiteral("service ") + service;
    if (server.contains(u':') && !server.startsWith(u'/'))
        server = u'[' + server + u']'; // an IPv6 address
    if (!port.isEmpty())
        server += u':' + port;
    QString out = user.isEmpty() ? QString() : user + u'@';
    if (server.isEmpty())
        out += db;
    else
        out += db.isEmpty() ? server : server + u'/' + db;
    return out.isEmpty() ? QStringLiteral("PostgreSQL (defaults)") : out;
}

} // namespace strata::connectors

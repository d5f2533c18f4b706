#include "connectors/SavedConnection.h"

#include <libpq-fe.h>
#include <memory>
#include <QUrlQuery>

namespace strata::connectors {

namespace {

const SourcePlace settingsPlace = SourcePlace::ofSource(QStringLiteral("connection"));

// A conninfo value as libpq reads it: in single quotes, with \ and ' escaped, when it needs them.
QString conninfoValue(const QString &value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || c == u'\'' || c == u'\\' || c == u'=';
    });
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QList<std::pair<const char *, QString>> sslOptions(const SavedConnection &c)
{
    return {
        {"sslmode", c.sslMode}, {"sslrootcert", c.sslRootCert}, {"sslcert", c.sslCert}, {"sslkey", c.sslKey}};
}

QString conninfoOf(const QList<std::pair<const char *, QString>> &options)
{
    QStringList parts;
    for (const auto &[key, value] : options)
        if (!value.isEmpty())
            parts << QLatin1String(key) + u'=' + conninfoValue(value);
    return parts.join(u' ');
}

// URIs take options as query parameters; later ones win, as in a conninfo string.
QString withUriOptions(const QString &uri, const QList<std::pair<const char *, QString>> &options)
{
    QUrlQuery query;
    for (const auto &[key, value] : options)
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (query.isEmpty())
        return uri;
    return uri + (uri.contains(u'?') ? u'&' : u'?') + query.toString(QUrl::FullyEncoded);
}

// libpq's own parser: what it cannot read will not connect, and a password must not be kept here.
Result<void> checkText(const QString &text)
{
    char *message = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(text.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
        PQfreemem(message);
        return Error(QStringLiteral("not a PostgreSQL connection string: %1").arg(why), settingsPlace,
                     QStringLiteral("connection.syntax"));
    }
    for (PQconninfoOption *o = options.get(); o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val) {
            Error error(QStringLiteral("the connection string holds a password"), settingsPlace,
                        QStringLiteral("connection.password"));
            error.hint =
                QStringLiteral("leave it out and type it in the password field: it is kept in the keychain");
            return error;
        }
    return Result<void>::success();
}

} // namespace

QString connectionFormName(ConnectionForm form)
{
    switch (form) {
    case ConnectionForm::Fields:
        return QStringLiteral("fields");
    case ConnectionForm::Conninfo:
        return QStringLiteral("conninfo");
    case ConnectionForm::Uri:
        return QStringLiteral("uri");
    case ConnectionForm::Service:
        return QStringLiteral("service");
    case ConnectionForm::SqliteFile:
        return QStringLiteral("sqlite");
    }
    return {};
}

std::optional<ConnectionForm> connectionFormFromName(const QString &name)
{
    for (ConnectionForm form : {ConnectionForm::Fields, ConnectionForm::Conninfo, ConnectionForm::Uri,
                                ConnectionForm::Service, ConnectionForm::SqliteFile})
        if (connectionFormName(form) == name)
            return form;
    return std::nullopt;
}

Result<ConnectionSpec> SavedConnection::spec() const
{
    ConnectionSpec spec;
    if (form == ConnectionForm::SqliteFile) {
        if (path.trimmed().isEmpty())
            return Error(QStringLiteral("the SQLite connection has no file"), settingsPlace,
                         QStringLiteral("connection.syntax"));
        spec.dialect = Dialect::Sqlite;
        spec.target = path;
        return spec;
    }
    QString target;
    switch (form) {
    case ConnectionForm::Fields:
        target = conninfoOf({{"host", host},
                             {"port", port > 0 ? QString::number(port) : QString()},
                             {"dbname", database},
                             {"user", user}});
        target = (target + u' ' + conninfoOf(sslOptions(*this))).trimmed();
        break;
    case ConnectionForm::Service:
        target = (conninfoOf({{"service", service}, {"dbname", database}, {"user", user}}) + u' ' +
                  conninfoOf(sslOptions(*this)))
                     .trimmed();
        break;
    case ConnectionForm::Conninfo:
        target = (text.trimmed() + u' ' + conninfoOf(sslOptions(*this))).trimmed();
        break;
    case ConnectionForm::Uri:
        target = withUriOptions(text.trimmed(), sslOptions(*this));
        break;
    case ConnectionForm::SqliteFile:
        break;
    }
    // An empty target leaves everything to libpq's defaults (PGHOST, PGDATABASE, ...).
    if (auto checked = checkText(target); !checked)
        return checked.error();
    spec.target = target;
    return spec;
}

QString SavedConnection::label() const
{
    if (!name.isEmpty())
        return name;
    auto s = spec();
    if (!s)
        return QStringLiteral("(unnamed)");
    return s->target.isEmpty() ? QStringLiteral("PostgreSQL (defaults)") : s->displayName();
}

} // namespace strata::connectors

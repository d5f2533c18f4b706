#include "connectors/ConnectionStore.h"

#include "connectors/ErrorCodes.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace strata::connectors {

namespace {

// The settings keys of a connection's text fields; with id, form, port and production, nothing else
// is written, and no key holds a password.
const std::pair<const char *, QString SavedConnection::*> textKeys[] = {
    {"name", &SavedConnection::name},         {"text", &SavedConnection::text},
    {"service", &SavedConnection::service},   {"host", &SavedConnection::host},
    {"database", &SavedConnection::database}, {"user", &SavedConnection::user},
    {"sslMode", &SavedConnection::sslMode},   {"sslRootCert", &SavedConnection::sslRootCert},
    {"sslCert", &SavedConnection::sslCert},   {"sslKey", &SavedConnection::sslKey},
    {"path", &SavedConnection::path}};

void writeConnection(QSettings &settings, const SavedConnection &c)
{
    settings.setValue("id", c.id);
    settings.setValue("form", connectionFormName(c.form));
    for (const auto &[key, field] : textKeys)
        settings.setValue(key, c.*field);
    settings.setValue("port", c.port);
    settings.setValue("production", c.production);
}

std::optional<SavedConnection> readConnection(const QSettings &settings)
{
    SavedConnection c;
    c.id = settings.value("id").toString();
    const auto form = connectionFormFromName(settings.value("form").toString());
    if (c.id.isEmpty() || !form)
        return std::nullopt; // written by a newer Strata, or edited by hand: skipped, not guessed
    c.form = *form;
    for (const auto &[key, field] : textKeys)
        c.*field = settings.value(key).toString();
    c.port = settings.value("port").toInt();
    c.production = settings.value("production").toBool();
    return c;
}

bool wantsPassword(const Error &error)
{
    return error.code == QLatin1String(passwordRequiredCode) ||
           error.code == QLatin1String(passwordRejectedCode);
}

} // namespace

ConnectionStore::ConnectionStore(QString settingsPath, PasswordStore *passwords, QObject *parent)
    : QObject(parent), m_path(std::move(settingsPath)), m_passwords(passwords)
{
    load();
}

QString ConnectionStore::defaultPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME (~/.config) whatever the application's name is.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Strata/connections.ini");
}

void ConnectionStore::load()
{
    QSettings settings(m_path, QSettings::IniFormat);
    const int count = settings.beginReadArray("connections");
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (auto c = readConnection(settings))
            m_saved.append(*c);
    }
    settings.endArray();
}

Result<void> ConnectionStore::write()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove("connections");
    settings.beginWriteArray("connections", int(m_saved.size()));
    for (int i = 0; i < m_saved.size(); ++i) {
        settings.setArrayIndex(i);
        writeConnection(settings, m_saved[i]);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error(QStringLiteral("cannot write the connections list"), SourcePlace::ofSource(m_path),
                     QStringLiteral("settings"));
    return Result<void>::success();
}

QList<SavedConnection> ConnectionStore::connections() const
{
    QList<SavedConnection> all;
    if (m_modelEngine)
        all.append(*m_modelEngine);
    return all + m_saved;
}

std::optional<SavedConnection> ConnectionStore::find(const QString &id) const
{
    for (const SavedConnection &c : connections())
        if (c.id == id)
            return c;
    return std::nullopt;
}

Result<SavedConnection> ConnectionStore::save(SavedConnection connection,
                                              const std::optional<QString> &password)
{
    if (connection.id == modelEngineId)
        return Error(QStringLiteral("the model's engine is not kept in the connections list"), {},
                     QLatin1String(usageCode));
    if (auto spec = connection.spec(); !spec)
        return spec.error();
    if (connection.id.isEmpty())
        connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto it = std::find_if(m_saved.begin(), m_saved.end(),
                           [&](const SavedConnection &c) { return c.id == connection.id; });
    if (it != m_saved.end())
        *it = connection;
    else
        m_saved.append(connection);
    auto written = write();
    emit changed();
    if (!written)
        return written.error();
    if (password && connection.dialect() == Dialect::Postgres) {
        if (!m_passwords)
            return Error(QStringLiteral("the password was not saved: there is no keychain"), {},
                         QLatin1String(keychainUnavailableCode));
        auto kept = password->isEmpty() ? m_passwords->remove(connection.passwordKey())
                                        : m_passwords->write(connection.passwordKey(), *password);
        if (!kept)
            return kept.error();
    }
    return connection;
}

Result<void> ConnectionStore::remove(const QString &id)
{
    const auto removed = m_saved.removeIf([&](const SavedConnection &c) { return c.id == id; });
    if (removed == 0)
        return Result<void>::success();
    auto written = write();
    emit changed();
    if (!written)
        return written;
    if (m_passwords) {
        SavedConnection gone;
        gone.id = id;
        auto forgotten = m_passwords->remove(gone.passwordKey());
        if (!forgotten && forgotten.error().code != QLatin1String(keychainUnavailableCode))
            return forgotten;
    }
    return Result<void>::success();
}

void ConnectionStore::setModelEngine(const QString &path, const QString &label, EngineMaker maker)
{
    m_engineMaker = path.isEmpty() ? EngineMaker() : std::move(maker);
    if (path.isEmpty()) {
        m_modelEngine.reset();
    } else {
        SavedConnection engine;
        engine.id = modelEngineId;
        engine.name = label;
        engine.form = ConnectionForm::SqliteFile;
        engine.path = path;
        m_modelEngine = engine;
    }
    emit changed();
}

Result<std::unique_ptr<Session>> ConnectionStore::open(const SavedConnection &connection,
                                                       PasswordStore *passwords,
                                                       const Connector::Prompt &prompt,
                                                       Diagnostics *diagnostics, const EngineMaker &makeEngine)
{
    if (connection.id == modelEngineId && makeEngine && !QFileInfo::exists(connection.path)) {
        if (auto made = makeEngine(connection.path); !made)
            return made.error();
    }
    auto spec = connection.spec();
    if (!spec)
        return spec.error();
    if (connection.dialect() == Dialect::Postgres && passwords) {
        // A missing keychain is not an error here: libpq's own sources and the prompt remain.
        auto saved = passwords->read(connection.passwordKey());
        if (saved && saved->has_value()) {
            auto session = Session::open(*spec, **saved);
            if (session || !wantsPassword(session.error()))
                return session;
        }
    }
    Connector connector(passwords, prompt);
    auto session = connector.open(*spec);
    if (diagnostics)
        *diagnostics = connector.diagnostics();
    return session;
}

} // namespace strata::connectors

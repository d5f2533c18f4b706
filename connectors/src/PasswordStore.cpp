#include "connectors/PasswordStore.h"

#include "connectors/ErrorCodes.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace strata::connectors {

namespace {

// QtKeychain's jobs finish through the event loop; a local loop makes them calls that return.
bool runJob(QKeychain::Job &job)
{
    if (!QCoreApplication::instance())
        return false;
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy in QSettings
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return true;
}

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    const bool missing = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented ||
                         job.error() == QKeychain::OtherError || job.error() == QKeychain::AccessDenied ||
                         job.error() == QKeychain::AccessDeniedByUser;
    Error error(QStringLiteral("the system keychain is not available to %1: %2").arg(what, job.errorString()), {},
                missing ? QLatin1String(keychainUnavailableCode) : QStringLiteral("keychain"));
    error.hint = QStringLiteral("the password is asked each time and not saved");
    return error;
}

Error noApplication()
{
    return Error(QStringLiteral("the system keychain needs a running application"), {},
                 QLatin1String(keychainUnavailableCode));
}

} // namespace

PasswordStore::PasswordStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<QString>> PasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return noApplication();
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("read a password"));
    return std::optional<QString>(job.textData());
}

Result<void> PasswordStore::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(password);
    if (!runJob(job))
        return noApplication();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("save the password"));
    return Result<void>::success();
}

Result<void> PasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return noApplication();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, QStringLiteral("remove the password"));
    return Result<void>::success();
}

} // namespace strata::connectors

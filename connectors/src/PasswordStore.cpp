#include "connectors/PasswordStore.h"

#include "connectors/ErrorCodes.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QThread>

#include <functional>
#include <optional>

namespace strata::connectors {

namespace {

// QtKeychain's backends (libsecret through GLib, KWallet through QtDBus) keep their connection in the
// thread that first used them and answer there: a job started in another thread, once that thread
// is gone, never finishes, and one in a pooled thread gets answers meant for an earlier job. So every
// job runs on one thread that lives as long as the application, whoever asks.
class KeychainThread : public QThread
{
public:
    KeychainThread()
    {
        setObjectName(QStringLiteral("keychain"));
        m_context.moveToThread(this);
        start();
    }
    ~KeychainThread() override
    {
        quit();
        wait();
    }
    QObject *context() { return &m_context; }

private:
    QObject m_context; // lives in the thread: work is posted to it
};

KeychainThread *keychainThread()
{
    static QMutex mutex;
    static KeychainThread *thread = nullptr;
    QMutexLocker lock(&mutex);
    if (!thread && QCoreApplication::instance()) {
        thread = new KeychainThread;
        qAddPostRoutine([] {
            QMutexLocker lock(&mutex);
            delete std::exchange(thread, nullptr);
        });
    }
    return thread;
}

/// Runs `work` (which makes and runs its job) on the keychain's thread and waits for its result.
template <typename R>
std::optional<R> onKeychainThread(const std::function<R()> &work)
{
    KeychainThread *thread = keychainThread();
    if (!thread)
        return std::nullopt;
    std::optional<R> result;
    if (QThread::currentThread() == thread)
        result.emplace(work());
    else
        QMetaObject::invokeMethod(thread->context(), [&] { result.emplace(work()); }, Qt::BlockingQueuedConnection);
    return result;
}

// QtKeychain's jobs finish through the event loop; a local loop makes them calls that return.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy in QSettings
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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
    using R = Result<std::optional<QString>>;
    const auto result = onKeychainThread<R>([&]() -> R {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(key);
        runJob(job);
        if (job.error() == QKeychain::EntryNotFound)
            return std::optional<QString>();
        if (job.error() != QKeychain::NoError)
            return keychainError(job, QStringLiteral("read a password"));
        return std::optional<QString>(job.textData());
    });
    return result ? *result : R(noApplication());
}

Result<void> PasswordStore::write(const QString &key, const QString &password)
{
    const auto result = onKeychainThread<Result<void>>([&]() -> Result<void> {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setTextData(password);
        runJob(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job, QStringLiteral("save the password"));
        return Result<void>::success();
    });
    return result ? *result : Result<void>(noApplication());
}

Result<void> PasswordStore::remove(const QString &key)
{
    const auto result = onKeychainThread<Result<void>>([&]() -> Result<void> {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return keychainError(job, QStringLiteral("remove the password"));
        return Result<void>::success();
    });
    return result ? *result : Result<void>(noApplication());
}

} // namespace strata::connectors

#include "SessionThread.h"

#include <QtConcurrent>

namespace strata::connectors::ui {

SessionThread::SessionThread(PasswordStore *passwords, QObject *parent)
    : QObject(parent), m_worker(new SessionWorker(passwords))
{
    m_thread.setObjectName(QStringLiteral("sql-session"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SessionThread::~SessionThread()
{
    m_cancel.waitForFinished();
    m_worker->stop(); // a long statement stops on the server instead of being waited for
    m_thread.quit();
    m_thread.wait(); // the worker was deleted on its thread as it finished
}

void SessionThread::post(std::function<void(SessionWorker &)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, work = std::move(work)] { work(*worker); }, Qt::QueuedConnection);
}

void SessionThread::cancel()
{
    if (m_cancel.isRunning())
        return; // asked already
    m_cancel = QtConcurrent::run([worker = m_worker] { worker->cancel(); });
}

} // namespace strata::connectors::ui

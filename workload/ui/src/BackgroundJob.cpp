#include "workload/ui/BackgroundJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace strata::workload::ui {

namespace {

// Progress is reported by the engines every batch or every 256 executions: more than a bar can show.
// Reports closer than this are dropped, except the one that reaches the total.
constexpr qint64 progressIntervalMs = 50;

} // namespace

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundJob::onFinished);
}

BackgroundJob::~BackgroundJob()
{
    if (m_control)
        m_control->cancel();
    m_watcher.waitForFinished();
}

bool BackgroundJob::start(std::function<void(TaskControl &)> work, std::function<void()> done)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_done = std::move(done);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_control = std::make_unique<TaskControl>([this, clock](qint64 n, qint64 total, const QString &step) {
        // TaskControl serialises reports, so the clock is read by one thread at a time.
        if (clock->elapsed() < progressIntervalMs && !(total > 0 && n >= total))
            return;
        clock->restart();
        QMetaObject::invokeMethod(
            this, [this, n, total, step] { emit progress(n, total, step); }, Qt::QueuedConnection);
    });
    TaskControl *control = m_control.get();
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), control] { work(*control); }));
    emit started();
    return true;
}

void BackgroundJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_control->cancel();
    emit cancelRequested();
}

void BackgroundJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

void BackgroundJob::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void BackgroundJob::onFinished()
{
    m_running = false;
    const std::function<void()> done = std::exchange(m_done, {});
    if (done)
        done();
    emit finished();
}

} // namespace strata::workload::ui

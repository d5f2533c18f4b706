// What a long job (import, data generation, layout, profiling) gets from whoever started it: a cancel
// flag to check and a place to report progress. Engines take a TaskControl* (null means "no one asks").
#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace strata {

class TaskControl
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &step)>;

    TaskControl() = default;
    explicit TaskControl(ProgressFn onProgress) : m_onProgress(std::move(onProgress)) {}

    /// Asks the job to stop; safe from any thread. The job notices at its next check.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    /// Called by the job; forwards to the progress function (from the job's thread).
    void report(qint64 done, qint64 total, const QString &step);

    /// Null-safe helpers for engines that were given no control.
    static bool cancelled(const TaskControl *control) { return control && control->isCancelled(); }
    static void report(TaskControl *control, qint64 done, qint64 total, const QString &step)
    {
        if (control)
            control->report(done, total, step);
    }

private:
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex; // serialises reports from parallel workers of one job
    ProgressFn m_onProgress;
};

/// The Error a job returns when it stopped because it was asked to.
inline constexpr const char *cancelledCode = "cancelled";

} // namespace strata

// Runs one long engine call (synth, profile, scaling study, advice) on a pool thread through
// QtConcurrent, with a TaskControl for cancel and progress. Progress comes back to this object's
// thread as a signal; the caller's `done` runs there when the work returns. Never touches widgets
// from the worker. Destroying the job cancels the work and waits for it, so that nothing outlives it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <strata/Result.h>
#include <strata/TaskControl.h>

namespace strata::workload::ui {

class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    /// Starts `work(control)` on a pool thread; `done` runs on this object's thread after it
    /// returns. False (and nothing runs) while another piece of work runs.
    bool start(std::function<void(TaskControl &control)> work, std::function<void()> done);
    /// start() for an engine call that returns a Result: `done` gets it on this object's thread.
    template <typename T>
    bool run(std::function<Result<T>(TaskControl &control)> work, std::function<void(const Result<T> &)> done)
    {
        auto outcome = std::make_shared<std::optional<Result<T>>>();
        return start(
            [work = std::move(work), outcome](TaskControl &control) { outcome->emplace(work(control)); },
            [done = std::move(done), outcome] { done(**outcome); });
    }
    /// Asks the work to stop at its next check; `done` still runs when it returns.
    void cancel();
    bool isRunning() const { return m_running; }
    /// True when the last work was asked to stop.
    bool wasCancelled() const { return m_cancelled; }
    /// Blocks until the work returns (tests, closing); its `done` runs at the next event loop turn.
    void waitForFinished();

    /// Runs `call` on this object's thread (queued): how work sends anything else back.
    void post(std::function<void()> call);

signals:
    void started();
    /// At most every 50 ms, and the last report always.
    void progress(qint64 done, qint64 total, const QString &step);
    void cancelRequested();
    void finished();

private:
    void onFinished();

    QFutureWatcher<void> m_watcher;
    std::unique_ptr<TaskControl> m_control;
    std::function<void()> m_done;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace strata::workload::ui

// Long work of the window (importing a script, reading a database) on a worker thread, with a
// progress dialog that appears after a moment and a Cancel button that sets the job's TaskControl.
// The result comes back on the GUI thread. One job at a time; closing the window cancels it and
// waits for it to stop.
#pragma once

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include <functional>
#include <memory>

class QWidget;

namespace strata::app {

class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QWidget *window);
    ~TaskRunner() override;

    bool isRunning() const { return m_control != nullptr; }
    /// The progress dialog of the running job (null when none runs).
    QProgressDialog *dialog() const { return m_dialog; }

    /// Runs `work` on a worker; `done` gets its result on the GUI thread (a cancelled job's Error has
    /// code cancelledCode). False, and nothing runs, when another job is running.
    template <typename T>
    bool run(const QString &title, std::function<Result<T>(TaskControl &)> work, std::function<void(Result<T>)> done)
    {
        if (isRunning())
            return false;
        std::shared_ptr<TaskControl> control = start(title);
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
            watcher->deleteLater();
            finish();
            done(watcher->result());
            emit finished();
        });
        QFuture<Result<T>> future = QtConcurrent::run([work = std::move(work), control] { return work(*control); });
        m_future = QFuture<void>(future);
        watcher->setFuture(future);
        return true;
    }

signals:
    /// A job ended and its `done` has run.
    void finished();

private:
    /// Shows the dialog and returns the control the job reports to.
    std::shared_ptr<TaskControl> start(const QString &title);
    void finish();

    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<TaskControl> m_control;
    QFuture<void> m_future;
};

} // namespace strata::app

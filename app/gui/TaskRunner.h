// Long work of the window (importing a script, reading a database) on a worker thread, with a
// progress dialog that appears after a moment and a Cancel button that sets the job's TaskControl.
// The result comes back on the GUI thread. One job at a time; closing the window cancels it and
// waits for it to stop. Each job gets a thread of its own rather than one of QtConcurrent's pool:
// connecting reads the keychain, whose jobs leave events behind in the thread that ran them, and a
// pool thread would run them later against objects already gone.
#pragma once

#include <strata/Result.h>
#include <strata/TaskControl.h>

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <functional>
#include <optional>
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
        auto result = std::make_shared<std::optional<Result<T>>>();
        m_thread = QThread::create([work = std::move(work), control, result] { result->emplace(work(*control)); });
        connect(m_thread, &QThread::finished, this, [this, result, done = std::move(done)] {
            finish();
            done(std::move(**result));
            emit finished();
        });
        m_thread->start();
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
    QThread *m_thread = nullptr;
};

} // namespace strata::app

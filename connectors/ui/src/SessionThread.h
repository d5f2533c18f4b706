// A tab's SessionWorker on a QThread of its own, and the way to call it: post() runs a function on
// the worker's thread, after whatever it is doing now. Destroying it cancels what runs, closes the
// session and joins the thread.
#pragma once

#include "SessionWorker.h"

#include <QFuture>
#include <QThread>

namespace strata::connectors::ui {

class SessionThread : public QObject
{
    Q_OBJECT

public:
    explicit SessionThread(PasswordStore *passwords, QObject *parent = nullptr);
    ~SessionThread() override;

    SessionWorker *worker() const { return m_worker; }
    /// Runs `work(worker)` on the worker's thread.
    void post(std::function<void(SessionWorker &)> work);
    /// Cancels the running statement from a pool thread: PostgreSQL's cancel request is a network
    /// round trip the GUI thread should not wait for.
    void cancel();

private:
    QThread m_thread;
    SessionWorker *m_worker;
    QFuture<void> m_cancel;
};

} // namespace strata::connectors::ui

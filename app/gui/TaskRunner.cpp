#include "TaskRunner.h"

#include <QProgressDialog>

namespace strata::app {

TaskRunner::TaskRunner(QWidget *window) : QObject(window), m_window(window) {}

TaskRunner::~TaskRunner()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait(); // the job reports to this object: it must stop first
        delete m_thread;
    }
}

std::shared_ptr<TaskControl> TaskRunner::start(const QString &title)
{
    m_dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick jobs do not flash a dialog
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(420);
    // Reports come from the worker; the dialog is changed on the GUI thread.
    m_control = std::make_shared<TaskControl>([this](qint64 done, qint64 total, const QString &step) {
        QMetaObject::invokeMethod(this, [this, done, total, step] {
            if (!m_dialog)
                return;
            m_dialog->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_dialog->setValue(int(qMin<qint64>(done, INT_MAX)));
            if (!step.isEmpty())
                m_dialog->setLabelText(step);
        }, Qt::QueuedConnection);
    });
    connect(m_dialog, &QProgressDialog::canceled, this, [control = m_control] { control->cancel(); });
    return m_control;
}

void TaskRunner::finish()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
        m_dialog->deleteLater();
    }
    m_control.reset();
    m_thread->deleteLater();
    m_thread = nullptr;
}

} // namespace strata::app

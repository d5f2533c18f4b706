// The strip under each of the panel's actions: a progress bar fed by a BackgroundJob, what the job
// is doing or what it ended with, and Cancel (enabled while the job runs).
#pragma once

#include <QWidget>
#include <strata/Error.h>

class QLabel;
class QProgressBar;
class QPushButton;

namespace strata::workload::ui {

class BackgroundJob;

class JobBar : public QWidget
{
    Q_OBJECT

public:
    JobBar(BackgroundJob *job, QWidget *parent = nullptr);

    /// What the strip says: the step while running, the outcome afterwards.
    void setMessage(const QString &text);
    QString message() const;
    /// The work returned what it was asked for: a full bar and what it made.
    void showDone(const QString &text);
    /// The work ended early: `cancelled` when the user asked, else `failed` with the error for %1.
    void showStopped(const Error &error, const QString &cancelled, const QString &failed);
    /// Put before each step the job reports: "Scale 2 of 3 (×1): ".
    void setStepPrefix(const QString &prefix);
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

private:
    void showProgress(qint64 done, qint64 total, const QString &step);

    BackgroundJob *m_job;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    QString m_prefix;
};

} // namespace strata::workload::ui

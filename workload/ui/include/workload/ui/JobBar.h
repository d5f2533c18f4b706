// The strip under each of the panel's actions: a progress bar fed by a BackgroundJob, what the job
// is doing or what it ended with, and Cancel (enabled while the job runs).
#pragma once

#include <QWidget>

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

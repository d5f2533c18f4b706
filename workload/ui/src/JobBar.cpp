#include "workload/ui/JobBar.h"

#include "workload/ui/BackgroundJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <strata/TaskControl.h>

namespace strata::workload::ui {

JobBar::JobBar(BackgroundJob *job, QWidget *parent)
    : QWidget(parent), m_job(job), m_bar(new QProgressBar(this)), m_label(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, job, &BackgroundJob::cancel);
    connect(job, &BackgroundJob::started, this, [this] {
        m_cancel->setEnabled(true);
        m_prefix.clear();
        m_bar->setRange(0, 0); // busy until the first report says how much there is
        m_label->setText(tr("Starting…"));
    });
    connect(job, &BackgroundJob::progress, this, &JobBar::showProgress);
    connect(job, &BackgroundJob::cancelRequested, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
    });
    connect(job, &BackgroundJob::finished, this, [this] {
        m_cancel->setEnabled(false);
        if (m_bar->maximum() == 0)
            m_bar->setRange(0, 1);
    });
}

void JobBar::showProgress(qint64 done, qint64 total, const QString &step)
{
    if (m_job->wasCancelled())
        return; // "Cancelling…" stays until the work returns
    if (total > 0) {
        // QProgressBar counts in int: scale large totals down to thousandths.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(double(done) * 1000 / double(total)));
    } else {
        m_bar->setRange(0, 0);
    }
    m_label->setText(m_prefix + step);
}

void JobBar::setStepPrefix(const QString &prefix)
{
    m_prefix = prefix;
}

void JobBar::setMessage(const QString &text)
{
    m_label->setText(text);
}

void JobBar::showDone(const QString &text)
{
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    setMessage(text);
}

void JobBar::showStopped(const Error &error, const QString &cancelled, const QString &failed)
{
    // The bar stays where the work got to.
    setMessage(error.code == QLatin1String(cancelledCode) ? cancelled : failed.arg(error.toString()));
}

QString JobBar::message() const
{
    return m_label->text();
}

} // namespace strata::workload::ui

#include "modeler/ui/LintMonitor.h"

#include "modeler/ui/ModelDocument.h"
#include "modeler/ui/ModelEdits.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace strata::modeler::ui {

LintMonitor::LintMonitor(ModelDocument *document, QObject *parent) : QObject(parent), m_document(document), m_dialects(dialects())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &LintMonitor::lintInWorker);
    connect(document, &ModelDocument::changed, this, [this](const ModelChange &change) {
        if (change.modelProperties)
            followModel();
        lintSoon();
    });
    connect(document, &ModelDocument::modelReset, this, [this] {
        followModel();
        lintSoon();
    });
}

QList<Dialect> LintMonitor::dialects() const
{
    const QList<Dialect> &chosen = m_document->model().lintDialects;
    return chosen.isEmpty() ? QList<Dialect>{Dialect::Postgres} : chosen;
}

void LintMonitor::setDialects(const QList<Dialect> &dialects)
{
    if (!dialects.isEmpty())
        ModelEdits(m_document).setLintDialects(dialects);
}

void LintMonitor::followModel()
{
    const QList<Dialect> now = dialects();
    if (now == m_dialects)
        return;
    m_dialects = now;
    emit dialectsChanged(now);
}

void LintMonitor::lintSoon()
{
    ++m_generation; // a run already going will be dropped
    m_timer.start();
}

void LintMonitor::lintNow()
{
    m_timer.stop();
    ++m_generation;
    m_findings = Linter::lint(m_document->model(), {dialects()});
    emit findingsChanged(m_findings);
}

void LintMonitor::lintInWorker()
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<LintFinding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the model changed since: a newer run follows
        m_findings = watcher->result();
        emit findingsChanged(m_findings);
    });
    // The model is a value: the worker lints its own copy while the user goes on editing.
    watcher->setFuture(QtConcurrent::run([model = m_document->model(), options = Linter::Options{dialects()}] {
        return Linter::lint(model, options);
    }));
}

} // namespace strata::modeler::ui

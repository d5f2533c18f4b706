// Keeps the model's lint findings current: a moment after each edit the Linter runs in a worker on
// a copy of the model, and the findings of the newest model come back (older runs are dropped).
// It also holds the target dialects, which the linter and the edit dialogs check against.
#pragma once

#include <modeler/Linter.h>

#include <QObject>
#include <QTimer>

namespace strata::modeler::ui {

class ModelDocument;

class LintMonitor : public QObject
{
    Q_OBJECT

public:
    explicit LintMonitor(ModelDocument *document, QObject *parent = nullptr);

    QList<Dialect> dialects() const { return m_dialects; }
    void setDialects(const QList<Dialect> &dialects);
    const QList<LintFinding> &findings() const { return m_findings; }
    /// Lints now, on this thread (tests, and the first look at a freshly opened model).
    void lintNow();

signals:
    void findingsChanged(const QList<strata::modeler::LintFinding> &findings);
    void dialectsChanged(const QList<strata::modeler::Dialect> &dialects);

private:
    void lintSoon();
    void lintInWorker();

    ModelDocument *m_document;
    QList<Dialect> m_dialects{Dialect::Postgres};
    QList<LintFinding> m_findings;
    QTimer m_timer;
    quint64 m_generation = 0;
};

} // namespace strata::modeler::ui

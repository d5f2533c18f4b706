// Keeps the model's lint findings current: a moment after each edit the Linter runs in a worker on
// a copy of the model, and the findings of the newest model come back (older runs are dropped).
// It also gives the target dialects, which the linter and the edit dialogs check against: they are
// the model's (saved in its file), and choosing others is an undoable edit of the model.
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

    /// The model's dialects; PostgreSQL when it names none.
    QList<Dialect> dialects() const;
    /// Checks for other dialects from now on: one undo step on the model.
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
    /// Tells the panels when the model's dialects changed (an edit, its undo, another model).
    void followModel();

    ModelDocument *m_document;
    QList<Dialect> m_dialects; ///< as last announced
    QList<LintFinding> m_findings;
    QTimer m_timer;
    quint64 m_generation = 0;
};

} // namespace strata::modeler::ui

// Autosave and crash recovery. While a model has unsaved changes, a copy of it is written every
// minute to a recovery file (atomically, beside a note of which file it belongs to). Each running
// Strata holds a lock on its recovery files; after a crash the lock's owner is gone, and the next
// Strata offers the copy for restore. Saving or closing cleanly removes the copy.
#pragma once

#include <strata/Result.h>

#include <modeler/Model.h>

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace strata::modeler::ui {
class ModelDocument;
}

namespace strata::app {

class Autosave : public QObject
{
    Q_OBJECT

public:
    /// A copy left behind by a Strata that did not close cleanly.
    struct Recovery
    {
        QString modelPath;    ///< the recovery copy
        QString originalPath; ///< the file it was an unsaved version of; empty for a new model
        QDateTime savedAt;
    };

    /// `directory` holds the recovery files (default: recoveryDirectory()).
    Autosave(modeler::ui::ModelDocument *document, int intervalSeconds, const QString &directory = recoveryDirectory(),
             QObject *parent = nullptr);
    ~Autosave() override;

    /// $XDG_DATA_HOME/Strata/recovery (or the platform's equivalent).
    static QString recoveryDirectory();
    /// Copies whose Strata is gone (their lock is stale), newest first.
    static QList<Recovery> orphans(const QString &directory = recoveryDirectory());
    static Result<modeler::Model> load(const Recovery &recovery);
    /// Deletes a copy (after it was restored or declined).
    static void discard(const Recovery &recovery);

    /// The file the document belongs to, written into the note beside the copy.
    void setOriginalPath(const QString &path) { m_originalPath = path; }
    /// Writes the copy now if the document has unsaved changes; removes it if it has none.
    Result<void> writeNow();
    /// Removes this session's copy (after a save, or on a clean close).
    void clear();
    QString modelPath() const { return m_base + QStringLiteral(".strata"); }

signals:
    void failed(const QString &message);

private:
    modeler::ui::ModelDocument *m_document;
    QString m_directory, m_base, m_originalPath;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_dirtySinceWrite = false;
};

} // namespace strata::app

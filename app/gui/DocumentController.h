// The model file behind the window: new, open, save, save as, the recent files, "save changes?"
// before the model is replaced or the window closes, and the autosave copy for crash recovery.
// The window asks it and shows what it says; it owns the document every pane edits.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace strata::modeler {
struct Model;
}
namespace strata::modeler::ui {
class ModelDocument;
}

namespace strata::app {

class Autosave;
class RecentFiles;

class DocumentController : public QObject
{
    Q_OBJECT

public:
    /// `autosaveSeconds` 0 turns autosave off.
    DocumentController(QWidget *window, int autosaveSeconds, QObject *parent = nullptr);
    ~DocumentController() override;

    modeler::ui::ModelDocument *document() const { return m_document; }
    RecentFiles *recentFiles() const { return m_recent; }
    Autosave *autosave() const { return m_autosave; }
    QString filePath() const { return m_path; }
    /// The file's name, or "Untitled".
    QString displayName() const;

    void newModel();
    /// Opens a file (after asking to save changes); false when it could not be read or the user cancelled.
    bool open(const QString &path);
    bool openWithDialog();
    /// Opens a model that has no file yet (an imported script, a database read back) as unsaved
    /// changes, after asking to save the current one; false when the user cancelled.
    bool openUnsaved(modeler::Model model);
    bool save();
    /// Saves under a new name; asks for it when `path` is empty.
    bool saveAs(const QString &path = {});
    /// "Save changes?" when the model has unsaved changes: true when it is fine to go on.
    bool maybeSave();
    /// Offers the copies a crashed Strata left behind; restores the one the user accepts.
    void offerRecovery();

signals:
    void filePathChanged(const QString &path);
    void message(const QString &text);
    /// An opened model had no diagram; one of everything was added and wants laying out.
    void diagramNeedsLayout(const QString &diagramId);

private:
    bool saveTo(const QString &path);
    void setPath(const QString &path);
    /// A model without diagrams (an imported one) gets one of everything, laid out.
    void ensureDiagram();

    QWidget *m_window;
    modeler::ui::ModelDocument *m_document;
    RecentFiles *m_recent;
    Autosave *m_autosave = nullptr;
    QString m_path;
};

} // namespace strata::app

// The model being edited: the Model value (the single source of truth), the one undo stack every
// edit goes through, and a signal after each edit, undo or redo saying what changed. Views never
// change the model themselves: they push commands (see ModelEdits) and redraw from the signal.
#pragma once

#include "modeler/ui/ModelChange.h"

#include <modeler/Model.h>

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace strata::modeler::ui {

class ModelDocument : public QObject
{
    Q_OBJECT

public:
    explicit ModelDocument(QObject *parent = nullptr);
    ~ModelDocument() override;

    const Model &model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }

    /// Replaces the whole model (new, open, restore) and forgets the undo history.
    void reset(Model model);
    /// Runs an edit and keeps it for undo. Takes ownership.
    void push(QUndoCommand *command);

    /// True when the model differs from what was last saved (or opened).
    bool isModified() const;
    /// Marks the current state as saved.
    void markSaved();
    /// Marks the document as differing from any saved file (a restored recovery copy).
    void markUnsaved();

    // For undo commands only: the model to change, and what they changed (reported once per step).
    Model &editableModel() { return m_model; }
    void noteChange(const ModelChange &change);

signals:
    void modelReset();
    void changed(const strata::modeler::ui::ModelChange &change);
    void modifiedChanged(bool modified);

private:
    void flush();

    Model m_model;
    QUndoStack *m_undo;
    ModelChange m_pending;
    bool m_forcedUnsaved = false;
};

} // namespace strata::modeler::ui

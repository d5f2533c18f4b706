// The undo step of choosing the databases a model is checked for: the choice is saved in the model
// file, so it marks the document modified and undo takes it back like any other edit. Choices made
// one after the other (arrow keys through the list) are one step.
#pragma once

#include <modeler/Dialect.h>
#include <QList>
#include <QUndoCommand>

namespace strata::modeler::ui {

class ModelDocument;

class LintDialectsCommand : public QUndoCommand
{
public:
    LintDialectsCommand(ModelDocument *document, const QList<Dialect> &after);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }
    int id() const override { return 0x4c494e54; } // "LINT"
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QList<Dialect> &dialects);

    ModelDocument *m_document;
    QList<Dialect> m_before, m_after;
};

} // namespace strata::modeler::ui

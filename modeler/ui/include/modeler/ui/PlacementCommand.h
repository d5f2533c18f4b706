// The undo command for cards on a diagram: places, moves, collapses or removes some cards in one
// step (a drag of a selection, an auto-layout of a thousand tables), holding only the cards it touches.
#pragma once

#include "modeler/ui/ModelDocument.h"

#include <QUndoCommand>

#include <optional>

namespace strata::modeler::ui {

class PlacementCommand : public QUndoCommand
{
public:
    using Placements = QHash<QString, std::optional<Placement>>; ///< by table or view id; nullopt: not on the diagram

    /// `before` and `after` name the same cards. Cards the diagram lacks in `before` are nullopt there.
    PlacementCommand(ModelDocument *document, const QString &diagramId, Placements before, Placements after,
                     const QString &text, QUndoCommand *parent = nullptr);

    /// The cards' current placements in the diagram (nullopt for those not on it).
    static Placements current(const Model &model, const QString &diagramId, const QStringList &ids);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const Placements &state);

    ModelDocument *m_document;
    QString m_diagramId;
    Placements m_before, m_after;
};

} // namespace strata::modeler::ui

#include "modeler/ui/PlacementCommand.h"

namespace strata::modeler::ui {

PlacementCommand::PlacementCommand(ModelDocument *document, const QString &diagramId, Placements before, Placements after,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_diagramId(diagramId), m_before(std::move(before)),
      m_after(std::move(after))
{}

PlacementCommand::Placements PlacementCommand::current(const Model &model, const QString &diagramId, const QStringList &ids)
{
    Placements out;
    const auto it = std::find_if(model.diagrams.begin(), model.diagrams.end(), [&](const Diagram &d) { return d.id == diagramId; });
    for (const QString &id : ids) {
        if (it != model.diagrams.end() && it->placements.contains(id))
            out.insert(id, it->placements.value(id));
        else
            out.insert(id, std::nullopt);
    }
    return out;
}

void PlacementCommand::apply(const Placements &state)
{
    Diagram *diagram = m_document->editableModel().diagram(m_diagramId);
    if (!diagram)
        return;
    ModelChange change;
    QSet<QString> &ids = change.placements[m_diagramId];
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (it.value())
            diagram->placements.insert(it.key(), *it.value());
        else
            diagram->placements.remove(it.key());
        ids.insert(it.key());
    }
    m_document->noteChange(change);
}

} // namespace strata::modeler::ui

// What one edit (or its undo) changed in a model, so that the diagram, the tree and the panels
// update only the objects concerned instead of rebuilding from the whole model.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace strata::modeler::ui {

struct ModelChange
{
    QSet<QString> tables;     ///< tables added, removed or edited (any part of them)
    QSet<QString> views;      ///< views added, removed or edited
    bool types = false;       ///< schemas, enums, domains or sequences
    bool modelProperties = false; ///< the model's name, comment or lint dialects
    QSet<QString> diagrams;   ///< diagrams added, removed, renamed, or whose notes or areas changed
    /// Cards placed, moved, collapsed or removed, by diagram id.
    QHash<QString, QSet<QString>> placements;

    bool isEmpty() const
    {
        return tables.isEmpty() && views.isEmpty() && !types && !modelProperties && diagrams.isEmpty() && placements.isEmpty();
    }
    void merge(const ModelChange &other)
    {
        tables.unite(other.tables);
        views.unite(other.views);
        types = types || other.types;
        modelProperties = modelProperties || other.modelProperties;
        diagrams.unite(other.diagrams);
        for (auto it = other.placements.begin(); it != other.placements.end(); ++it)
            placements[it.key()].unite(it.value());
    }
};

} // namespace strata::modeler::ui

#include "workload/ui/AdvisedIndex.h"

#include <modeler/ui/ModelEdits.h>
#include <modeler/ui/ModelValidation.h>

namespace strata::workload::ui {

using namespace strata::modeler;

const Table *AdvisedIndex::tableOf(const Model &model, const IndexCandidate &candidate)
{
    if (const Table *t = model.tableByName(candidate.schema, candidate.table))
        return t;
    const Table *only = nullptr;
    for (const Table &t : model.tables) {
        if (t.name != candidate.table)
            continue;
        if (only)
            return nullptr; // two schemas have it: which one was measured is not known
        only = &t;
    }
    return only;
}

Result<AdvisedIndex> AdvisedIndex::forModel(const Model &model, const IndexVerdict &verdict)
{
    const IndexCandidate &c = verdict.candidate;
    const Table *table = tableOf(model, c);
    if (!table)
        return Error(QStringLiteral("the model has no table %1")
                         .arg(c.schema.isEmpty() ? c.table : c.schema + u'.' + c.table));
    Index index;
    for (const QString &name : c.columns) {
        const Column *column = table->columnByName(name);
        if (!column)
            return Error(QStringLiteral("the model's table %1 has no column %2").arg(table->name, name));
        index.keys.append(IndexKey{column->id, {}, c.descending.contains(name), NullsOrder::Default, {}, {}});
    }
    for (const QString &name : c.include) {
        const Column *column = table->columnByName(name);
        if (!column)
            return Error(QStringLiteral("the model's table %1 has no column %2").arg(table->name, name));
        index.includeColumnIds << column->id;
    }
    for (const Index &existing : table->indexes)
        if (existing.keys == index.keys && existing.includeColumnIds == index.includeColumnIds &&
            existing.where.isEmpty())
            return Error(QStringLiteral("the model has this index already: %1").arg(existing.name), {},
                         QStringLiteral("workload.index-exists"));

    // Index names share a namespace with the schema's relations and the table's constraints.
    QStringList taken = modeler::ui::ModelValidation::constraintNames(*table) +
                        modeler::ui::ModelValidation::relationNames(model, table->schemaId);
    for (const Table &t : model.tables)
        if (t.schemaId == table->schemaId)
            for (const Index &i : t.indexes)
                taken << i.name;
    index.name = modeler::ui::ModelEdits::freeName(
        verdict.name.isEmpty() ? table->name + QStringLiteral("_idx") : verdict.name, taken);
    QStringList ids;
    for (const Index &i : table->indexes)
        ids << i.id;
    index.id = Model::uniqueId(index.name, ids);
    index.comment = QStringLiteral("From index advice: %1").arg(c.reason);
    return AdvisedIndex{table->id, index};
}

} // namespace strata::workload::ui

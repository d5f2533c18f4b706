#include "modeler/ui/ModelEdits.h"

#include "LintDialectsCommand.h"

#include "modeler/ui/ObjectCommand.h"
#include "modeler/ui/PlacementCommand.h"

#include <QSet>

#include <cmath>

namespace strata::modeler::ui {

namespace {

using K = ObjectRef::Kind;

bool usesAny(const QStringList &columnIds, const QSet<QString> &removed)
{
    return std::any_of(columnIds.begin(), columnIds.end(), [&](const QString &id) { return removed.contains(id); });
}

template <typename List, typename Pred>
void removeWhere(List &list, Pred pred)
{
    list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
}

/// What a database drops with the columns: every key, foreign key and index that names one of them.
void dropWithColumns(Table &t, const QSet<QString> &removed)
{
    if (removed.isEmpty())
        return;
    if (t.primaryKey && usesAny(t.primaryKey->columnIds, removed))
        t.primaryKey.reset();
    removeWhere(t.uniques, [&](const KeyConstraint &k) { return usesAny(k.columnIds, removed) || usesAny(k.includeColumnIds, removed); });
    removeWhere(t.foreignKeys, [&](const ForeignKey &k) { return usesAny(k.columnIds, removed); });
    removeWhere(t.indexes, [&](const Index &i) {
        return usesAny(i.includeColumnIds, removed) ||
               std::any_of(i.keys.begin(), i.keys.end(), [&](const IndexKey &k) { return removed.contains(k.columnId); });
    });
}

QStringList ids(const auto &list)
{
    QStringList out;
    for (const auto &o : list)
        out << o.id;
    return out;
}

/// What deleting some objects takes: whole objects by kind, and the tables that lose parts.
struct Deletion
{
    QSet<QString> tables, views, enums, domains, sequences, schemas;
    QHash<QString, Table> edited; ///< tables that lose columns, keys, checks or indexes, as they will be
};

/// A schema goes with everything in it, as DROP SCHEMA ... CASCADE.
void addSchema(Deletion &d, const Model &model, const QString &schemaId)
{
    d.schemas.insert(schemaId);
    auto in = [&](const auto &list, QSet<QString> &ids) {
        for (const auto &o : list) {
            if (o.schemaId == schemaId)
                ids.insert(o.id);
        }
    };
    in(model.tables, d.tables);
    in(model.views, d.views);
    in(model.enums, d.enums);
    in(model.domains, d.domains);
    in(model.sequences, d.sequences);
}

void removePart(Deletion &d, const Model &model, const ObjectRef &o)
{
    if (!d.edited.contains(o.id)) {
        const Table *t = model.table(o.id);
        if (!t)
            return;
        d.edited.insert(o.id, *t);
    }
    Table *t = &d.edited[o.id];
    switch (o.kind) {
    case K::Column: removeWhere(t->columns, [&](const Column &c) { return c.id == o.childId; }); break;
    case K::PrimaryKey: t->primaryKey.reset(); break;
    case K::Unique: removeWhere(t->uniques, [&](const KeyConstraint &k) { return k.id == o.childId; }); break;
    case K::Check: removeWhere(t->checks, [&](const CheckConstraint &k) { return k.id == o.childId; }); break;
    case K::ForeignKey: removeWhere(t->foreignKeys, [&](const ForeignKey &k) { return k.id == o.childId; }); break;
    case K::Index: removeWhere(t->indexes, [&](const Index &k) { return k.id == o.childId; }); break;
    default: break;
    }
}

Deletion deletionOf(const Model &model, const QList<ObjectRef> &objects)
{
    Deletion d;
    for (const ObjectRef &o : objects) {
        switch (o.kind) {
        case K::Table: d.tables.insert(o.id); break;
        case K::View: d.views.insert(o.id); break;
        case K::Enum: d.enums.insert(o.id); break;
        case K::Domain: d.domains.insert(o.id); break;
        case K::Sequence: d.sequences.insert(o.id); break;
        case K::Schema: addSchema(d, model, o.id); break;
        default: removePart(d, model, o); break;
        }
    }
    // A sequence owned by a column goes with its table, as in the database.
    for (const Sequence &s : model.sequences) {
        if (d.tables.contains(s.ownedByTableId))
            d.sequences.insert(s.id);
    }
    for (const QString &id : d.tables)
        d.edited.remove(id);
    return d;
}

} // namespace

QString ModelEdits::freeName(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'_' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

Table ModelEdits::newTable(const Model &model, const QString &schemaId, const QString &name, bool withIdColumn)
{
    QStringList names;
    for (const Table &t : model.tables) {
        if (t.schemaId == schemaId)
            names << t.name;
    }
    for (const View &v : model.views) {
        if (v.schemaId == schemaId)
            names << v.name;
    }
    Table t;
    t.schemaId = schemaId;
    t.name = freeName(name, names);
    t.id = Model::uniqueId(model.qualifiedName(schemaId, t.name), model.tableIds());
    if (withIdColumn) {
        Column id;
        id.id = id.name = QStringLiteral("id");
        id.type = DataType(DataType::Kind::BigInt);
        id.nullable = false;
        id.identity = Identity::Always;
        t.columns << id;
        t.primaryKey = KeyConstraint{};
        t.primaryKey->id = t.primaryKey->name = t.name + QStringLiteral("_pkey");
        t.primaryKey->columnIds = {id.id};
    }
    return t;
}

void ModelEdits::addTableEdits(QHash<QString, Table> edited, const QSet<QString> &tablesGone, QUndoCommand *parent) const
{
    const Model &model = m_document->model();
    QHash<QString, QSet<QString>> removedColumns;
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (const Table *before = model.table(it.key())) {
            QSet<QString> removed;
            for (const Column &c : before->columns) {
                if (!it->column(c.id))
                    removed.insert(c.id);
            }
            dropWithColumns(*it, removed);
            if (!removed.isEmpty())
                removedColumns.insert(it.key(), removed);
        }
    }
    // Foreign keys into a deleted table, or into a dropped column, go with it.
    auto dangling = [&](const ForeignKey &k) {
        return tablesGone.contains(k.referencedTableId) ||
               (removedColumns.contains(k.referencedTableId) && usesAny(k.referencedColumnIds, removedColumns.value(k.referencedTableId)));
    };
    if (!tablesGone.isEmpty() || !removedColumns.isEmpty()) {
        for (const Table &t : model.tables) {
            if (tablesGone.contains(t.id) || !std::any_of(t.foreignKeys.begin(), t.foreignKeys.end(), dangling))
                continue;
            if (!edited.contains(t.id))
                edited.insert(t.id, t);
            removeWhere(edited[t.id].foreignKeys, dangling);
        }
    }
    for (const Table &t : model.tables) {
        if (edited.contains(t.id) && !tablesGone.contains(t.id) && edited.value(t.id) != t)
            new ObjectCommand<Table>(m_document, t, edited.value(t.id), parent->text(), parent);
    }
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (!model.table(it.key()))
            new ObjectCommand<Table>(m_document, std::nullopt, it.value(), parent->text(), parent);
    }
}

void ModelEdits::addTable(const Table &table, const QString &diagramId, QPointF position)
{
    auto *command = new QUndoCommand(QStringLiteral("Add table %1").arg(table.name));
    new ObjectCommand<Table>(m_document, std::nullopt, table, command->text(), command);
    if (!diagramId.isEmpty() && m_document->model().diagrams.end() !=
                                    std::find_if(m_document->model().diagrams.begin(), m_document->model().diagrams.end(),
                                                 [&](const Diagram &d) { return d.id == diagramId; })) {
        Placement p;
        p.position = position;
        new PlacementCommand(m_document, diagramId, {{table.id, std::nullopt}}, {{table.id, p}}, command->text(), command);
    }
    m_document->push(command);
}

void ModelEdits::updateTable(const Table &table, const QString &text)
{
    if (const Table *before = m_document->model().table(table.id); before && *before == table)
        return;
    auto *command = new QUndoCommand(text.isEmpty() ? QStringLiteral("Edit table %1").arg(table.name) : text);
    addTableEdits({{table.id, table}}, {}, command);
    m_document->push(command);
}

Result<void> ModelEdits::addForeignKey(const QString &tableId, const ForeignKey &key)
{
    const Table *table = m_document->model().table(tableId);
    if (!table)
        return Error(QStringLiteral("the table is no longer in the model"));
    Table after = *table;
    after.foreignKeys << key;
    updateTable(after, QStringLiteral("Add foreign key %1").arg(key.name.isEmpty() ? key.id : key.name));
    return Result<void>::success();
}

void ModelEdits::deleteObjects(const QList<ObjectRef> &objects)
{
    const Model &model = m_document->model();
    const Deletion gone = deletionOf(model, objects);
    auto *command = new QUndoCommand(objects.size() == 1 ? QStringLiteral("Delete %1 %2").arg(objectKindName(objects.first().kind), objects.first().path(model))
                                                         : QStringLiteral("Delete %1 objects").arg(objects.size()));
    addTableEdits(gone.edited, gone.tables, command);
    // Cards first, so that undo puts the objects back before their cards; schemas last, so that
    // undo puts them back before what was in them.
    QStringList cards = QStringList(gone.tables.begin(), gone.tables.end()) + QStringList(gone.views.begin(), gone.views.end());
    for (const Diagram &d : model.diagrams) {
        PlacementCommand::Placements before, after;
        for (const QString &id : cards) {
            if (d.placements.contains(id)) {
                before.insert(id, d.placements.value(id));
                after.insert(id, std::nullopt);
            }
        }
        if (!before.isEmpty())
            new PlacementCommand(m_document, d.id, before, after, command->text(), command);
    }
    auto drop = [&](const auto &list, const QSet<QString> &ids) {
        using T = std::decay_t<decltype(list.front())>;
        for (const T &o : list) {
            if (ids.contains(o.id))
                new ObjectCommand<T>(m_document, o, std::nullopt, command->text(), command);
        }
    };
    drop(model.tables, gone.tables);
    drop(model.views, gone.views);
    drop(model.enums, gone.enums);
    drop(model.domains, gone.domains);
    drop(model.sequences, gone.sequences);
    drop(model.schemas, gone.schemas);
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_document->push(command);
}

void ModelEdits::addView(const View &view, const QString &diagramId, QPointF position)
{
    auto *command = new QUndoCommand(QStringLiteral("Add view %1").arg(view.name));
    new ObjectCommand<View>(m_document, std::nullopt, view, command->text(), command);
    if (!diagramId.isEmpty()) {
        Placement p;
        p.position = position;
        new PlacementCommand(m_document, diagramId, {{view.id, std::nullopt}}, {{view.id, p}}, command->text(), command);
    }
    m_document->push(command);
}

void ModelEdits::updateView(const View &view)
{
    const View *before = m_document->model().view(view.id);
    if (before && *before == view)
        return;
    m_document->push(new ObjectCommand<View>(m_document, before ? std::optional<View>(*before) : std::nullopt, view,
                                             QStringLiteral("Edit view %1").arg(view.name)));
}

void ModelEdits::updateEnum(const EnumType &enumType)
{
    put(enumType, QStringLiteral("enum"));
}

void ModelEdits::updateSchema(const Schema &schema)
{
    put(schema, QStringLiteral("schema"));
}

void ModelEdits::updateDomain(const Domain &domain)
{
    put(domain, QStringLiteral("domain"));
}

void ModelEdits::updateSequence(const Sequence &sequence)
{
    put(sequence, QStringLiteral("sequence"));
}

template <typename T>
void ModelEdits::put(const T &object, const QString &kind)
{
    const QList<T> &list = detail::objects(m_document->editableModel(), static_cast<const T *>(nullptr));
    const auto it = std::find_if(list.begin(), list.end(), [&](const T &o) { return o.id == object.id; });
    const std::optional<T> before = it == list.end() ? std::nullopt : std::optional<T>(*it);
    if (before == object)
        return;
    const QString text = (before ? QStringLiteral("Edit %1 %2") : QStringLiteral("Add %1 %2")).arg(kind, object.name);
    m_document->push(new ObjectCommand<T>(m_document, before, object, text));
}

void ModelEdits::setLintDialects(const QList<Dialect> &dialects)
{
    const QList<Dialect> stored = dialects == QList<Dialect>{Dialect::Postgres} ? QList<Dialect>() : dialects;
    if (stored != m_document->model().lintDialects)
        m_document->push(new LintDialectsCommand(m_document, stored));
}

void ModelEdits::moveCards(const QString &diagramId, const QHash<QString, QPointF> &positions, const QString &text)
{
    const PlacementCommand::Placements before = PlacementCommand::current(m_document->model(), diagramId, positions.keys());
    PlacementCommand::Placements after;
    bool moved = false;
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        Placement p = before.value(it.key()).value_or(Placement{});
        moved = moved || !before.value(it.key()) || p.position != it.value();
        p.position = it.value();
        after.insert(it.key(), p);
    }
    if (!moved)
        return;
    const QString label = !text.isEmpty() ? text : positions.size() == 1 ? QStringLiteral("Move %1").arg(positions.begin().key())
                                                                          : QStringLiteral("Move %1 cards").arg(positions.size());
    m_document->push(new PlacementCommand(m_document, diagramId, before, after, label));
}

void ModelEdits::setCollapsed(const QString &diagramId, const QStringList &ids, bool collapsed)
{
    const PlacementCommand::Placements before = PlacementCommand::current(m_document->model(), diagramId, ids);
    PlacementCommand::Placements after = before;
    for (auto &p : after) {
        if (p)
            p->collapsed = collapsed;
    }
    if (after != before)
        m_document->push(new PlacementCommand(m_document, diagramId, before, after, collapsed ? QStringLiteral("Show keys only") : QStringLiteral("Show all columns")));
}

void ModelEdits::setCardColor(const QString &diagramId, const QStringList &ids, const QString &color)
{
    const PlacementCommand::Placements before = PlacementCommand::current(m_document->model(), diagramId, ids);
    PlacementCommand::Placements after = before;
    for (auto &p : after) {
        if (p)
            p->color = color;
    }
    if (after != before)
        m_document->push(new PlacementCommand(m_document, diagramId, before, after, QStringLiteral("Colour cards")));
}

void ModelEdits::removeFromDiagram(const QString &diagramId, const QStringList &ids)
{
    const PlacementCommand::Placements before = PlacementCommand::current(m_document->model(), diagramId, ids);
    PlacementCommand::Placements after;
    for (const QString &id : ids)
        after.insert(id, std::nullopt);
    if (after != before)
        m_document->push(new PlacementCommand(m_document, diagramId, before, after, QStringLiteral("Remove from diagram")));
}

void ModelEdits::updateDiagram(const Diagram &diagram, const QString &text)
{
    const auto &list = m_document->model().diagrams;
    const auto it = std::find_if(list.begin(), list.end(), [&](const Diagram &d) { return d.id == diagram.id; });
    if (it == list.end() || *it == diagram)
        return;
    m_document->push(new ObjectCommand<Diagram>(m_document, *it, diagram, text));
}

QString ModelEdits::addDiagram(const QString &name, const QStringList &objectIds)
{
    Diagram d;
    d.id = Model::uniqueId(name.toLower().replace(u' ', u'_'), ids(m_document->model().diagrams));
    d.name = name;
    // A first arrangement on a grid; auto-layout does better.
    const int perRow = std::max(1, int(std::ceil(std::sqrt(double(objectIds.size())))));
    for (int i = 0; i < objectIds.size(); ++i) {
        Placement p;
        p.position = QPointF(40 + (i % perRow) * 320, 40 + (i / perRow) * 280);
        d.placements.insert(objectIds[i], p);
    }
    m_document->push(new ObjectCommand<Diagram>(m_document, std::nullopt, d, QStringLiteral("Add diagram %1").arg(name)));
    return d.id;
}

void ModelEdits::deleteDiagram(const QString &diagramId)
{
    const auto &list = m_document->model().diagrams;
    const auto it = std::find_if(list.begin(), list.end(), [&](const Diagram &d) { return d.id == diagramId; });
    if (it != list.end())
        m_document->push(new ObjectCommand<Diagram>(m_document, *it, std::nullopt, QStringLiteral("Delete diagram %1").arg(it->name)));
}

} // namespace strata::modeler::ui

// The edits a person makes to a model, each one undoable step on the document's undo stack: the
// dialogs, the property panel, the diagram's gestures and the tests all edit through here. Edits
// keep the model consistent the way a database would: dropping a column drops the keys, indexes and
// foreign keys that use it; deleting a table drops the foreign keys that point at it and its cards.
#pragma once

#include "modeler/ui/ModelDocument.h"

#include <modeler/ObjectRef.h>

#include <strata/Result.h>

#include <QHash>
#include <QPointF>
#include <QSet>

namespace strata::modeler::ui {

class ModelEdits
{
public:
    explicit ModelEdits(ModelDocument *document) : m_document(document) {}

    /// A new table with an id free in the model, an identity primary key column "id" when asked.
    static Table newTable(const Model &model, const QString &schemaId, const QString &name, bool withIdColumn = true);
    /// A name like `base` ("table", "column"), numbered until `taken` does not have it.
    static QString freeName(const QString &base, const QStringList &taken);
    // Tables and their parts.
    void addTable(const Table &table, const QString &diagramId = {}, QPointF position = {});
    /// Replaces the table of the same id (any change of its columns, keys, checks, foreign keys, indexes).
    void updateTable(const Table &table, const QString &text = {});
    Result<void> addForeignKey(const QString &tableId, const ForeignKey &key);
    /// Deletes tables, views, enums, domains, sequences, schemas (with everything in them, as DROP
    /// SCHEMA ... CASCADE), columns, keys, checks, foreign keys and indexes, in one step. Sequences
    /// owned by a deleted table go with it.
    void deleteObjects(const QList<ObjectRef> &objects);

    // Other objects.
    void addView(const View &view, const QString &diagramId = {}, QPointF position = {});
    void updateView(const View &view);
    // Types, schemas and sequences: each adds the object, or replaces the one of the same id.
    void updateEnum(const EnumType &enumType);
    void updateSchema(const Schema &schema);
    void updateDomain(const Domain &domain);
    void updateSequence(const Sequence &sequence);

    /// The databases the model is checked for ({PostgreSQL} is kept as the default: nothing in the file).
    void setLintDialects(const QList<Dialect> &dialects);

    // Diagrams.
    void moveCards(const QString &diagramId, const QHash<QString, QPointF> &positions, const QString &text = {});
    void setCollapsed(const QString &diagramId, const QStringList &ids, bool collapsed);
    void setCardColor(const QString &diagramId, const QStringList &ids, const QString &color);
    void removeFromDiagram(const QString &diagramId, const QStringList &ids);
    /// Notes, areas and the name of a diagram.
    void updateDiagram(const Diagram &diagram, const QString &text);
    /// Returns the new diagram's id. `ids` are placed on a grid.
    QString addDiagram(const QString &name, const QStringList &ids = {});
    void deleteDiagram(const QString &diagramId);

private:
    template <typename T>
    void put(const T &object, const QString &kind);
    /// Child commands of `parent` that set the tables to `edited`, after dropping what used their
    /// removed columns, here and in other tables (and the foreign keys into `tablesGone`).
    void addTableEdits(QHash<QString, Table> edited, const QSet<QString> &tablesGone, QUndoCommand *parent) const;
    ModelDocument *m_document;
};

} // namespace strata::modeler::ui

// The schema model: the single source of truth that the diagram, the DDL, the diff and the data
// generator all read. A copyable value; objects refer to one another by stable ids.
#pragma once

#include "modeler/Diagram.h"
#include "modeler/Dialect.h"
#include "modeler/Domain.h"
#include "modeler/EnumType.h"
#include "modeler/Schema.h"
#include "modeler/Sequence.h"
#include "modeler/Table.h"
#include "modeler/View.h"

#include <QList>

namespace strata::modeler {

struct Model
{
    QString name;
    QString comment;
    QList<Schema> schemas;
    QList<Domain> domains;
    QList<EnumType> enums;
    QList<Sequence> sequences;
    QList<Table> tables;
    QList<View> views;
    QList<Diagram> diagrams;
    /// The databases the model is checked for (the lint panel's choice, kept with the diagrams as
    /// part of how the model is presented); empty: PostgreSQL only.
    QList<Dialect> lintDialects;

    const Schema *schema(QStringView id) const;
    const Domain *domain(QStringView id) const;
    const EnumType *enumType(QStringView id) const;
    const Sequence *sequence(QStringView id) const;
    const Table *table(QStringView id) const;
    Table *table(QStringView id);
    const View *view(QStringView id) const;
    Diagram *diagram(QStringView id);

    /// Finds a table by schema name (empty: the default schema) and table name, as SQL would after quoting.
    const Table *tableByName(QStringView schemaName, QStringView name) const;
    const Schema *schemaByName(QStringView name) const;

    /// The name of a schema id; empty for the default schema or an unknown id.
    QString schemaName(QStringView schemaId) const;
    /// "schema.name" or "name" (no quoting; for messages and object paths).
    QString qualifiedName(QStringView schemaId, QStringView name) const;
    QString qualifiedName(const Table &table) const { return qualifiedName(table.schemaId, table.name); }

    /// An id for a new object of a kind, derived from its qualified name and unique among `taken`.
    static QString uniqueId(const QString &base, const QStringList &taken);
    QStringList tableIds() const;
    QStringList viewIds() const;

    bool operator==(const Model &) const = default;
};

} // namespace strata::modeler

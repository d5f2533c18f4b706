// What PostgreSQL reverse engineering builds up while it reads the catalogs: the model so far, its
// diagnostics, and the catalog OIDs of what it has read, so that later catalogs can find their objects
// without a search.
#pragma once

#include <modeler/Model.h>
#include <modeler/SqlQuoting.h>

#include <strata/Diagnostic.h>

#include <QHash>

namespace strata::modeler::live {

struct PgCatalogState
{
    Model model;
    Diagnostics diagnostics;
    QHash<qint64, QString> typeIds;                  ///< enum and domain OID -> model id
    QHash<qint64, int> tableIndex;                   ///< table OID -> index in model.tables
    QHash<qint64, QString> relationNames;            ///< OID -> "schema.name" of every relation read
    QHash<qint64, QHash<qint64, QString>> columnIds; ///< table OID -> attnum -> column id

    /// Objects of the public schema have no schema in the model (its default schema).
    static QString schemaId(const QString &schemaName)
    {
        return schemaName == u"public" ? QString() : schemaName;
    }
    static QString objectId(const QString &schemaName, const QString &name)
    {
        return schemaName == u"public" ? name : schemaName + u'.' + name;
    }
    /// "shop.customer" as SQL: what regclass prints with an empty search_path.
    static QString sqlName(const QString &schemaName, const QString &name)
    {
        return quoteQualified(schemaName, name, Dialect::Postgres);
    }
    Table *table(qint64 oid) { return tableIndex.contains(oid) ? &model.tables[tableIndex.value(oid)] : nullptr; }

    void warn(const QString &code, const QString &path, const QString &message, const QString &hint = {})
    {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.code = code;
        d.message = message;
        d.place.path = path;
        d.hint = hint;
        diagnostics.append(d);
    }
};

} // namespace strata::modeler::live

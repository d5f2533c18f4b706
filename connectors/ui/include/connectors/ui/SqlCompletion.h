// What to offer for the word being typed: after "alias." the columns of the table the alias names in
// the statement's FROM (or JOIN, UPDATE, INTO); after "schema." its tables and functions; elsewhere
// keywords, schemas, visible tables and functions, and the columns of the statement's tables.
// Names come from catalogs: the connected database's, and any other a CompletionSource gives (the
// open model). QtCore only, so that it can be tested without an editor.
#pragma once

#include <connectors/Catalog.h>

namespace strata::connectors::ui {

/// A table named in a statement: FROM "Sales".orders AS o gives {"Sales", "orders", "o"}.
struct TableReference
{
    QString schema, name, alias;
    bool quoted = false; ///< the name was in double quotes: it matches exactly

    bool operator==(const TableReference &) const = default;
};

class SqlCompletion
{
public:
    SqlCompletion(Dialect dialect, QList<Catalog> catalogs);

    /// The words to offer at `position` in `text` (the whole editor text), starting with what is typed
    /// there already (any case), sorted and without repeats. Names that need quotes come quoted.
    QStringList candidates(const QString &text, qsizetype position) const;

    /// The tables a statement names, in order, with their aliases.
    static QList<TableReference> tableReferences(QStringView statement);

private:
    const CatalogTable *findTable(const QString &schema, const QString &name, bool quoted) const;
    QStringList columnsOf(const CatalogTable *table) const;
    QStringList qualified(const QStringList &qualifier, const QList<TableReference> &references) const;
    QStringList unqualified(const QList<TableReference> &references) const;
    QString asName(const QString &name) const;

    Dialect m_dialect;
    QList<Catalog> m_catalogs;
};

} // namespace strata::connectors::ui

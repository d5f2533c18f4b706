// The model an SQL import builds statement by statement, shared by the PostgreSQL and SQLite
// importers: objects are added by name and found again by name (compared as the dialect compares
// names), each gets its id once, and foreign keys and sequence owners wait for the end, when every
// table of the script is known.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/Model.h"

#include <strata/Diagnostic.h>

#include <QHash>
#include <QSet>

namespace strata::modeler {

/// A foreign key as a script states it: by names, resolved when the import ends.
struct PendingForeignKey
{
    int tableIndex = -1;
    ForeignKey key;                  ///< everything but the id, referencedTableId and referencedColumnIds
    QString referencedSchemaId;
    QString referencedTable;
    QStringList referencedColumns;   ///< empty: the referenced table's primary key
    SourcePlace place;
};

class ModelBuilder
{
public:
    ModelBuilder(Dialect dialect, QString sourceName);

    Model &model() { return m_model; }
    Diagnostics &diagnostics() { return m_diagnostics; }
    const QString &sourceName() const { return m_sourceName; }
    void report(Severity severity, const QString &code, const QString &message, const SourcePlace &place,
                const QString &hint = {});

    /// The id of a schema by name: empty for the default schema (PostgreSQL's public, SQLite's main).
    /// A schema the script uses without creating it is added, with a note.
    QString schemaId(const QString &schemaName, const SourcePlace &place);
    /// The same without adding: a schema the model lacks gives its name, which finds nothing.
    QString existingSchemaId(const QString &schemaName) const;
    /// Adds a schema; false (and a warning) when it exists.
    bool addSchema(const QString &name, const SourcePlace &place);
    Schema *findSchema(const QString &name);
    const Schema *findSchema(const QString &name) const;

    /// Adds a table (its id is given here); -1 (and a warning) when a relation of that name exists.
    int addTable(Table table, const SourcePlace &place);
    int findTable(const QString &schemaId, const QString &name) const;
    Table &table(int index) { return m_model.tables[index]; }
    int addView(View view, const SourcePlace &place);
    View *findView(const QString &schemaId, const QString &name);
    int addSequence(Sequence sequence, const SourcePlace &place);
    Sequence *findSequence(const QString &schemaId, const QString &name);
    bool addEnum(EnumType enumType, const SourcePlace &place);
    EnumType *findEnum(const QString &schemaId, const QString &name);
    bool addDomain(Domain domain, const SourcePlace &place);
    Domain *findDomain(const QString &schemaId, const QString &name);
    /// The id of the model's enum or domain of that name; empty when there is none.
    QString typeId(const QString &schemaId, const QString &name) const;

    /// Adds an index to a table, by its name in the schema of the table; false when taken.
    bool addIndex(int tableIndex, Index index, const SourcePlace &place);
    /// The table and the index of that name in a schema; {-1, -1} when unknown.
    std::pair<int, int> findIndex(const QString &schemaId, const QString &name) const;

    /// Column ids for names; empty (and a warning naming `what`) when one is missing.
    QStringList columnIds(const Table &table, const QStringList &names, const QString &what, const SourcePlace &place);
    /// An id for a constraint, index or check: its name, or `fallback` numbered, unique in `taken`.
    static QString childId(const QString &name, const QString &fallback, const QStringList &taken);

    void addForeignKey(PendingForeignKey key) { m_foreignKeys << std::move(key); }
    /// A foreign key of the table by name, while it waits for the end; null when there is none.
    ForeignKey *pendingForeignKey(int tableIndex, const QString &name);
    /// OWNED BY: resolved at the end.
    void setSequenceOwner(int sequenceIndex, const QString &tableSchemaId, const QString &table, const QString &column,
                          const SourcePlace &place);

    /// Resolves what waited for the end (foreign keys, sequence owners), each one that cannot be
    /// resolved with a warning.
    void resolve();
    /// Puts the diagnostics in the order of the script's lines (those found at the end come last otherwise).
    void sortDiagnostics();

    /// "schema.name" or "name", as object paths in diagnostics are written.
    QString path(const QString &schemaId, const QString &name) const { return m_model.qualifiedName(schemaId, name); }

private:
    struct PendingOwner
    {
        int sequenceIndex;
        QString schemaId, table, column;
        SourcePlace place;
    };

    bool isDefaultSchema(const QString &schemaName) const;
    QString key(const QString &schemaId, const QString &name) const;
    /// Adds an object found by its name in `byName`, with an id unique in `ids`; -1 when `taken`.
    template <typename T>
    int addNamed(QList<T> &list, QHash<QString, int> &byName, QSet<QString> &ids, T object, bool taken,
                 const QString &what, const SourcePlace &place);
    QString freeId(const QString &base, QSet<QString> &taken) const;
    bool duplicate(const QString &what, const QString &schemaId, const QString &name, const SourcePlace &place);
    void resolveForeignKey(const PendingForeignKey &pending);

    Dialect m_dialect;
    QString m_sourceName;
    Model m_model;
    Diagnostics m_diagnostics;
    QHash<QString, int> m_relations; // tables and views share a namespace: value >= 0 table, < 0 view (-1 - index)
    QHash<QString, int> m_sequences, m_enums, m_domains;
    QHash<QString, std::pair<int, int>> m_indexes;
    QSet<QString> m_relationIds, m_typeIds, m_sequenceIds;
    QList<PendingForeignKey> m_foreignKeys;
    QList<PendingOwner> m_owners;
};

} // namespace strata::modeler

// The SQL statements and clauses that create each kind of model object, for one dialect. DdlWriter
// puts them in order for a whole model; the migration generator reuses them for ALTER scripts.
// What the dialect cannot express is left out with a warning naming the object, never silently.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/Model.h"
#include "modeler/ObjectRef.h"

#include <strata/Diagnostic.h>

#include <memory>

namespace strata::modeler {

class DdlBuilder
{
public:
    /// The builder of a dialect. `diagnostics` (may be null) receives a diagnostic for everything a
    /// statement leaves out or cannot resolve; it must outlive the builder.
    static std::unique_ptr<DdlBuilder> create(const Model &model, Dialect dialect, Diagnostics *diagnostics = nullptr);
    virtual ~DdlBuilder() = default;
    DdlBuilder(const DdlBuilder &) = delete;
    DdlBuilder &operator=(const DdlBuilder &) = delete;

    Dialect dialect() const { return m_dialect; }
    /// "PostgreSQL" or "SQLite", for messages.
    QString dialectDisplayName() const;
    const Model &model() const { return m_model; }

    // Names as SQL, quoted where needed. SQLite has no schemas: its names are never qualified.
    QString name(QStringView identifier) const;
    QString qualifiedName(const QString &schemaId, const QString &name) const;
    QString tableName(const Table &table) const;
    /// "a, "B c"" from column ids; an id the table lacks is reported as an error and written as is.
    QString columnList(const Table &table, const QStringList &columnIds, const ObjectRef &owner) const;

    // Schemas, types and sequences. SQLite has none of them: it returns an empty string and a warning.
    virtual QString createSchema(const Schema &schema) const = 0;
    virtual QString createEnum(const EnumType &enumType) const = 0;
    virtual QString createDomain(const Domain &domain) const = 0;
    virtual QString createSequence(const Sequence &sequence) const = 0;
    /// ALTER SEQUENCE ... OWNED BY; empty when the sequence has no owner.
    virtual QString alterSequenceOwnedBy(const Sequence &sequence) const = 0;

    // Tables. Clauses are returned without a trailing comma or semicolon.
    virtual QString columnDefinition(const Table &table, const Column &column) const = 0;
    virtual QString primaryKeyClause(const Table &table, const KeyConstraint &key) const = 0;
    virtual QString uniqueClause(const Table &table, const KeyConstraint &key) const = 0;
    virtual QString checkClause(const Table &table, const CheckConstraint &check) const = 0;
    /// CONSTRAINT name FOREIGN KEY (...) REFERENCES ...; empty (and an error) when the referenced
    /// table is not in the model.
    QString foreignKeyClause(const Table &table, const ForeignKey &key) const;
    /// CREATE TABLE with its columns, primary key, uniques and checks. SQLite gets its foreign keys
    /// inline (it cannot add them later); PostgreSQL gets them from addForeignKey(), so that cycles work.
    virtual QString createTable(const Table &table) const = 0;
    /// ALTER TABLE parent ATTACH PARTITION ...; empty unless `table` is a PostgreSQL partition
    /// created with its own column list.
    virtual QString attachPartition(const Table &table) const = 0;
    /// ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY; empty for SQLite, which has them inline.
    virtual QString addForeignKey(const Table &table, const ForeignKey &key) const = 0;
    virtual QString createIndex(const Table &table, const Index &index) const = 0;
    virtual QString createView(const View &view) const = 0;

    /// COMMENT ON ... IS '...'; (PostgreSQL). Empty when the object has no comment. Where the dialect
    /// cannot hold the comment, empty and a warning. A check of a domain is {Check, domain id, check id}.
    virtual QString commentOn(const ObjectRef &object) const = 0;

    /// The comment of any object of the model; empty when it has none.
    QString commentOf(const ObjectRef &object) const;
    /// Adds a diagnostic about `object`.
    void report(Severity severity, const QString &code, const ObjectRef &object, const QString &message,
                const QString &hint = {}) const;
    /// Reports that the dialect cannot express `what` of `object`, which is left out.
    void unsupported(const ObjectRef &object, const QString &what, const QString &hint = {}) const;
    /// The view's query as written, without a closing semicolon.
    static QString viewQuery(const View &view);

protected:
    DdlBuilder(const Model &model, Dialect dialect, Diagnostics *diagnostics);

    /// The type as the dialect spells it; a lossy mapping is reported against `object`.
    QString typeSql(const DataType &type, const ObjectRef &object) const;
    /// "CONSTRAINT name " or nothing for an unnamed constraint.
    QString constraintPrefix(const QString &constraintName) const;
    /// "DEFERRABLE", "DEFERRABLE INITIALLY DEFERRED" or nothing, after a space.
    static QString deferrability(bool deferrable, bool initiallyDeferred);
    /// The view's name and its column list, if any: "shop.v (a, b)".
    QString viewHead(const View &view) const;

private:
    const Model &m_model;
    Dialect m_dialect;
    Diagnostics *m_diagnostics;
};

} // namespace strata::modeler

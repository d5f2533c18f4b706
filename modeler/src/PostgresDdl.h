// The PostgreSQL statement builders: every object kind of the model has its statement here.
#pragma once

#include "modeler/DdlBuilder.h"

namespace strata::modeler {

class PostgresDdl : public DdlBuilder
{
public:
    PostgresDdl(const Model &model, Diagnostics *diagnostics);

    QString createSchema(const Schema &schema) const override;
    QString createEnum(const EnumType &enumType) const override;
    QString createDomain(const Domain &domain) const override;
    QString createSequence(const Sequence &sequence) const override;
    QString alterSequenceOwnedBy(const Sequence &sequence) const override;

    QString columnDefinition(const Table &table, const Column &column) const override;
    QString primaryKeyClause(const Table &table, const KeyConstraint &key) const override;
    QString uniqueClause(const Table &table, const KeyConstraint &key) const override;
    QString checkClause(const Table &table, const CheckConstraint &check) const override;
    QString createTable(const Table &table) const override;
    QString attachPartition(const Table &table) const override;
    QString addForeignKey(const Table &table, const ForeignKey &key) const override;
    QString createIndex(const Table &table, const Index &index) const override;
    QString createView(const View &view) const override;
    QString commentOn(const ObjectRef &object) const override;

private:
    /// START WITH, INCREMENT BY, ... for the options that differ from PostgreSQL's defaults.
    QString sequenceOptions(const SequenceOptions &options, bool withType) const;
    /// " DEFAULT expression", in parentheses where the grammar needs them.
    static QString defaultClause(const QString &expression);
    /// Whether PostgreSQL's parser takes the expression; if not, a warning that the `what` is left out.
    bool parses(const QString &expression, const ObjectRef &object, const QString &what) const;
    /// " COLLATE x", or nothing; SQLite's own collations are mapped or left out with a warning.
    QString collation(const QString &collation, const ObjectRef &object) const;
    QString columnType(const Table &table, const Column &column) const;
    QString identity(const Table &table, const Column &column) const;
    QString include(const Table &table, const QStringList &columnIds, const ObjectRef &owner) const;
    QString indexKey(const Table &table, const IndexKey &key, const ObjectRef &owner) const;
    /// What COMMENT ON names the object by: "TABLE shop.customer", "CONSTRAINT c ON shop.t"; empty
    /// (and a warning) when it cannot be named.
    QString commentTarget(const ObjectRef &object) const;
    const Table *partitionParent(const Table &table) const;
};

} // namespace strata::modeler

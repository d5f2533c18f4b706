// The SQLite statement builders. SQLite lacks schemas, sequences, domains, enum types and comments,
// and accepts only its own expressions: each expression is checked with SQLite's parser, and what it
// cannot hold is left out with a warning. Enums become CHECKs, identities INTEGER PRIMARY KEY
// AUTOINCREMENT, and comments of tables, columns and constraints SQL comments inside CREATE TABLE
// (SQLite keeps them in sqlite_schema).
#pragma once

#include "SqliteProbe.h"

#include "modeler/DdlBuilder.h"

#include <memory>

namespace strata::modeler {

class SqliteViewQueries;

class SqliteDdl : public DdlBuilder
{
public:
    SqliteDdl(const Model &model, Diagnostics *diagnostics);
    ~SqliteDdl() override;

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
    /// CREATE VIEW with the query SQLite takes: as written, else rewritten from PostgreSQL's spelling.
    QString createView(const View &view) const override;
    /// CREATE VIEW with that query.
    QString viewStatement(const View &view, const QString &query) const;
    QString commentOn(const ObjectRef &object) const override;

    /// True when the column becomes the table's rowid: an identity or serial integer column that
    /// is the whole primary key of a rowid table. It is written INTEGER PRIMARY KEY AUTOINCREMENT.
    bool isAutoIncrement(const Table &table, const Column &column) const;

    /// Where an expression goes: SQLite has rules for each.
    enum class Place { Default, Check, Generated, IndexKey, IndexPredicate };

private:
    /// Whether SQLite takes the expression in that place of the table (of no table for a default).
    Result<void> probe(const Table *table, const QString &expression, Place place) const;
    /// The expression as SQLite takes it: as written, else rewritten from PostgreSQL's spelling
    /// (with a note); empty, with a warning that it is left out, when neither works.
    QString expression(const Table *table, const QString &expression, const ObjectRef &object, Place place) const;
    QString keyClause(const Table &table, const KeyConstraint &key, const ObjectRef &ref, const char *keyword) const;
    QString collation(const QString &collation, const ObjectRef &object) const;
    QString defaultClause(const Table &table, const Column &column) const;
    QString identityClause(const Table &table, const Column &column) const;
    QString enumCheck(const Column &column) const;
    QString indexKey(const Table &table, const IndexKey &key, const ObjectRef &owner) const;
    /// SQLite has no partitions: a partition without columns of its own gets its parent's.
    Table withPartitionColumns(const Table &table) const;

    mutable SqliteProbe m_probe; // a scratch database: what it holds never outlives a call
    mutable std::unique_ptr<SqliteViewQueries> m_views; // made at the first view
};

} // namespace strata::modeler

// A secondary index: unique or not, partial, on expressions, with a method, sort order and INCLUDE.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::modeler {

enum class NullsOrder { Default, First, Last };

/// One key of an index: a column or an expression.
struct IndexKey
{
    QString columnId;   ///< set for a column key
    QString expression; ///< set for an expression key (SQL text, without surrounding parentheses)
    bool descending = false;
    NullsOrder nulls = NullsOrder::Default;
    QString collation;
    QString opclass;

    bool isExpression() const { return columnId.isEmpty(); }
    bool operator==(const IndexKey &) const = default;
};

struct Index
{
    QString id;
    QString name;
    bool unique = false;
    QString method;               ///< empty: btree
    QList<IndexKey> keys;
    QStringList includeColumnIds; ///< INCLUDE (...)
    QString where;                ///< partial-index predicate; empty: the whole table
    bool nullsNotDistinct = false;
    QString comment;

    bool operator==(const Index &) const = default;
};

} // namespace strata::modeler

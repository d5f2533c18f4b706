// Small readers of libpg_query's protobuf parse tree: strings, name lists and numbers as Qt values.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct PgQuery__Node;

namespace strata::modeler {

class PostgresNodes
{
public:
    /// A C string of the tree as text (the tree is UTF-8); empty for null.
    static QString text(const char *utf8);
    /// The value of a String node; empty for any other node.
    static QString string(const PgQuery__Node *node);
    /// The values of a list of String nodes, e.g. a qualified name ("shop", "order").
    static QStringList strings(PgQuery__Node *const *items, size_t count);
    /// The items of a List node as strings.
    static QStringList listStrings(const PgQuery__Node *node);
    /// An Integer, a Float holding an integer (a 64-bit sequence bound), or an A_Const of either.
    static std::optional<qint64> number(const PgQuery__Node *node);
    /// True for a Boolean node that is true, or an Integer that is not 0 (CYCLE gives one or the other).
    static bool isTrue(const PgQuery__Node *node);
};

} // namespace strata::modeler

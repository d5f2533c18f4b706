// One SQL expression parsed by PostgreSQL's own parser (libpg_query), as "SELECT (expression)" with
// nothing else: not a row, not a second target, no FROM, no second statement.
#pragma once

#include <QString>

struct PgQuery__Node;
struct PgQuery__ParseResult;

namespace strata::modeler {

class PostgresExpression
{
public:
    explicit PostgresExpression(const QString &expression);
    ~PostgresExpression();
    PostgresExpression(const PostgresExpression &) = delete;
    PostgresExpression &operator=(const PostgresExpression &) = delete;

    /// The expression's parse tree; null when the text is not exactly one expression.
    const PgQuery__Node *node() const { return m_node; }
    /// Why the text is not one expression; empty when it is.
    QString error() const { return m_error; }
    /// True when a subquery is anywhere inside: no place of a table definition allows one.
    bool hasSubquery() const;

private:
    PgQuery__ParseResult *m_tree = nullptr;
    const PgQuery__Node *m_node = nullptr;
    QString m_error;
};

} // namespace strata::modeler

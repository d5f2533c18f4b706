// The name PostgreSQL gives a result column written without AS (its parser's FigureColname):
// `o.id` is "id", `count(*)` is "count", `x::numeric` is "x", `CASE ... END` is "case", `1 + 1` is
// "?column?". SQLite names such columns by their text instead, so the rewrite of a query says AS.
#pragma once

#include <QString>

struct PgQuery__Node;

namespace strata::modeler {

class PostgresColumnName
{
public:
    static QString of(const PgQuery__Node *expression);

private:
    /// PostgreSQL's strength of a name: 2 for a name of its own, 1 for a fallback, 0 for none.
    static int figure(const PgQuery__Node *n, QString *name);
};

} // namespace strata::modeler

// A PostgreSQL query (a view's definition, as pg_dump and pg_get_viewdef print it or as written by
// hand) rewritten for SQLite from PostgreSQL's own parse tree: WITH (RECURSIVE), UNION, INTERSECT
// and EXCEPT, DISTINCT, joins, subqueries, GROUP BY, HAVING, windows, ORDER BY with PostgreSQL's
// NULLs placement, LIMIT and OFFSET; expressions as SqliteExpressionPrinter writes them; schemas
// fall away, as SQLite's tables have none; result columns keep the names PostgreSQL gives them.
// What SQLite lacks (DISTINCT ON, LATERAL, GROUPING SETS, INTERSECT ALL, arrays, ...) is refused
// with its name.
#pragma once

#include "SqliteExpressionPrinter.h"

#include <strata/Result.h>

#include <QStringList>

struct PgQuery__RangeVar;
struct PgQuery__RangeSubselect;
struct PgQuery__JoinExpr;
struct PgQuery__WithClause;
struct PgQuery__Alias;

namespace strata::modeler {

class SqliteSelect : public SqliteExpressionPrinter
{
public:
    /// The query in SQLite's spelling, or an error: PostgreSQL's syntax error, or what SQLite lacks.
    static Result<QString> fromPostgres(const QString &query, const Model &model);
    /// How the error of fromPostgres() starts when PostgreSQL's parser refuses the text.
    static QString unreadable();

    explicit SqliteSelect(const Model &model) : SqliteExpressionPrinter(model) {}

    /// How the result columns are named: not at all (EXISTS, IN), as PostgreSQL would (a view, a
    /// CTE, a subquery in FROM), and with the names a FROM alias gives them, `AS s(a, b)`.
    struct Naming
    {
        bool matters = true;
        QStringList given;
    };

    QString select(const PgQuery__SelectStmt *s, const Naming &naming) const;

protected:
    QString subquery(const PgQuery__SelectStmt *select) const override;

private:
    QString with(const PgQuery__WithClause *w) const;
    QString setOperation(const PgQuery__SelectStmt *s, const Naming &naming) const;
    /// One side of UNION, INTERSECT or EXCEPT. SQLite reads them left to right, all of one
    /// precedence, and allows no ORDER BY or LIMIT inside: what differs becomes a subquery.
    QString operand(const PgQuery__SelectStmt *s, const Naming &naming, bool left) const;
    QString core(const PgQuery__SelectStmt *s, const Naming &naming) const;
    QString values(const PgQuery__SelectStmt *s, const Naming &naming) const;
    QString targets(const PgQuery__SelectStmt *s, const Naming &naming) const;
    QString groupBy(const PgQuery__SelectStmt *s) const;
    QString windows(const PgQuery__SelectStmt *s) const;
    QString orderAndLimit(const PgQuery__SelectStmt *s) const;
    QString fromItem(const PgQuery__Node *n) const;
    QString table(const PgQuery__RangeVar *table) const;
    QString derivedTable(const PgQuery__RangeSubselect *sub) const;
    QString join(const PgQuery__JoinExpr *j) const;
    static QString alias(const PgQuery__Alias *alias, const char *what);
};

} // namespace strata::modeler

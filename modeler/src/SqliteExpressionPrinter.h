// Prints a PostgreSQL expression (a node of libpg_query's protobuf parse tree) in SQLite's spelling,
// or throws Untranslatable naming what SQLite has no counterpart for. Function calls are
// SqliteFunctionCall's, dates and times SqliteDateTime's; SqliteSelect adds the subqueries, which no
// expression of a table definition may hold.
#pragma once

#include "modeler/Model.h"

#include <QString>

struct PgQuery__Node;
struct PgQuery__SelectStmt;
struct PgQuery__WindowDef;
struct PgQuery__TypeCast;
struct PgQuery__AExpr;
struct PgQuery__SubLink;

namespace strata::modeler {

class SqliteExpressionPrinter
{
public:
    /// Thrown where SQLite has no counterpart; `what` names it ("DISTINCT ON", "the operator ~").
    struct Untranslatable
    {
        QString what;
    };

    explicit SqliteExpressionPrinter(const Model &model) : m_model(model) {}
    virtual ~SqliteExpressionPrinter() = default;

    QString node(const PgQuery__Node *n) const;
    /// The nodes separated by ", ".
    QString list(PgQuery__Node *const *nodes, size_t count) const;
    /// ORDER BY items. PostgreSQL sorts NULLs as the largest values, SQLite as the smallest: each
    /// item says where its NULLs go.
    QString sortList(PgQuery__Node *const *items, size_t count) const;
    /// What goes inside OVER (...) or WINDOW w AS (...): base window, partitions, order, frame.
    QString windowBody(const PgQuery__WindowDef *w) const;
    /// A name as SQLite needs it written.
    static QString identifier(const QString &name);
    /// The value of a string constant, also under a cast ('day'::text); null for anything else.
    static QString stringConstant(const PgQuery__Node *n);

protected:
    /// A subquery inside an expression. Here: refused, as SQLite refuses them in table definitions.
    virtual QString subquery(const PgQuery__SelectStmt *select) const;

private:
    QString columnRef(const PgQuery__Node *n) const;
    /// `divided`: the cast is an operand of a division.
    QString typeCast(const PgQuery__TypeCast *cast, bool divided = false) const;
    QString aExpr(const PgQuery__AExpr *e) const;
    QString binary(const PgQuery__AExpr *e, const QString &op) const;
    QString dividend(const PgQuery__Node *n) const;
    /// `x = ANY (ARRAY[...])` and `x <> ALL (ARRAY[...])`, as pg_dump writes IN lists.
    QString arrayComparison(const PgQuery__AExpr *e, const QString &op) const;
    QString subLink(const PgQuery__SubLink *link) const;
    QString collate(const PgQuery__Node *n) const;
    QString caseExpr(const PgQuery__Node *n) const;
    bool isUserType(const QString &name) const;

    const Model &m_model;
};

} // namespace strata::modeler

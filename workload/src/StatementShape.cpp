#include "StatementShape.h"

#include "PgParseTree.h"

#include <pg_query.pb-c.h>

namespace strata::workload {

namespace {

using Node = PgQuery__Node;

void addOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// One FROM scope: its tables by the names a column may be qualified with.
class Scope
{
public:
    Scope(const DatabaseCatalog &catalog, QList<TableUse> &uses) : m_catalog(catalog), m_uses(uses) {}

    void addFrom(const Node *n)
    {
        if (!n)
            return;
        if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
            addTable(n->range_var);
        else if (n->node_case == PG_QUERY__NODE__NODE_JOIN_EXPR) {
            addFrom(n->join_expr->larg);
            addFrom(n->join_expr->rarg);
            m_quals << n->join_expr->quals;
        }
    }

    void addTable(const PgQuery__RangeVar *r)
    {
        const CatalogTable *t = m_catalog.table(QString::fromUtf8(r->schemaname), QString::fromUtf8(r->relname));
        if (!t)
            return; // a CTE or a table the database does not have: nothing to index
        const QString name = r->alias && *r->alias->aliasname ? QString::fromUtf8(r->alias->aliasname) : QString::fromUtf8(r->relname);
        m_names << name.toLower();
        m_uses << TableUse{t, {}, {}, {}, {}, {}, {}, false};
        m_index << int(m_uses.size()) - 1;
    }

    // The use and the column a column reference names; -1 when it is none of this scope's.
    int resolve(const Node *n, QString *column) const
    {
        *column = PgParseTree::columnName(n);
        if (column->isEmpty())
            return -1;
        const QString qualifier = PgParseTree::columnQualifier(n).toLower();
        int found = -1;
        for (int i = 0; i < m_names.size(); ++i) {
            const CatalogTable *t = m_uses[m_index[i]].table;
            const auto hit = std::find_if(t->columns.begin(), t->columns.end(),
                                          [&](const QString &c) { return c.compare(*column, Qt::CaseInsensitive) == 0; });
            if ((qualifier.isEmpty() || qualifier == m_names[i] || qualifier == t->name.toLower()) && hit != t->columns.end()) {
                if (found >= 0 && qualifier.isEmpty())
                    return -1; // ambiguous without a qualifier: the database would refuse it too
                found = m_index[i];
                *column = *hit;
            }
        }
        return found;
    }

    // Every column reference under a node, each as (use, column).
    QList<std::pair<int, QString>> columnsUnder(const Node *n) const
    {
        QList<std::pair<int, QString>> out;
        PgParseTree::walk(n, [&](const Node *x) {
            if (x->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
                return false; // a subquery has its own scope
            if (x->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
                return true;
            QString column;
            if (const int use = resolve(x, &column); use >= 0)
                out << std::pair{use, column};
            else if (x->column_ref->n_fields > 0 && x->column_ref->fields[x->column_ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR)
                readAll(x);
            return false;
        });
        return out;
    }

    void readAll(const Node *star) const
    {
        const QString qualifier = star->column_ref->n_fields > 1 ? PgParseTree::stringOf(star->column_ref->fields[0]).toLower() : QString();
        for (int i = 0; i < m_names.size(); ++i)
            if (qualifier.isEmpty() || qualifier == m_names[i])
                m_uses[m_index[i]].readsAll = true;
    }

    void predicate(const Node *n)
    {
        if (!n)
            return;
        if (n->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && n->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
            for (size_t i = 0; i < n->bool_expr->n_args; ++i)
                predicate(n->bool_expr->args[i]);
            return;
        }
        if (n->node_case == PG_QUERY__NODE__NODE_NULL_TEST && n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL) {
            QString c;
            if (const int use = resolve(n->null_test->arg, &c); use >= 0)
                addOnce(m_uses[use].equality, c);
            return;
        }
        if (n->node_case != PG_QUERY__NODE__NODE_A_EXPR)
            return;
        const PgQuery__AExpr *e = n->a_expr;
        const QStringList name = PgParseTree::names(e->name, e->n_name);
        const QString op = name.value(name.size() - 1);
        QString left, right;
        const int l = resolve(e->lexpr, &left), r = resolve(e->rexpr, &right);
        if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && l >= 0 && op == u"=")
            addOnce(m_uses[l].equality, left);
        else if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN && l >= 0)
            addOnce(m_uses[l].ranges, left);
        else if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP && (op == u"=" || op == u"<" || op == u">" || op == u"<=" || op == u">="))
            comparison(op, l, left, e->rexpr, r, right, e->lexpr);
    }

    // column op value: what each side asks of its table (a side whose value reads its own table asks nothing).
    void comparison(const QString &op, int l, const QString &left, const Node *rexpr, int r, const QString &right, const Node *lexpr)
    {
        const auto readsTable = [&](const Node *value, int use) {
            for (const auto &[u, c] : columnsUnder(value))
                if (u == use)
                    return true;
            return false;
        };
        const auto ask = [&](int use, const QString &column, const Node *value, bool join) {
            if (use < 0 || readsTable(value, use))
                return;
            addOnce(op == u"=" ? m_uses[use].equality : m_uses[use].ranges, column);
            if (join && op == u"=")
                addOnce(m_uses[use].joins, column);
        };
        const bool join = l >= 0 && r >= 0 && l != r;
        ask(l, left, rexpr, join);
        ask(r, right, lexpr, join);
    }

    void ordering(PgQuery__Node *const *items, size_t count)
    {
        QList<std::pair<int, std::pair<QString, bool>>> keys;
        for (size_t i = 0; i < count; ++i) {
            if (items[i]->node_case != PG_QUERY__NODE__NODE_SORT_BY)
                return;
            QString c;
            const int use = resolve(items[i]->sort_by->node, &c);
            if (use < 0 || (!keys.isEmpty() && keys.first().first != use))
                return; // an expression, or columns of two tables: no index gives that order
            keys << std::pair{use, std::pair{c, items[i]->sort_by->sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_DESC}};
        }
        for (const auto &[use, key] : keys)
            m_uses[use].orderBy << key;
    }

    void grouping(PgQuery__Node *const *items, size_t count)
    {
        QStringList columns;
        int table = -1;
        for (size_t i = 0; i < count; ++i) {
            QString c;
            const int use = resolve(items[i], &c);
            if (use < 0 || (table >= 0 && table != use))
                return;
            table = use;
            columns << c;
        }
        if (table >= 0)
            m_uses[table].groupBy = columns;
    }

    void reads(const Node *n)
    {
        for (const auto &[use, column] : columnsUnder(n))
            addOnce(m_uses[use].read, column);
    }

    QList<const Node *> m_quals; // ON conditions of joins

private:
    const DatabaseCatalog &m_catalog;
    QList<TableUse> &m_uses;
    QStringList m_names;  // lower-case name or alias per table of the scope
    QList<int> m_index;   // their entries in m_uses
};

void select(const PgQuery__SelectStmt *s, const DatabaseCatalog &catalog, QList<TableUse> &uses)
{
    Scope scope(catalog, uses);
    for (size_t i = 0; i < s->n_from_clause; ++i)
        scope.addFrom(s->from_clause[i]);
    scope.predicate(s->where_clause);
    for (const Node *q : std::as_const(scope.m_quals))
        scope.predicate(q);
    scope.ordering(s->sort_clause, s->n_sort_clause);
    scope.grouping(s->group_clause, s->n_group_clause);
    for (size_t i = 0; i < s->n_target_list; ++i)
        scope.reads(s->target_list[i]);
    scope.reads(s->where_clause);
    for (const Node *q : std::as_const(scope.m_quals))
        scope.reads(q);
    for (size_t i = 0; i < s->n_sort_clause; ++i)
        scope.reads(s->sort_clause[i]);
    for (size_t i = 0; i < s->n_group_clause; ++i)
        scope.reads(s->group_clause[i]);
}

void modify(const PgQuery__RangeVar *relation, const Node *where, const DatabaseCatalog &catalog, QList<TableUse> &uses)
{
    Scope scope(catalog, uses);
    if (relation)
        scope.addTable(relation);
    scope.predicate(where);
    scope.reads(where);
}

} // namespace

QList<TableUse> StatementShape::of(const QString &sql, const DatabaseCatalog &catalog, bool *readable)
{
    const PgParseTree tree(sql);
    if (readable)
        *readable = tree.ok();
    QList<TableUse> uses;
    for (int i = 0; i < tree.statementCount(); ++i) {
        PgParseTree::walk(tree.statement(i), [&](const Node *n) {
            switch (n->node_case) {
            case PG_QUERY__NODE__NODE_SELECT_STMT: select(n->select_stmt, catalog, uses); break;
            case PG_QUERY__NODE__NODE_UPDATE_STMT: modify(n->update_stmt->relation, n->update_stmt->where_clause, catalog, uses); break;
            case PG_QUERY__NODE__NODE_DELETE_STMT: modify(n->delete_stmt->relation, n->delete_stmt->where_clause, catalog, uses); break;
            default: break;
            }
            return true; // nested SELECTs (subqueries, set operations) get their own scopes
        });
    }
    return uses;
}

} // namespace strata::workload

// Hand-written for the reason SqliteExpressionPrinter is: no library translates between SQL dialects
// in C++. Each clause goes on a line of its own; a subquery is indented under its parenthesis.
#include "SqliteSelect.h"

#include "PostgresColumnName.h"
#include "PostgresNodes.h"
#include "PostgresScript.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using Untranslatable = SqliteExpressionPrinter::Untranslatable;

QString text(const char *s) { return PostgresNodes::text(s); }

QString indented(const QString &sql)
{
    return QString(sql).replace(u'\n', QStringLiteral("\n    "));
}

// Whether the statement is a plain SELECT or VALUES that can stand as an operand of UNION as it is.
bool bare(const PgQuery__SelectStmt *s)
{
    return !s->with_clause && s->n_sort_clause == 0 && !s->limit_count && !s->limit_offset && s->n_locking_clause == 0;
}

bool isNullConstant(const PgQuery__Node *n)
{
    return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->isnull;
}

} // namespace

Result<QString> SqliteSelect::fromPostgres(const QString &query, const Model &model)
{
    Diagnostics notes; // fixes of psql meta-commands: none in a query
    auto script = PostgresScript::parse(query.toUtf8(), QStringLiteral("query"), &notes);
    if (!script)
        return Error(unreadable() + script.error().message);
    const PgQuery__ParseResult &tree = script.value()->tree();
    if (tree.n_stmts != 1 || !tree.stmts[0]->stmt || tree.stmts[0]->stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
        return Error(QStringLiteral("it is not one SELECT statement"));
    try {
        return SqliteSelect(model).select(tree.stmts[0]->stmt->select_stmt, Naming{});
    } catch (const Untranslatable &u) {
        return Error(QStringLiteral("SQLite has no counterpart for %1").arg(u.what));
    }
}

QString SqliteSelect::unreadable()
{
    return QStringLiteral("PostgreSQL cannot read it: ");
}

QString SqliteSelect::subquery(const PgQuery__SelectStmt *select) const
{
    return indented(this->select(select, Naming{false, {}}));
}

QString SqliteSelect::select(const PgQuery__SelectStmt *s, const Naming &naming) const
{
    if (s->into_clause)
        throw Untranslatable{QStringLiteral("SELECT INTO")};
    if (s->n_locking_clause > 0)
        throw Untranslatable{QStringLiteral("FOR UPDATE and FOR SHARE")};
    QString out = s->with_clause ? with(s->with_clause) + u'\n' : QString();
    out += s->op == PG_QUERY__SET_OPERATION__SETOP_NONE ? core(s, naming) : setOperation(s, naming);
    return out + orderAndLimit(s);
}

QString SqliteSelect::with(const PgQuery__WithClause *w) const
{
    QStringList ctes;
    for (size_t i = 0; i < w->n_ctes; ++i) {
        if (w->ctes[i]->node_case != PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR)
            throw Untranslatable{QStringLiteral("this WITH")};
        const PgQuery__CommonTableExpr *cte = w->ctes[i]->common_table_expr;
        if (cte->search_clause || cte->cycle_clause)
            throw Untranslatable{QStringLiteral("SEARCH and CYCLE in WITH")};
        if (!cte->ctequery || cte->ctequery->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
            throw Untranslatable{QStringLiteral("INSERT, UPDATE and DELETE in WITH")};
        QString head = identifier(text(cte->ctename));
        if (cte->n_aliascolnames > 0) {
            QStringList columns;
            for (const QString &c : PostgresNodes::strings(cte->aliascolnames, cte->n_aliascolnames))
                columns << identifier(c);
            head += QStringLiteral(" (%1)").arg(columns.join(QStringLiteral(", ")));
        }
        head += cte->ctematerialized == PG_QUERY__CTEMATERIALIZE__CTEMaterializeAlways  ? QStringLiteral(" AS MATERIALIZED")
                : cte->ctematerialized == PG_QUERY__CTEMATERIALIZE__CTEMaterializeNever ? QStringLiteral(" AS NOT MATERIALIZED")
                                                                                         : QStringLiteral(" AS");
        ctes << QStringLiteral("%1 (\n    %2\n)").arg(head, indented(select(cte->ctequery->select_stmt, Naming{})));
    }
    return (w->recursive ? QStringLiteral("WITH RECURSIVE ") : QStringLiteral("WITH ")) + ctes.join(QStringLiteral(",\n"));
}

QString SqliteSelect::setOperation(const PgQuery__SelectStmt *s, const Naming &naming) const
{
    QString op;
    switch (s->op) {
    case PG_QUERY__SET_OPERATION__SETOP_UNION: op = QStringLiteral("UNION"); break;
    case PG_QUERY__SET_OPERATION__SETOP_INTERSECT: op = QStringLiteral("INTERSECT"); break;
    case PG_QUERY__SET_OPERATION__SETOP_EXCEPT: op = QStringLiteral("EXCEPT"); break;
    default: throw Untranslatable{QStringLiteral("this set operation")};
    }
    if (s->all && op != u"UNION")
        throw Untranslatable{op + QStringLiteral(" ALL")};
    if (!s->larg || !s->rarg)
        throw Untranslatable{QStringLiteral("this ") + op};
    return QStringLiteral("%1\n%2%3\n%4").arg(operand(s->larg, naming, true), op, s->all ? QStringLiteral(" ALL") : QString(),
                                              operand(s->rarg, Naming{false, {}}, false));
}

QString SqliteSelect::operand(const PgQuery__SelectStmt *s, const Naming &naming, bool left) const
{
    if (bare(s) && s->op == PG_QUERY__SET_OPERATION__SETOP_NONE)
        return core(s, naming);
    if (bare(s) && left)
        return setOperation(s, naming);
    return QStringLiteral("SELECT * FROM (\n    %1\n)").arg(indented(select(s, naming)));
}

QString SqliteSelect::core(const PgQuery__SelectStmt *s, const Naming &naming) const
{
    if (s->n_values_lists > 0)
        return values(s, naming);
    QString out = QStringLiteral("SELECT ");
    if (s->n_distinct_clause > 0) {
        // Plain DISTINCT is a list of one empty node; DISTINCT ON lists its expressions.
        const PgQuery__Node *first = s->distinct_clause[0];
        if (s->n_distinct_clause > 1 || (first && first->node_case != PG_QUERY__NODE__NODE__NOT_SET))
            throw Untranslatable{QStringLiteral("DISTINCT ON")};
        out += QStringLiteral("DISTINCT ");
    }
    out += targets(s, naming);
    if (s->n_from_clause > 0) {
        // PostgreSQL's JOIN binds closer than its comma; SQLite's do not differ, so a join after a comma is put in parentheses.
        QStringList items;
        for (size_t i = 0; i < s->n_from_clause; ++i) {
            const QString item = fromItem(s->from_clause[i]);
            items << (i > 0 && s->from_clause[i]->node_case == PG_QUERY__NODE__NODE_JOIN_EXPR ? u'(' + item + u')' : item);
        }
        out += QStringLiteral("\nFROM ") + items.join(QStringLiteral(", "));
    }
    if (s->where_clause)
        out += QStringLiteral("\nWHERE ") + node(s->where_clause);
    out += groupBy(s);
    if (s->having_clause)
        out += QStringLiteral("\nHAVING ") + node(s->having_clause);
    return out + windows(s);
}

// Both name the columns of VALUES column1, column2, ...; names from an alias are given with AS.
QString SqliteSelect::values(const PgQuery__SelectStmt *s, const Naming &naming) const
{
    QStringList rows;
    size_t width = 0;
    for (size_t i = 0; i < s->n_values_lists; ++i) {
        const PgQuery__Node *row = s->values_lists[i];
        if (row->node_case != PG_QUERY__NODE__NODE_LIST)
            throw Untranslatable{QStringLiteral("this VALUES")};
        rows << u'(' + list(row->list->items, row->list->n_items) + u')';
        width = row->list->n_items;
    }
    const QString out = QStringLiteral("VALUES ") + rows.join(QStringLiteral(", "));
    if (naming.given.isEmpty())
        return out;
    QStringList columns;
    for (size_t i = 0; i < width; ++i) {
        const QString column = QStringLiteral("column%1").arg(i + 1);
        columns << column + QStringLiteral(" AS ") + identifier(naming.given.value(qsizetype(i), column));
    }
    return QStringLiteral("SELECT %1 FROM (%2)").arg(columns.join(QStringLiteral(", ")), out);
}

QString SqliteSelect::targets(const PgQuery__SelectStmt *s, const Naming &naming) const
{
    QStringList out;
    for (size_t i = 0; i < s->n_target_list; ++i) {
        if (s->target_list[i]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
            throw Untranslatable{QStringLiteral("this result column")};
        const PgQuery__ResTarget *t = s->target_list[i]->res_target;
        const QString value = node(t->val);
        const bool star = value == u"*" || value.endsWith(QStringLiteral(".*"));
        if (star && naming.given.size() > qsizetype(i))
            throw Untranslatable{QStringLiteral("column names in the alias of a subquery with *")};
        QString name = naming.given.value(qsizetype(i), text(t->name));
        // SQLite names a column written without AS by its text; PostgreSQL has its own rule.
        const bool plainColumn = t->val && t->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF;
        if (name.isEmpty() && naming.matters && !plainColumn)
            name = PostgresColumnName::of(t->val);
        out << (name.isEmpty() || star ? value : QStringLiteral("%1 AS %2").arg(value, identifier(name)));
    }
    if (out.isEmpty())
        throw Untranslatable{QStringLiteral("a SELECT without result columns")};
    const QString oneLine = out.join(QStringLiteral(", "));
    return oneLine.size() <= 80 && !oneLine.contains(u'\n') ? oneLine : out.join(QStringLiteral(",\n    "));
}

QString SqliteSelect::groupBy(const PgQuery__SelectStmt *s) const
{
    if (s->n_group_clause == 0)
        return {};
    if (s->group_distinct)
        throw Untranslatable{QStringLiteral("GROUP BY DISTINCT")};
    for (size_t i = 0; i < s->n_group_clause; ++i) {
        if (s->group_clause[i]->node_case == PG_QUERY__NODE__NODE_GROUPING_SET)
            throw Untranslatable{QStringLiteral("GROUPING SETS, ROLLUP and CUBE")};
    }
    return QStringLiteral("\nGROUP BY ") + list(s->group_clause, s->n_group_clause);
}

QString SqliteSelect::windows(const PgQuery__SelectStmt *s) const
{
    QStringList out;
    for (size_t i = 0; i < s->n_window_clause; ++i) {
        if (s->window_clause[i]->node_case != PG_QUERY__NODE__NODE_WINDOW_DEF)
            throw Untranslatable{QStringLiteral("this WINDOW")};
        const PgQuery__WindowDef *w = s->window_clause[i]->window_def;
        out << QStringLiteral("%1 AS (%2)").arg(identifier(text(w->name)), windowBody(w));
    }
    return out.isEmpty() ? QString() : QStringLiteral("\nWINDOW ") + out.join(QStringLiteral(", "));
}

QString SqliteSelect::orderAndLimit(const PgQuery__SelectStmt *s) const
{
    QString out;
    if (s->n_sort_clause > 0)
        out += QStringLiteral("\nORDER BY ") + sortList(s->sort_clause, s->n_sort_clause);
    if (s->limit_option == PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_WITH_TIES)
        throw Untranslatable{QStringLiteral("FETCH FIRST ... WITH TIES")};
    const bool count = s->limit_count && !isNullConstant(s->limit_count); // LIMIT ALL is LIMIT NULL
    if (count)
        out += QStringLiteral("\nLIMIT ") + node(s->limit_count);
    if (s->limit_offset)
        out += (count ? QStringLiteral(" OFFSET ") : QStringLiteral("\nLIMIT -1 OFFSET ")) + node(s->limit_offset);
    return out;
}

QString SqliteSelect::fromItem(const PgQuery__Node *n) const
{
    switch (n ? n->node_case : PG_QUERY__NODE__NODE__NOT_SET) {
    case PG_QUERY__NODE__NODE_RANGE_VAR: return table(n->range_var);
    case PG_QUERY__NODE__NODE_RANGE_SUBSELECT: return derivedTable(n->range_subselect);
    case PG_QUERY__NODE__NODE_JOIN_EXPR: return join(n->join_expr);
    case PG_QUERY__NODE__NODE_RANGE_FUNCTION: {
        QString name = QStringLiteral("functions");
        const PgQuery__RangeFunction *f = n->range_function;
        if (f->n_functions > 0 && f->functions[0]->node_case == PG_QUERY__NODE__NODE_LIST && f->functions[0]->list->n_items > 0 &&
            f->functions[0]->list->items[0]->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
            const PgQuery__FuncCall *call = f->functions[0]->list->items[0]->func_call;
            name = PostgresNodes::strings(call->funcname, call->n_funcname).join(u'.');
        }
        throw Untranslatable{QStringLiteral("%1 in FROM").arg(name)};
    }
    case PG_QUERY__NODE__NODE_RANGE_TABLE_SAMPLE: throw Untranslatable{QStringLiteral("TABLESAMPLE")};
    default: throw Untranslatable{QStringLiteral("this item of FROM")};
    }
}

// SQLite's tables have no schema: the name alone, as the DDL writer creates them.
QString SqliteSelect::table(const PgQuery__RangeVar *table) const
{
    return identifier(text(table->relname)) + alias(table->alias, "a table");
}

QString SqliteSelect::derivedTable(const PgQuery__RangeSubselect *sub) const
{
    if (sub->lateral)
        throw Untranslatable{QStringLiteral("LATERAL")};
    if (!sub->subquery || sub->subquery->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
        throw Untranslatable{QStringLiteral("this subquery in FROM")};
    Naming naming;
    if (sub->alias)
        naming.given = PostgresNodes::strings(sub->alias->colnames, sub->alias->n_colnames);
    const QString query = indented(select(sub->subquery->select_stmt, naming));
    return QStringLiteral("(\n    %1\n)").arg(query) + (sub->alias ? QStringLiteral(" AS ") + identifier(text(sub->alias->aliasname)) : QString());
}

QString SqliteSelect::join(const PgQuery__JoinExpr *j) const
{
    if (j->alias)
        throw Untranslatable{QStringLiteral("an alias of a join, (a JOIN b) AS j")};
    if (j->join_using_alias)
        throw Untranslatable{QStringLiteral("an alias of USING, USING (...) AS j")};
    QString type;
    switch (j->jointype) {
    case PG_QUERY__JOIN_TYPE__JOIN_INNER:
        type = j->quals || j->n_using_clause > 0 || j->is_natural ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
        break;
    case PG_QUERY__JOIN_TYPE__JOIN_LEFT: type = QStringLiteral("LEFT JOIN"); break;
    case PG_QUERY__JOIN_TYPE__JOIN_RIGHT: type = QStringLiteral("RIGHT JOIN"); break;
    case PG_QUERY__JOIN_TYPE__JOIN_FULL: type = QStringLiteral("FULL JOIN"); break;
    default: throw Untranslatable{QStringLiteral("this kind of join")};
    }
    // Joins nest to the left without parentheses, as both read them; one on the right needs them.
    QString right = fromItem(j->rarg);
    if (j->rarg && j->rarg->node_case == PG_QUERY__NODE__NODE_JOIN_EXPR)
        right = u'(' + right + u')';
    QString out = QStringLiteral("%1 %2%3 %4").arg(fromItem(j->larg), j->is_natural ? QStringLiteral("NATURAL ") : QString(), type, right);
    if (j->n_using_clause > 0) {
        QStringList columns;
        for (const QString &c : PostgresNodes::strings(j->using_clause, j->n_using_clause))
            columns << identifier(c);
        out += QStringLiteral(" USING (%1)").arg(columns.join(QStringLiteral(", ")));
    }
    if (j->quals)
        out += QStringLiteral(" ON ") + node(j->quals);
    return out;
}

QString SqliteSelect::alias(const PgQuery__Alias *alias, const char *what)
{
    if (!alias)
        return {};
    if (alias->n_colnames > 0)
        throw Untranslatable{QStringLiteral("column names in the alias of %1").arg(QLatin1String(what))};
    return QStringLiteral(" AS ") + identifier(text(alias->aliasname));
}

} // namespace strata::modeler

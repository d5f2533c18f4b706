#include "PostgresViewReader.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

// The query of CREATE [MATERIALIZED] VIEW name [(columns)] [WITH (...)] AS query [WITH ...]: after
// the first AS outside parentheses, without a closing WITH [LOCAL|CASCADED] CHECK OPTION or WITH
// [NO] DATA.
QString queryText(const PostgresContext &c, const PostgresStatement &s, int nameLocation)
{
    const int as = s.lexer().findWord(nameLocation, s.end, "AS");
    if (as < 0)
        return {};
    const int start = as + 2;
    SqlLexer lexer(s.script->text(), start, s.end, Dialect::Postgres);
    int depth = 0;
    int lastWith = -1;
    QStringList afterWith;
    for (SqlLexer::Token t = lexer.next(); t.kind != SqlLexer::Kind::End; t = lexer.next()) {
        const char first = s.script->text()[t.begin];
        if (t.kind == SqlLexer::Kind::Symbol && (first == '(' || first == '['))
            ++depth;
        else if (t.kind == SqlLexer::Kind::Symbol && (first == ')' || first == ']'))
            --depth;
        else if (depth == 0 && lexer.is(t, "WITH")) {
            lastWith = t.begin;
            afterWith.clear();
            continue;
        }
        if (lastWith >= 0)
            afterWith << s.script->slice(t.begin, t.end).toUpper();
    }
    const QString tail = afterWith.join(u' ');
    static const QStringList clauses = {QStringLiteral("CHECK OPTION"), QStringLiteral("LOCAL CHECK OPTION"),
                                        QStringLiteral("CASCADED CHECK OPTION"), QStringLiteral("DATA"), QStringLiteral("NO DATA")};
    const int end = lastWith >= 0 && clauses.contains(tail) ? lastWith : s.end;
    return c.trimmed(s, start, end);
}

void addView(PostgresContext &c, const PostgresStatement &s, View view, const PgQuery__RangeVar *relation)
{
    if (relation->relpersistence && relation->relpersistence[0] == 't')
        c.unsupported(s.place(), QStringLiteral("TEMPORARY: view %1 is modelled as a permanent view").arg(view.name));
    view.definition = queryText(c, s, relation->location);
    if (view.definition.isEmpty())
        return c.skipped(s, Severity::Warning, QStringLiteral("the view's query was not found"));
    c.model().addView(std::move(view), s.place());
}

} // namespace

void PostgresViewReader::createView(PostgresContext &c, const PostgresStatement &s, const PgQuery__ViewStmt &create)
{
    const QualifiedName name = c.created(create.view, s.place());
    if (create.replace && c.model().findView(name.schemaId, name.name))
        return c.skipped(s, Severity::Warning, QStringLiteral("CREATE OR REPLACE of a view the script created before is not applied"));
    View view;
    view.schemaId = name.schemaId;
    view.name = name.name;
    view.columnNames = N::strings(create.aliases, create.n_aliases);
    if (create.with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION)
        view.checkOption = QStringLiteral("LOCAL");
    else if (create.with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION)
        view.checkOption = QStringLiteral("CASCADED");
    // pg_dump writes the check option as WITH (check_option='local').
    QStringList ignored;
    for (size_t i = 0; i < create.n_options; ++i) {
        const PgQuery__Node *n = create.options[i];
        if (n->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
            continue;
        const QString option = N::text(n->def_elem->defname);
        const PgQuery__Node *arg = n->def_elem->arg;
        if (option == u"check_option" && arg && arg->node_case == PG_QUERY__NODE__NODE_STRING)
            view.checkOption = N::string(arg).toUpper();
        else
            ignored << option;
    }
    if (!ignored.isEmpty())
        c.unsupported(s.place(), QStringLiteral("the options %1 of view %2 are not modelled").arg(ignored.join(QStringLiteral(", ")), view.name));
    if (s.lexer().findWord(s.begin, create.view->location, "RECURSIVE") >= 0)
        return c.skipped(s, Severity::Warning, QStringLiteral("recursive views are not modelled"));
    addView(c, s, std::move(view), create.view);
}

void PostgresViewReader::createTableAs(PostgresContext &c, const PostgresStatement &s, const PgQuery__CreateTableAsStmt &create)
{
    if (create.objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW || !create.into || !create.into->rel)
        return c.skipped(s, Severity::Warning, QStringLiteral("a table made from a query is not modelled"));
    const QualifiedName name = c.created(create.into->rel, s.place());
    if (create.if_not_exists && c.model().findView(name.schemaId, name.name))
        return c.skipped(s, Severity::Info, QStringLiteral("the materialized view exists (IF NOT EXISTS)"));
    View view;
    view.schemaId = name.schemaId;
    view.name = name.name;
    view.materialized = true;
    view.columnNames = N::strings(create.into->col_names, create.into->n_col_names);
    if (create.into->n_options > 0 || *create.into->table_space_name)
        c.unsupported(s.place(), QStringLiteral("the storage options of materialized view %1 are not modelled").arg(view.name));
    addView(c, s, std::move(view), create.into->rel);
}

} // namespace strata::modeler

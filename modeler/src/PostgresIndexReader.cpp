#include "PostgresIndexReader.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

// The expression of a key written "(a + b) DESC" or "lower(x) text_pattern_ops": the inside of the
// parentheses, or the function call.
QString expressionText(const PostgresContext &c, const PostgresStatement &s, SqlLexer::Span element)
{
    const SqlLexer lexer = s.lexer();
    const SqlLexer::Span inside = lexer.group(element.first);
    if (inside.first < 0)
        return c.trimmed(s, element.first, element.second);
    if (s.script->text()[element.first] == '(')
        return c.trimmed(s, inside.first, inside.second);
    return c.trimmed(s, element.first, inside.second + 1);
}

IndexKey readKey(const PostgresContext &c, const PostgresStatement &s, const Table &table, const PgQuery__IndexElem &elem,
                 SqlLexer::Span element, bool *ok)
{
    IndexKey key;
    if (elem.expr) {
        key.expression = element.first < element.second ? expressionText(c, s, element) : QString();
        *ok = !key.expression.isEmpty();
    } else {
        const Column *column = table.columnByName(N::text(elem.name));
        key.columnId = column ? column->id : QString();
        *ok = column != nullptr;
    }
    key.descending = elem.ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
    if (elem.nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST)
        key.nulls = NullsOrder::First;
    else if (elem.nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST)
        key.nulls = NullsOrder::Last;
    key.collation = PostgresContext::collation(elem.collation, elem.n_collation);
    key.opclass = PostgresContext::collation(elem.opclass, elem.n_opclass); // a name like a collation's
    return key;
}

} // namespace

void PostgresIndexReader::createIndex(PostgresContext &c, const PostgresStatement &s, const PgQuery__IndexStmt &create)
{
    const QualifiedName name = c.referenced(create.relation);
    const int tableIndex = c.model().findTable(name.schemaId, name.name);
    if (tableIndex < 0) {
        if (c.model().findView(name.schemaId, name.name))
            return c.skipped(s, Severity::Warning, QStringLiteral("indexes on materialized views are not modelled"));
        c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                         QStringLiteral("table %1 is not created by the script: %2 skipped").arg(c.model().path(name.schemaId, name.name), s.head()),
                         s.place());
        return;
    }
    const Table &table = c.model().table(tableIndex);
    SourcePlace place = s.place();
    place.path = c.model().path(table.schemaId, table.name);
    Index index;
    index.name = N::text(create.idxname);
    index.unique = create.unique;
    index.nullsNotDistinct = create.nulls_not_distinct;
    index.method = N::text(create.access_method);
    if (index.method == u"btree")
        index.method.clear();
    const SqlLexer::Span keyList = s.lexer().group(create.relation->location);
    const QList<SqlLexer::Span> elements = keyList.first < 0 ? QList<SqlLexer::Span>() : s.lexer().splitList(keyList.first, keyList.second);
    for (size_t i = 0; i < create.n_index_params; ++i) {
        if (create.index_params[i]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM)
            continue;
        bool ok = false;
        index.keys << readKey(c, s, table, *create.index_params[i]->index_elem, elements.value(qsizetype(i), {0, 0}), &ok);
        if (!ok) {
            c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                             QStringLiteral("index %1 has a key that is not a column of %2: skipped").arg(index.name, place.path).simplified(), place);
            return;
        }
    }
    for (size_t i = 0; i < create.n_index_including_params; ++i) {
        const PgQuery__Node *n = create.index_including_params[i];
        if (n->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM)
            index.includeColumnIds << N::text(n->index_elem->name);
    }
    index.includeColumnIds = c.model().columnIds(table, index.includeColumnIds, QStringLiteral("index %1").arg(index.name), place);
    if (create.where_clause) {
        const int where = s.lexer().findWord(keyList.second < 0 ? s.begin : keyList.second + 1, s.end, "WHERE");
        index.where = where < 0 ? QString() : c.trimmed(s, where + 5, s.end);
    }
    if (create.n_options > 0 || *create.table_space)
        c.unsupported(place, QStringLiteral("the storage parameters or tablespace of index %1 are not modelled").arg(index.name).simplified());
    c.model().addIndex(tableIndex, std::move(index), place);
}

} // namespace strata::modeler

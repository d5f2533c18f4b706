#include "PostgresTableReader.h"

#include "PostgresConstraintReader.h"
#include "PostgresNodes.h"
#include "PostgresSequenceReader.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

// Where a table element starts: the next element's start ends the one before it.
int elementStart(const PgQuery__Node *element)
{
    switch (element->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_DEF: return element->column_def->location;
    case PG_QUERY__NODE__NODE_CONSTRAINT: return element->constraint->location;
    case PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE:
        return element->table_like_clause->relation ? element->table_like_clause->relation->location : -1;
    default: return -1;
    }
}

// The end of the parenthesised group that starts at or after `from`; -1 when there is none.
int groupEnd(const PostgresStatement &s, int from)
{
    const SqlLexer::Span inside = s.lexer().group(from);
    return inside.first < 0 ? -1 : inside.second + 1;
}

// PARTITION BY RANGE (a, (b || 'x')): the text after the keywords.
QString partitionKey(const PostgresContext &c, const PostgresStatement &s, const PgQuery__PartitionSpec &spec)
{
    SqlLexer lexer(s.script->text(), spec.location, s.end, Dialect::Postgres);
    SqlLexer::Token t = lexer.next();
    while (t.kind != SqlLexer::Kind::End && (lexer.is(t, "PARTITION") || lexer.is(t, "BY")))
        t = lexer.next();
    const int end = groupEnd(s, t.begin);
    return end < 0 ? QString() : c.trimmed(s, t.begin, end);
}

// INHERITS: the model has no inheritance, but the child has its parents' columns, before its own.
void inheritColumns(PostgresContext &c, const PostgresStatement &s, Table &t, const PgQuery__CreateStmt &create)
{
    QStringList parents;
    for (size_t i = 0; i < create.n_inh_relations; ++i) {
        if (create.inh_relations[i]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
            continue;
        const QualifiedName parent = c.referenced(create.inh_relations[i]->range_var);
        parents << c.model().path(parent.schemaId, parent.name);
        const int index = c.model().findTable(parent.schemaId, parent.name);
        for (const Column &column : index < 0 ? QList<Column>() : c.model().table(index).columns) {
            if (!t.columnByName(column.name))
                t.columns << column;
        }
    }
    c.unsupported(s.place(), QStringLiteral("INHERITS: table inheritance is not modelled: %1 gets the columns of %2").arg(t.name, parents.join(QStringLiteral(", "))),
                  QStringLiteral("the parents' checks and keys are not copied"));
}

void readTableOptions(PostgresContext &c, const PostgresStatement &s, Table &t, const PgQuery__CreateStmt &create)
{
    const char persistence = create.relation->relpersistence ? create.relation->relpersistence[0] : 'p';
    t.unlogged = persistence == 'u';
    if (persistence == 't')
        c.unsupported(s.place(), QStringLiteral("TEMPORARY: %1 is modelled as a permanent table").arg(t.name));
    if (create.of_typename)
        c.unsupported(s.place(), QStringLiteral("OF type: %1 is modelled with the columns it lists").arg(t.name));
    if (create.n_options > 0)
        c.unsupported(s.place(), QStringLiteral("storage parameters (WITH ...) of %1 are not modelled").arg(t.name));
    const QString method = N::text(create.access_method);
    if (!method.isEmpty() && method != u"heap")
        c.unsupported(s.place(), QStringLiteral("the table access method %1 of %2 is not modelled").arg(method, t.name));
    if (create.partspec)
        t.partitionKey = partitionKey(c, s, *create.partspec);
    if (create.partbound && create.n_inh_relations == 1 && create.inh_relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
        const QualifiedName parent = c.referenced(create.inh_relations[0]->range_var);
        const int index = c.model().findTable(parent.schemaId, parent.name);
        if (index < 0) {
            c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                             QStringLiteral("%1 is a partition of %2, which the script does not create: modelled as a table of its own")
                                 .arg(t.name, c.model().path(parent.schemaId, parent.name)),
                             s.place());
            return;
        }
        t.partitionOfTableId = c.model().table(index).id;
        t.partitionBound = PostgresTableReader::partitionBound(c, s, *create.partbound);
    } else if (create.n_inh_relations > 0) {
        inheritColumns(c, s, t, create);
    }
}

// The column's own constraints, with DEFERRABLE and INITIALLY DEFERRED (separate nodes in the
// parse tree) applied to the key they follow.
QList<PgQuery__Constraint> keyConstraints(const PgQuery__ColumnDef &def)
{
    QList<PgQuery__Constraint> out;
    for (size_t i = 0; i < def.n_constraints; ++i) {
        if (def.constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
            continue;
        const PgQuery__Constraint &con = *def.constraints[i]->constraint;
        switch (con.contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
        case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
        case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN: out << con; break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
            if (!out.isEmpty())
                out.last().deferrable = true;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
            if (!out.isEmpty())
                out.last().deferrable = out.last().initdeferred = false;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
            if (!out.isEmpty())
                out.last().deferrable = out.last().initdeferred = true;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
            if (!out.isEmpty())
                out.last().initdeferred = false;
            break;
        default: break;
        }
    }
    return out;
}

// Where the column constraint at `i` ends: where the next clause of the column starts.
int clauseEnd(const PgQuery__ColumnDef &def, size_t i, int limit)
{
    const int start = def.constraints[i]->constraint->location;
    int end = limit;
    if (i + 1 < def.n_constraints && def.constraints[i + 1]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
        end = std::min(end, def.constraints[i + 1]->constraint->location);
    if (def.coll_clause && def.coll_clause->location > start)
        end = std::min(end, def.coll_clause->location);
    return end;
}

void readColumnClauses(PostgresContext &c, const PostgresStatement &s, const Table &table, Column &col,
                       const PgQuery__ColumnDef &def, int limit)
{
    for (size_t i = 0; i < def.n_constraints; ++i) {
        if (def.constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
            continue;
        const PgQuery__Constraint &con = *def.constraints[i]->constraint;
        switch (con.contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: col.nullable = true; break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: col.nullable = false; break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
            col.defaultExpr = c.expressionAfter(s, con.location, clauseEnd(def, i, limit), "DEFAULT");
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
            PostgresSequenceReader::readIdentity(c, s, table, col, con.generated_when, con.options, con.n_options);
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED: col.generatedExpr = c.groupText(s, con.location); break;
        default: break;
        }
    }
}

} // namespace

QString PostgresTableReader::partitionBound(const PostgresContext &c, const PostgresStatement &s,
                                            const PgQuery__PartitionBoundSpec &bound)
{
    if (bound.is_default)
        return QStringLiteral("DEFAULT");
    // The location is that of FROM, IN or WITH; FROM (...) TO (...) has two groups.
    SqlLexer lexer(s.script->text(), bound.location, s.end, Dialect::Postgres);
    const bool range = lexer.is(lexer.next(), "FROM");
    int end = groupEnd(s, bound.location);
    if (range && end > 0)
        end = groupEnd(s, end);
    return end < 0 ? QString() : QStringLiteral("FOR VALUES ") + c.trimmed(s, bound.location, end);
}

void PostgresTableReader::addColumn(PostgresContext &c, const PostgresStatement &s, int tableIndex,
                                    const PgQuery__ColumnDef &def, int limit)
{
    Table &table = c.model().table(tableIndex);
    const QString name = N::text(def.colname);
    SourcePlace place = s.placeAt(def.location);
    place.path = c.model().path(table.schemaId, table.name) + u'.' + name;
    if (!def.type_name) { // "col WITH OPTIONS ..." of a partition or typed table
        c.unsupported(place, QStringLiteral("column options of a partition are not modelled"));
        return;
    }
    if (table.columnByName(name)) {
        c.model().report(Severity::Warning, QStringLiteral("import.duplicate"),
                         QStringLiteral("column %1 is defined twice: the second is skipped").arg(name), place);
        return;
    }
    Column col;
    col.id = col.name = name;
    col.type = c.type(def.type_name, &col.serial);
    col.collation = PostgresContext::collation(def.coll_clause);
    col.nullable = !def.is_not_null;
    readColumnClauses(c, s, table, col, def, limit);
    if (col.serial && col.identity != Identity::None) {
        c.unsupported(place, QStringLiteral("a serial column cannot also be an identity: modelled as serial"));
        col.identity = Identity::None;
    }
    table.columns << col;
    for (const PgQuery__Constraint &con : keyConstraints(def))
        PostgresConstraintReader::add(c, s, tableIndex, con, {name});
}

void PostgresTableReader::createTable(PostgresContext &c, const PostgresStatement &s, const PgQuery__CreateStmt &create)
{
    const QualifiedName name = c.created(create.relation, s.place());
    if (create.if_not_exists && c.model().findTable(name.schemaId, name.name) >= 0) {
        c.skipped(s, Severity::Info, QStringLiteral("the table exists (IF NOT EXISTS)"));
        return;
    }
    Table t;
    t.schemaId = name.schemaId;
    t.name = name.name;
    readTableOptions(c, s, t, create);
    const int index = c.model().addTable(std::move(t), s.place());
    if (index < 0)
        return;
    for (size_t i = 0; i < create.n_table_elts; ++i) {
        const PgQuery__Node *element = create.table_elts[i];
        int limit = s.end;
        for (size_t j = i + 1; j < create.n_table_elts && limit == s.end; ++j) {
            if (const int next = elementStart(create.table_elts[j]); next > 0)
                limit = next;
        }
        if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
            addColumn(c, s, index, *element->column_def, limit);
        else if (element->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
            PostgresConstraintReader::add(c, s, index, *element->constraint, {});
        else
            c.unsupported(s.place(), QStringLiteral("LIKE: the columns %1 would copy from another table are not imported")
                                         .arg(c.model().table(index).name),
                          QStringLiteral("list the columns in the script"));
    }
}

} // namespace strata::modeler

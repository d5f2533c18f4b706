#include "PostgresContext.h"

#include "PostgresNodes.h"

#include "modeler/SqlQuoting.h"
#include "modeler/TypeMapping.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

using N = PostgresNodes;

namespace {

QString modifierText(const PgQuery__Node *m)
{
    if (m->node_case == PG_QUERY__NODE__NODE_COLUMN_REF)
        return N::strings(m->column_ref->fields, m->column_ref->n_fields).join(u'.');
    if (m->node_case == PG_QUERY__NODE__NODE_A_CONST && m->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
        return quoteLiteral(N::text(m->a_const->sval->sval));
    return QStringLiteral("?");
}

} // namespace

void PostgresContext::setSearchPath(const QString &value)
{
    // "shop, public", "\"$user\", public", "''": the first real schema is where new objects go.
    for (QString part : value.split(u',')) {
        part = part.trimmed();
        if (part.startsWith(u'"') && part.endsWith(u'"') && part.size() >= 2)
            part = part.mid(1, part.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        else
            part = part.toLower();
        if (part.isEmpty() || part == u"''" || part == u"$user" || part == u"pg_catalog")
            continue;
        m_searchSchema = part;
        return;
    }
    m_searchSchema = QStringLiteral("public");
}

namespace {

QString schemaPart(const QStringList &parts, const QString &searchSchema)
{
    // A database name in front ("db.schema.name") is PostgreSQL's own business.
    return parts.size() >= 2 ? parts[parts.size() - 2] : searchSchema;
}

QString schemaOf(const PgQuery__RangeVar *relation, const QString &searchSchema)
{
    const QString schema = N::text(relation->schemaname);
    return schema.isEmpty() ? searchSchema : schema;
}

} // namespace

QualifiedName PostgresContext::created(const QStringList &parts, const SourcePlace &place)
{
    if (parts.isEmpty())
        return {};
    return {m_model.schemaId(schemaPart(parts, m_searchSchema), place), parts.last()};
}

QualifiedName PostgresContext::created(const PgQuery__RangeVar *relation, const SourcePlace &place)
{
    if (!relation)
        return {};
    return {m_model.schemaId(schemaOf(relation, m_searchSchema), place), N::text(relation->relname)};
}

QualifiedName PostgresContext::referenced(const QStringList &parts) const
{
    if (parts.isEmpty())
        return {};
    return {m_model.existingSchemaId(schemaPart(parts, m_searchSchema)), parts.last()};
}

QualifiedName PostgresContext::referenced(const PgQuery__RangeVar *relation) const
{
    if (!relation)
        return {};
    return {m_model.existingSchemaId(schemaOf(relation, m_searchSchema)), N::text(relation->relname)};
}

DataType PostgresContext::type(const PgQuery__TypeName *typeName, bool *serial) const
{
    if (serial)
        *serial = false;
    if (!typeName)
        return DataType(DataType::Kind::Text);
    const QStringList parts = N::strings(typeName->names, typeName->n_names);
    const int arrayDims = int(typeName->n_array_bounds);
    if (parts.size() <= 2 && !parts.isEmpty() && parts.first() != u"pg_catalog") {
        const QualifiedName name = referenced(parts);
        const QString id = m_model.typeId(name.schemaId, name.name);
        if (!id.isEmpty())
            return TypeMapping::fromPostgres(parts, {}, arrayDims, id);
    }
    QList<int> typmods;
    QStringList modifiers; // as written, for a type whose modifiers are not all numbers
    bool numeric = true;
    for (size_t i = 0; i < typeName->n_typmods; ++i) {
        const PgQuery__Node *m = typeName->typmods[i];
        if (const auto n = N::number(m)) {
            typmods << int(*n);
            modifiers << QString::number(*n);
        } else {
            numeric = false;
            modifiers << modifierText(m);
        }
    }
    if (!numeric) { // geometry(Point,4326)
        QStringList quoted;
        for (const QString &p : parts)
            quoted << quoteIdentifier(p, Dialect::Postgres);
        DataType t = DataType::named(quoted.join(u'.') + u'(' + modifiers.join(u',') + u')');
        t.arrayDims = arrayDims;
        return t;
    }
    if (serial && parts.size() == 1 && TypeMapping::isSerialName(parts.first()))
        *serial = true;
    return TypeMapping::fromPostgres(parts, typmods, arrayDims);
}

QString PostgresContext::collation(PgQuery__Node *const *names, size_t count)
{
    QStringList parts = N::strings(names, count);
    if (parts.size() > 1 && parts.first() == u"pg_catalog")
        parts.removeFirst();
    // A collation of another schema is named without it: the DDL writer quotes the name as one.
    return parts.isEmpty() ? QString() : parts.last();
}

QString PostgresContext::collation(const PgQuery__CollateClause *clause)
{
    return clause ? collation(clause->collname, clause->n_collname) : QString();
}

void PostgresContext::skipped(const PostgresStatement &statement, Severity severity, const QString &why)
{
    m_model.report(severity, QStringLiteral("import.skipped"), QStringLiteral("%1: %2").arg(why, statement.head()),
                   statement.place());
}

void PostgresContext::unsupported(const SourcePlace &place, const QString &what, const QString &hint)
{
    m_model.report(Severity::Warning, QStringLiteral("import.unsupported"), what, place, hint);
}

QString PostgresContext::trimmed(const PostgresStatement &statement, int begin, int end) const
{
    const SqlLexer lexer = statement.lexer();
    const int last = lexer.trimEnd(begin, end);
    const int first = std::min(lexer.skipBlank(begin), last);
    return m_script.slice(first, last);
}

QString PostgresContext::expressionAfter(const PostgresStatement &statement, int from, int limit, const char *keyword) const
{
    SqlLexer lexer(m_script.text(), from, statement.end, Dialect::Postgres);
    // Step over "CONSTRAINT name" and the keyword itself.
    for (SqlLexer::Token t = lexer.next(); t.kind != SqlLexer::Kind::End; t = lexer.next()) {
        if (lexer.is(t, "CONSTRAINT")) {
            lexer.next();
            continue;
        }
        if (lexer.is(t, keyword))
            break;
    }
    const int start = lexer.position();
    const int end = lexer.expressionEnd(start, std::min(limit, statement.end));
    return trimmed(statement, start, end);
}

QString PostgresContext::groupText(const PostgresStatement &statement, int from) const
{
    const SqlLexer::Span inside = statement.lexer().group(from);
    return inside.first < 0 ? QString() : trimmed(statement, inside.first, inside.second);
}

} // namespace strata::modeler

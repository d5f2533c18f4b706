#include "PostgresTypeReader.h"

#include "PostgresNodes.h"

#include <pg_query.pb-c.h>

namespace strata::modeler {

namespace {

using N = PostgresNodes;

void unresolvedType(PostgresContext &c, const PostgresStatement &s, const QualifiedName &name, const QString &what)
{
    c.model().report(Severity::Warning, QStringLiteral("import.unresolved"),
                     QStringLiteral("%1 %2 is not created by the script: %3 skipped").arg(what, c.model().path(name.schemaId, name.name), s.head()),
                     s.place());
}

void addCheck(PostgresContext &c, const PostgresStatement &s, Domain &domain, const PgQuery__Constraint &con)
{
    CheckConstraint check;
    check.name = N::text(con.conname);
    check.expression = c.groupText(s, con.location);
    QStringList taken;
    for (const CheckConstraint &existing : domain.checks)
        taken << existing.id;
    check.id = ModelBuilder::childId(check.name, QStringLiteral("check"), taken);
    if (con.skip_validation)
        c.unsupported(s.placeAt(con.location), QStringLiteral("NOT VALID: the check of domain %1 is modelled as valid").arg(domain.name));
    domain.checks << check;
}

// One clause of CREATE DOMAIN or ALTER DOMAIN ADD; `end` is where it ends at the latest.
void readClause(PostgresContext &c, const PostgresStatement &s, Domain &domain, const PgQuery__Constraint &con, int end)
{
    switch (con.contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: domain.notNull = true; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: domain.notNull = false; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: domain.defaultExpr = c.expressionAfter(s, con.location, end, "DEFAULT"); break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: addCheck(c, s, domain, con); break;
    default: c.unsupported(s.placeAt(con.location), QStringLiteral("a clause of domain %1 is not modelled").arg(domain.name)); break;
    }
}

} // namespace

void PostgresTypeReader::createEnum(PostgresContext &c, const PostgresStatement &s, const PgQuery__CreateEnumStmt &create)
{
    const QualifiedName name = c.created(N::strings(create.type_name, create.n_type_name), s.place());
    EnumType e;
    e.schemaId = name.schemaId;
    e.name = name.name;
    e.values = N::strings(create.vals, create.n_vals);
    c.model().addEnum(std::move(e), s.place());
}

void PostgresTypeReader::alterEnum(PostgresContext &c, const PostgresStatement &s, const PgQuery__AlterEnumStmt &alter)
{
    const QualifiedName name = c.referenced(N::strings(alter.type_name, alter.n_type_name));
    EnumType *e = c.model().findEnum(name.schemaId, name.name);
    if (!e)
        return unresolvedType(c, s, name, QStringLiteral("enum"));
    const QString value = N::text(alter.new_val);
    const QString old = N::text(alter.old_val);
    if (!old.isEmpty()) { // RENAME VALUE
        const qsizetype at = e->values.indexOf(old);
        if (at >= 0)
            e->values[at] = value;
        return;
    }
    if (e->values.contains(value))
        return;
    const qsizetype neighbor = e->values.indexOf(N::text(alter.new_val_neighbor));
    if (neighbor < 0)
        e->values << value;
    else
        e->values.insert(neighbor + (alter.new_val_is_after ? 1 : 0), value);
}

void PostgresTypeReader::createDomain(PostgresContext &c, const PostgresStatement &s, const PgQuery__CreateDomainStmt &create)
{
    const QualifiedName name = c.created(N::strings(create.domainname, create.n_domainname), s.place());
    Domain d;
    d.schemaId = name.schemaId;
    d.name = name.name;
    d.baseType = c.type(create.type_name, nullptr);
    d.collation = PostgresContext::collation(create.coll_clause);
    for (size_t i = 0; i < create.n_constraints; ++i) {
        if (create.constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
            continue;
        int end = s.end;
        if (i + 1 < create.n_constraints && create.constraints[i + 1]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
            end = create.constraints[i + 1]->constraint->location;
        if (create.coll_clause && create.coll_clause->location > create.constraints[i]->constraint->location)
            end = std::min(end, create.coll_clause->location);
        readClause(c, s, d, *create.constraints[i]->constraint, end);
    }
    c.model().addDomain(std::move(d), s.place());
}

void PostgresTypeReader::alterDomain(PostgresContext &c, const PostgresStatement &s, const PgQuery__AlterDomainStmt &alter)
{
    const QualifiedName name = c.referenced(N::strings(alter.type_name, alter.n_type_name));
    Domain *d = c.model().findDomain(name.schemaId, name.name);
    if (!d)
        return unresolvedType(c, s, name, QStringLiteral("domain"));
    const char subtype = alter.subtype && *alter.subtype ? alter.subtype[0] : ' ';
    switch (subtype) {
    case 'C': // ADD CONSTRAINT
        if (alter.def && alter.def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
            readClause(c, s, *d, *alter.def->constraint, s.end);
        return;
    case 'O': d->notNull = true; return;  // SET NOT NULL
    case 'N': d->notNull = false; return; // DROP NOT NULL
    case 'T': {                           // SET DEFAULT / DROP DEFAULT
        const int at = s.lexer().findWord(s.begin, s.end, "DEFAULT");
        d->defaultExpr = alter.def && at >= 0 ? c.expressionAfter(s, at, s.end, "DEFAULT") : QString();
        return;
    }
    default: return c.skipped(s, Severity::Warning, QStringLiteral("this ALTER DOMAIN is not modelled"));
    }
}

} // namespace strata::modeler

#include "PostgresTypeMigration.h"

#include "modeler/SqlQuoting.h"

#include <algorithm>

namespace strata::modeler {

using Risk = MigrationStep::Risk;

void PostgresTypeMigration::add(const QString &sql, Risk risk, const QString &object, const QString &warning)
{
    if (!sql.isEmpty())
        m_steps << MigrationStep::of(sql, risk, object, warning);
}

void PostgresTypeMigration::unsupported(const QString &path, const QString &what, const QString &hint)
{
    Diagnostic d;
    d.code = QStringLiteral("migration.unsupported");
    d.message = QStringLiteral("PostgreSQL cannot %1: not migrated").arg(what);
    d.place.path = path;
    d.hint = hint;
    m_diagnostics->append(d);
}

void PostgresTypeMigration::createdAndChanged()
{
    for (const Change<EnumType> &e : m_diff.enums) {
        if (e.isCreated())
            add(m_new->createEnum(*e.to));
        else if (e.isMatched())
            enumValues(*e.from, *e.to);
    }
    for (const Change<Domain> &d : m_diff.domains) {
        if (d.isCreated())
            add(m_new->createDomain(*d.to));
        else if (d.isMatched() && !m_diff.sameDomain(*d.from, *d.to))
            domainChanges(*d.from, *d.to);
    }
}

bool PostgresTypeMigration::onlyAddsValues(const EnumType &from, const EnumType &to)
{
    QStringList kept;
    for (const QString &v : to.values) {
        if (from.values.contains(v))
            kept << v;
    }
    return kept == from.values;
}

QString PostgresTypeMigration::replacedEnumName(const EnumType &to) const
{
    return m_new->qualifiedName(to.schemaId, to.name + QStringLiteral("_strata_old"));
}

void PostgresTypeMigration::enumValues(const EnumType &from, const EnumType &to)
{
    const QString name = m_new->qualifiedName(to.schemaId, to.name);
    // PostgreSQL only adds values. Removed or reordered ones need a new type: the old one steps
    // aside, the new one is made, the columns are altered to it (PostgresMigration::columnChanges)
    // and the old one is dropped at the end.
    if (!onlyAddsValues(from, to)) {
        add(QStringLiteral("ALTER TYPE %1 RENAME TO %2;").arg(name, m_new->name(to.name + QStringLiteral("_strata_old"))));
        add(m_new->createEnum(to));
        return;
    }
    for (int i = 0; i < to.values.size(); ++i) {
        if (from.values.contains(to.values[i]))
            continue;
        QString sql = QStringLiteral("ALTER TYPE %1 ADD VALUE %2").arg(name, quoteLiteral(to.values[i]));
        if (i + 1 < to.values.size())
            sql += QStringLiteral(" BEFORE ") + quoteLiteral(to.values[i + 1]);
        MigrationStep s;
        s.sql = sql + u';';
        s.place = MigrationStep::Place::BeforeTransaction;
        s.note = QStringLiteral("runs before the transaction: a value added inside one cannot be used until it commits");
        m_steps << s;
    }
}

void PostgresTypeMigration::domainChanges(const Domain &from, const Domain &to)
{
    const QString name = m_new->qualifiedName(to.schemaId, to.name);
    if (!m_diff.sameType(from.baseType, to.baseType) || from.collation != to.collation) {
        unsupported(m_diff.to().qualifiedName(to.schemaId, to.name), QStringLiteral("change a domain's base type or collation"),
                    QStringLiteral("create a new domain and ALTER the columns to it"));
    }
    if (from.defaultExpr != to.defaultExpr)
        add(to.defaultExpr.isEmpty() ? QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT;").arg(name)
                                     : QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2;").arg(name, to.defaultExpr));
    if (from.notNull != to.notNull)
        add(QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL;").arg(name, to.notNull ? QStringLiteral("SET") : QStringLiteral("DROP")),
            to.notNull ? Risk::Lock : Risk::None, m_diff.to().qualifiedName(to.schemaId, to.name), QStringLiteral("checks every column of the domain"));
    for (const CheckConstraint &c : from.checks) {
        if (!std::any_of(to.checks.begin(), to.checks.end(), [&](const CheckConstraint &n) { return n.name == c.name && m_diff.sameCheck(c, n); }))
            add(QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2;").arg(name, m_new->name(c.name)));
    }
    for (const CheckConstraint &c : to.checks) {
        if (!std::any_of(from.checks.begin(), from.checks.end(), [&](const CheckConstraint &o) { return o.name == c.name && m_diff.sameCheck(o, c); }))
            add(QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 CHECK (%3);").arg(name, m_new->name(c.name), c.expression), Risk::Lock,
                m_diff.to().qualifiedName(to.schemaId, to.name), QStringLiteral("checks every value of the domain's columns"));
    }
}

void PostgresTypeMigration::sequences()
{
    for (const Change<Sequence> &s : m_diff.sequences) {
        if (s.isCreated()) {
            add(m_new->createSequence(*s.to));
        } else if (s.isMatched() && s.from->options != s.to->options) {
            // The new options in full: what CREATE SEQUENCE would say, as ALTER SEQUENCE.
            const SequenceOptions &o = s.to->options;
            QStringList parts{QStringLiteral("AS ") + kindName(o.type), QStringLiteral("INCREMENT BY %1").arg(o.increment),
                              o.minValue ? QStringLiteral("MINVALUE %1").arg(*o.minValue) : QStringLiteral("NO MINVALUE"),
                              o.maxValue ? QStringLiteral("MAXVALUE %1").arg(*o.maxValue) : QStringLiteral("NO MAXVALUE"),
                              QStringLiteral("START WITH %1").arg(o.start), QStringLiteral("CACHE %1").arg(o.cache),
                              o.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE")};
            add(QStringLiteral("ALTER SEQUENCE %1 %2;").arg(m_new->qualifiedName(s.to->schemaId, s.to->name), parts.join(u' ')));
        }
    }
}

void PostgresTypeMigration::dropped()
{
    for (const Change<Domain> &d : m_diff.domains) {
        if (d.isDropped())
            add(QStringLiteral("DROP DOMAIN %1;").arg(m_old->qualifiedName(d.from->schemaId, d.from->name)));
    }
    for (const Change<EnumType> &e : m_diff.enums) {
        if (e.isDropped())
            add(QStringLiteral("DROP TYPE %1;").arg(m_old->qualifiedName(e.from->schemaId, e.from->name)));
        else if (e.isMatched() && !onlyAddsValues(*e.from, *e.to))
            add(QStringLiteral("DROP TYPE %1;").arg(replacedEnumName(*e.to)));
    }
    for (const Change<Schema> &s : m_diff.schemas) {
        if (s.isDropped() && s.from->name != u"public")
            add(QStringLiteral("DROP SCHEMA %1;").arg(m_old->name(s.from->name)));
    }
}

} // namespace strata::modeler

#include "modeler/ui/ModelValidation.h"

#include <modeler/DdlBuilder.h>
#include <modeler/SqlQuoting.h>
#include <modeler/TypeMapping.h>

#include <climits>

namespace strata::modeler::ui {

namespace {

QString dialectTitle(Dialect d)
{
    return d == Dialect::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

/// The verdict of what the DDL builders said about one object.
Verdict fromDiagnostics(const Diagnostics &diagnostics, Dialect dialect)
{
    Verdict v;
    for (const Diagnostic &d : diagnostics) {
        QString message = dialectTitle(dialect) + QStringLiteral(": ") + d.message;
        // An expression the dialect's parser refuses would be left out of the DDL: here it is wrong.
        const bool rejected = d.code == QLatin1String("ddl.rejected");
        if (rejected && message.endsWith(QLatin1String(": left out")))
            message.chop(10);
        if (d.severity == Severity::Error || rejected)
            return Verdict::error(message);
        if (d.severity == Severity::Warning && v.level == Verdict::Level::Ok)
            v = Verdict::warning(message);
    }
    return v;
}

} // namespace

Verdict ModelValidation::name(const QString &name, const QStringList &taken, const QString &what, const QList<Dialect> &dialects)
{
    if (name.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("the %1 needs a name").arg(what));
    if (name != name.trimmed())
        return Verdict::error(QStringLiteral("the name starts or ends with a space"));
    if (name.contains(QChar(0)))
        return Verdict::error(QStringLiteral("the name contains a NUL character"));
    if (taken.contains(name))
        return Verdict::error(QStringLiteral("another %1 is already called \"%2\"").arg(what, name));
    if (dialects.contains(Dialect::Postgres) && name.toUtf8().size() > 63)
        return Verdict::error(QStringLiteral("PostgreSQL names are at most 63 bytes; this one has %1").arg(name.toUtf8().size()));
    for (Dialect d : dialects) {
        if (isReservedWord(name, d))
            return Verdict::warning(QStringLiteral("\"%1\" is a reserved word in %2: every query must quote it").arg(name, dialectTitle(d)));
    }
    if (taken.contains(name, Qt::CaseInsensitive))
        return Verdict::warning(QStringLiteral("differs from another %1 only in letter case").arg(what));
    return Verdict::ok();
}

Verdict ModelValidation::type(const QString &text, const Model &model, const QList<Dialect> &dialects, DataType *parsed)
{
    if (text.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("the column needs a type"));
    auto type = DataType::parse(text.trimmed());
    if (!type)
        return Verdict::error(type.error().message);
    DataType t = *type;
    if (t.kind == DataType::Kind::Named) {
        // An enum or domain is referred to by its id; a name the user typed is looked up.
        for (const EnumType &e : model.enums) {
            if (e.name == t.name || model.qualifiedName(e.schemaId, e.name) == t.name)
                t.name = e.id;
        }
        for (const Domain &d : model.domains) {
            if (d.name == t.name || model.qualifiedName(d.schemaId, d.name) == t.name)
                t.name = d.id;
        }
    }
    if (parsed)
        *parsed = t;
    Verdict v;
    for (Dialect d : dialects) {
        const DialectType mapped = d == Dialect::Postgres ? TypeMapping::toPostgres(t, model) : TypeMapping::toSqlite(t, model);
        if (!mapped.warning.isEmpty() && v.level == Verdict::Level::Ok)
            v = Verdict::warning(dialectTitle(d) + QStringLiteral(": ") + mapped.warning);
    }
    if (v.level == Verdict::Level::Ok && t.kind == DataType::Kind::Named && !model.enumType(t.name) && !model.domain(t.name))
        v = Verdict::warning(QStringLiteral("\"%1\" is not a type Strata knows: it is written as is").arg(t.name));
    return v;
}

Verdict ModelValidation::built(const Model &model, const QList<Dialect> &dialects, const std::function<void(const DdlBuilder &)> &build)
{
    Verdict v;
    for (Dialect d : dialects) {
        Diagnostics diagnostics;
        const auto builder = DdlBuilder::create(model, d, &diagnostics);
        build(*builder);
        v = v.worse(fromDiagnostics(diagnostics, d));
    }
    return v;
}

Verdict ModelValidation::column(const Model &model, const Table &table, const Column &column, const QList<Dialect> &dialects)
{
    // What PostgreSQL refuses outright; the DDL builders would only leave it out of a script.
    const bool integer = column.type.isInteger() && !column.type.isArray();
    if (column.identity != Identity::None && !integer)
        return Verdict::error(QStringLiteral("an identity column must be smallint, integer or bigint"));
    if (column.serial && !integer)
        return Verdict::error(QStringLiteral("a serial column must be smallint, integer or bigint"));
    const int numberings = (column.identity != Identity::None) + column.serial + !column.generatedExpr.isEmpty();
    if (numberings > 1)
        return Verdict::error(QStringLiteral("a column is an identity, serial or generated, only one of them"));
    if (numberings == 1 && !column.defaultExpr.isEmpty())
        return Verdict::error(QStringLiteral("an identity, serial or generated column takes no default"));
    return built(model, dialects, [&](const DdlBuilder &b) { (void)b.columnDefinition(table, column); });
}

Verdict ModelValidation::key(const Model &model, const Table &table, const KeyConstraint &key, bool primary, const QList<Dialect> &dialects)
{
    return built(model, dialects, [&](const DdlBuilder &b) { (void)(primary ? b.primaryKeyClause(table, key) : b.uniqueClause(table, key)); });
}

Verdict ModelValidation::index(const Model &model, const Table &table, const Index &index, const QList<Dialect> &dialects)
{
    return built(model, dialects, [&](const DdlBuilder &b) { (void)b.createIndex(table, index); });
}

Verdict ModelValidation::foreignKey(const Model &model, const Table &table, const ForeignKey &key, const QList<Dialect> &dialects)
{
    return built(model, dialects, [&](const DdlBuilder &b) { (void)b.foreignKeyClause(table, key); });
}

Verdict ModelValidation::domain(const Model &model, const Domain &domain, const QList<Dialect> &dialects)
{
    Model with = model;
    with.domains.removeIf([&](const Domain &o) { return o.id == domain.id; });
    with.domains << domain;
    return built(with, dialects, [&](const DdlBuilder &b) { (void)b.createDomain(domain); });
}

Verdict ModelValidation::sequence(const Model &model, const Sequence &sequence, const QList<Dialect> &dialects)
{
    const SequenceOptions &o = sequence.options;
    const qint64 typeMin = o.type == DataType::Kind::SmallInt ? -32768 : o.type == DataType::Kind::Integer ? qint64(INT_MIN) : LLONG_MIN;
    const qint64 typeMax = o.type == DataType::Kind::SmallInt ? 32767 : o.type == DataType::Kind::Integer ? qint64(INT_MAX) : LLONG_MAX;
    // PostgreSQL's defaults: an ascending sequence runs from 1 up, a descending one from -1 down.
    const qint64 min = o.minValue.value_or(o.increment > 0 ? 1 : typeMin);
    const qint64 max = o.maxValue.value_or(o.increment > 0 ? typeMax : -1);
    const QString type = kindName(o.type);
    if (o.increment == 0)
        return Verdict::error(QStringLiteral("the increment cannot be 0"));
    if (min < typeMin || max > typeMax)
        return Verdict::error(QStringLiteral("the range is beyond what %1 holds (%2 to %3)").arg(type).arg(typeMin).arg(typeMax));
    if (min >= max)
        return Verdict::error(QStringLiteral("the minimum (%1) must be below the maximum (%2)").arg(min).arg(max));
    if (o.start < min || o.start > max)
        return Verdict::error(QStringLiteral("the start (%1) must be between the minimum and the maximum (%2 to %3)").arg(o.start).arg(min).arg(max));
    if (o.cache < 1)
        return Verdict::error(QStringLiteral("the cache must be at least 1"));
    return built(model, dialects, [&](const DdlBuilder &b) {
        (void)b.createSequence(sequence);
        (void)b.alterSequenceOwnedBy(sequence);
    });
}

Verdict ModelValidation::check(const Model &model, const Table &table, const CheckConstraint &check, const QList<Dialect> &dialects)
{
    if (check.expression.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("the check needs an expression"));
    return built(model, dialects, [&](const DdlBuilder &b) { (void)b.checkClause(table, check); });
}

QStringList ModelValidation::columnNames(const Table &table, const QString &exceptId)
{
    QStringList names;
    for (const Column &c : table.columns) {
        if (c.id != exceptId)
            names << c.name;
    }
    return names;
}

QStringList ModelValidation::constraintNames(const Table &table, const QString &exceptId)
{
    QStringList names;
    auto add = [&](const QString &id, const QString &name) {
        if (id != exceptId && !name.isEmpty())
            names << name;
    };
    if (table.primaryKey)
        add(table.primaryKey->id, table.primaryKey->name);
    for (const KeyConstraint &k : table.uniques)
        add(k.id, k.name);
    for (const CheckConstraint &c : table.checks)
        add(c.id, c.name);
    for (const ForeignKey &f : table.foreignKeys)
        add(f.id, f.name);
    for (const Index &i : table.indexes)
        add(i.id, i.name);
    return names;
}

QStringList ModelValidation::relationNames(const Model &model, const QString &schemaId, const QString &exceptId)
{
    QStringList names;
    auto add = [&](const QString &id, const QString &schema, const QString &name) {
        if (id != exceptId && schema == schemaId)
            names << name;
    };
    for (const Table &t : model.tables)
        add(t.id, t.schemaId, t.name);
    for (const View &v : model.views)
        add(v.id, v.schemaId, v.name);
    for (const EnumType &e : model.enums)
        add(e.id, e.schemaId, e.name);
    for (const Domain &d : model.domains)
        add(d.id, d.schemaId, d.name);
    return names;
}

} // namespace strata::modeler::ui

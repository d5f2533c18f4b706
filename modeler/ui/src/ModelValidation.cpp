#include "modeler/ui/ModelValidation.h"

#include <modeler/DdlBuilder.h>
#include <modeler/SqlQuoting.h>
#include <modeler/TypeMapping.h>

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

Verdict ModelValidation::column(const Model &model, const Table &table, const Column &column, const QList<Dialect> &dialects)
{
    Verdict v;
    for (Dialect d : dialects) {
        Diagnostics diagnostics;
        const auto builder = DdlBuilder::create(model, d, &diagnostics);
        (void)builder->columnDefinition(table, column);
        v = v.worse(fromDiagnostics(diagnostics, d));
    }
    return v;
}

Verdict ModelValidation::check(const Model &model, const Table &table, const CheckConstraint &check, const QList<Dialect> &dialects)
{
    if (check.expression.trimmed().isEmpty())
        return Verdict::error(QStringLiteral("the check needs an expression"));
    Verdict v;
    for (Dialect d : dialects) {
        Diagnostics diagnostics;
        const auto builder = DdlBuilder::create(model, d, &diagnostics);
        (void)builder->checkClause(table, check);
        v = v.worse(fromDiagnostics(diagnostics, d));
    }
    return v;
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

// The checks the edit dialogs and the property panel run as the user types: names (empty, too long,
// taken, reserved), types (spelling, what each target dialect loses), defaults and check expressions
// (parsed by each dialect's own parser, through the DDL builders). Each gives one verdict to show.
#pragma once

#include <modeler/Dialect.h>
#include <modeler/Model.h>

namespace strata::modeler::ui {

struct Verdict
{
    enum class Level { Ok, Warning, Error };
    Level level = Level::Ok;
    QString message; ///< empty when Ok

    static Verdict ok() { return {}; }
    static Verdict warning(QString m) { return {Level::Warning, std::move(m)}; }
    static Verdict error(QString m) { return {Level::Error, std::move(m)}; }
    bool isError() const { return level == Level::Error; }
    /// The worse of two verdicts (the first when equal).
    Verdict worse(const Verdict &other) const { return other.level > level ? other : *this; }
};

class ModelValidation
{
public:
    /// `what` names the kind for messages ("table", "column"); `taken` are the names it must differ from.
    static Verdict name(const QString &name, const QStringList &taken, const QString &what, const QList<Dialect> &dialects);
    /// The type as typed: a known spelling, an enum or domain of the model, or a type kept as written.
    static Verdict type(const QString &text, const Model &model, const QList<Dialect> &dialects, DataType *parsed = nullptr);
    /// A column as it would be created: its default (and type) in each dialect.
    static Verdict column(const Model &model, const Table &table, const Column &column, const QList<Dialect> &dialects);
    /// A CHECK expression of a table, parsed by each dialect.
    static Verdict check(const Model &model, const Table &table, const CheckConstraint &check, const QList<Dialect> &dialects);

    /// The names of the table's columns, constraints and indexes other than `exceptId`.
    static QStringList columnNames(const Table &table, const QString &exceptId = {});
    static QStringList constraintNames(const Table &table, const QString &exceptId = {});
    /// Names of tables, views, enums and domains in a schema, other than `exceptId`.
    static QStringList relationNames(const Model &model, const QString &schemaId, const QString &exceptId = {});
};

} // namespace strata::modeler::ui

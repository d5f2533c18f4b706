// The checks the edit dialogs and the property panel run as the user types: names (empty, too long,
// taken, reserved), types (spelling, what each target dialect loses), defaults and check expressions
// (parsed by each dialect's own parser, through the DDL builders). Each gives one verdict to show.
#pragma once

#include <modeler/Dialect.h>
#include <modeler/Model.h>

#include <functional>

namespace strata::modeler {
class DdlBuilder;
}

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
    /// A column as it would be created: its default, generated expression and type in each dialect,
    /// and the combinations no database accepts (an identity on a text column, with a default, ...).
    static Verdict column(const Model &model, const Table &table, const Column &column, const QList<Dialect> &dialects);
    /// A primary key or UNIQUE constraint of a table, as each dialect would create it.
    static Verdict key(const Model &model, const Table &table, const KeyConstraint &key, bool primary, const QList<Dialect> &dialects);
    /// An index of a table: its expressions and predicate parsed by each dialect, what each leaves out.
    static Verdict index(const Model &model, const Table &table, const Index &index, const QList<Dialect> &dialects);
    /// A foreign key of a table, as each dialect would create it.
    static Verdict foreignKey(const Model &model, const Table &table, const ForeignKey &key, const QList<Dialect> &dialects);
    /// A domain as each dialect would create it (its default and checks parsed), in the model as it
    /// would be with the domain.
    static Verdict domain(const Model &model, const Domain &domain, const QList<Dialect> &dialects);
    /// A sequence: its options consistent (range, start, increment, cache) and what each dialect makes of it.
    static Verdict sequence(const Model &model, const Sequence &sequence, const QList<Dialect> &dialects);
    /// A CHECK expression of a table, parsed by each dialect.
    static Verdict check(const Model &model, const Table &table, const CheckConstraint &check, const QList<Dialect> &dialects);

    /// The names of the table's columns, constraints and indexes other than `exceptId`.
    static QStringList columnNames(const Table &table, const QString &exceptId = {});
    static QStringList constraintNames(const Table &table, const QString &exceptId = {});
    /// Names of tables, views, enums and domains in a schema, other than `exceptId`.
    static QStringList relationNames(const Model &model, const QString &schemaId, const QString &exceptId = {});

private:
    /// What each dialect's builder says while `build` makes a statement or clause.
    static Verdict built(const Model &model, const QList<Dialect> &dialects, const std::function<void(const DdlBuilder &)> &build);
};

} // namespace strata::modeler::ui

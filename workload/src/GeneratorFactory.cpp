#include "GeneratorFactory.h"

#include "ArrayGenerator.h"
#include "CheckAnalysis.h"
#include "ChoiceGenerator.h"
#include "MiscGenerator.h"
#include "NumberGenerator.h"
#include "RecipeGuess.h"
#include "TextGenerator.h"
#include "TimeGenerator.h"
#include "ValueText.h"

#include <QHash>

#include <cmath>

namespace strata::workload {

using modeler::SynthRecipe;
using Kind = ValueShape::Kind;

namespace {

const QHash<QString, TextGenerator::Kind> &textKinds()
{
    using T = TextGenerator::Kind;
    static const QHash<QString, T> kinds{
        {QStringLiteral("firstName"), T::FirstName}, {QStringLiteral("lastName"), T::LastName},
        {QStringLiteral("fullName"), T::FullName},   {QStringLiteral("email"), T::Email},
        {QStringLiteral("phone"), T::Phone},         {QStringLiteral("street"), T::Street},
        {QStringLiteral("city"), T::City},           {QStringLiteral("postalCode"), T::PostalCode},
        {QStringLiteral("country"), T::Country},     {QStringLiteral("countryCode"), T::CountryCode},
        {QStringLiteral("currency"), T::Currency},   {QStringLiteral("company"), T::Company},
        {QStringLiteral("productName"), T::ProductName}, {QStringLiteral("status"), T::Status},
        {QStringLiteral("words"), T::Words},         {QStringLiteral("title"), T::Title},
        {QStringLiteral("text"), T::Text},           {QStringLiteral("url"), T::Url},
        {QStringLiteral("slug"), T::Slug},           {QStringLiteral("code"), T::Code}};
    return kinds;
}

Error cannot(const QString &generator, const ValueShape &shape)
{
    return Error(QStringLiteral("the generator \"%1\" does not make values of type %2").arg(generator, shape.typeName),
                 {}, QStringLiteral("synth.recipe"));
}

// A value of a list (a recipe's, a check's IN list, an enum) as the column's type holds it.
QVariant valueFor(const QVariant &value, const ValueShape &shape)
{
    bool ok = false;
    switch (shape.kind) {
    case Kind::Integer: {
        const qlonglong n = value.toLongLong(&ok);
        return ok ? QVariant(n) : value;
    }
    case Kind::Real: {
        const double d = value.toDouble(&ok);
        return ok ? QVariant(d) : value;
    }
    case Kind::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value;
        return QVariant(value.toString().toLower() == u"true" || value.toString() == u"1" || value.toString().toLower() == u"t");
    default:
        return value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                 : QVariant(value.toString());
    }
}

// The smallest step of a number column: bounds that are strict move by it.
double unitOf(const ValueShape &shape)
{
    if (shape.kind == Kind::Integer || shape.kind == Kind::Text)
        return 1;
    if (shape.kind == Kind::Decimal)
        return std::pow(10.0, -std::max(shape.scale < 0 ? 2 : shape.scale, 0));
    return 1e-9;
}

void typeBounds(const ValueShape &shape, double *low, double *high)
{
    if (shape.kind == Kind::Integer) {
        *low = double(shape.minInt);
        *high = double(shape.maxInt);
    } else if (shape.kind == Kind::Decimal && shape.precision > 0) {
        const int scale = std::max(shape.scale, 0);
        *high = std::pow(10.0, shape.precision - scale) - std::pow(10.0, -scale);
        *low = -*high;
    } else {
        *low = -1e15;
        *high = 1e15;
    }
}

} // namespace

std::unique_ptr<ValueGenerator> GeneratorFactory::choice(const QVariantList &values, const QList<double> &weights,
                                                         const ValueShape &shape) const
{
    QVariantList typed;
    for (const QVariant &v : values)
        typed << valueFor(v, shape);
    return std::make_unique<ChoiceGenerator>(typed, weights);
}

std::unique_ptr<ValueGenerator> GeneratorFactory::byType(const ValueShape &shape) const
{
    using M = MiscGenerator::Kind;
    switch (shape.kind) {
    case Kind::Enum: return choice(QVariantList(shape.enumValues.begin(), shape.enumValues.end()), {}, shape);
    case Kind::Uuid: return std::make_unique<MiscGenerator>(M::Uuid, -1, false);
    case Kind::Json: return std::make_unique<MiscGenerator>(M::Json, -1, false);
    case Kind::Xml: return std::make_unique<MiscGenerator>(M::Xml, -1, false);
    case Kind::Inet: return std::make_unique<MiscGenerator>(M::Ipv4, -1, false);
    case Kind::Cidr: return std::make_unique<MiscGenerator>(M::Cidr, -1, false);
    case Kind::MacAddr: return std::make_unique<MiscGenerator>(M::MacAddr, -1, false);
    case Kind::Bits: return std::make_unique<MiscGenerator>(M::Bits, shape.maxLength, shape.fixedLength);
    case Kind::Binary: return std::make_unique<MiscGenerator>(M::Binary, -1, false);
    case Kind::Interval: return std::make_unique<MiscGenerator>(M::Interval, -1, false);
    case Kind::Point: return std::make_unique<MiscGenerator>(M::Point, -1, false);
    default: return nullptr;
    }
}

Result<std::unique_ptr<ValueGenerator>> GeneratorFactory::numbers(const SynthRecipe &recipe, const ValueShape &shape,
                                                                  const ColumnRule &rule) const
{
    using D = NumberGenerator::Distribution;
    using O = NumberGenerator::Output;
    if (!shape.isNumeric() && shape.kind != Kind::Text)
        return cannot(recipe.generator, shape);
    double low = 0, high = 0;
    typeBounds(shape, &low, &high);
    const double unit = unitOf(shape);
    if (rule.low)
        low = std::max(low, *rule.low + (rule.lowStrict ? unit : 0));
    if (rule.high)
        high = std::min(high, *rule.high - (rule.highStrict ? unit : 0));
    if (low > high)
        return Error(QStringLiteral("its checks leave no number of type %1 between %2 and %3").arg(shape.typeName).arg(low).arg(high),
                     {}, QStringLiteral("synth.check"));
    NumberGenerator::Params p;
    p.min = recipe.min;
    p.max = recipe.max;
    const QString &g = recipe.generator;
    if (g == u"sequence") {
        p.distribution = D::Sequence;
        p.start = recipe.start.value_or(1);
        p.step = recipe.step.value_or(1);
    } else if (g == u"normal" || g == u"exponential") {
        p.distribution = g == u"normal" ? D::Normal : D::Exponential;
        p.mean = recipe.mean.value_or(0);
        p.stddev = recipe.stddev.value_or(1);
    } else if (g == u"price") {
        p.distribution = D::LogNormal; // most prices small, a few large
        p.mean = p.min && p.max ? std::sqrt(std::max(*p.min, 0.01) * *p.max) : 25;
        p.stddev = 1.0;
        p.min = p.min.value_or(std::max(low, 0.5));
        p.max = p.max.value_or(std::min(high, 5000.0));
    } else {
        p.distribution = g == u"zipf" ? D::Zipf : D::Uniform;
        p.skew = recipe.skew.value_or(1.0);
        p.min = p.min.value_or(rule.low ? low : (g == u"zipf" ? 1 : 0));
        p.max = p.max.value_or(rule.high ? high : *p.min + 1000);
    }
    // A range the checks exclude entirely: the checks' range instead, so that defaults always work.
    if (p.min && p.max && (*p.max < low || *p.min > high)) {
        p.min = low;
        p.max = std::min(high, low + 1000);
    }
    const O output = shape.kind == Kind::Real ? O::Real : shape.kind == Kind::Integer ? O::Integer : O::Decimal;
    const int scale = shape.kind == Kind::Decimal ? (shape.scale < 0 ? 2 : shape.scale) : 0;
    return std::unique_ptr<ValueGenerator>(std::make_unique<NumberGenerator>(p, output, scale, low, high));
}

Result<std::unique_ptr<ValueGenerator>> GeneratorFactory::times(const SynthRecipe &recipe, const ValueShape &shape,
                                                                const ColumnRule &rule) const
{
    using O = TimeGenerator::Output;
    O output;
    switch (shape.kind) {
    case Kind::Date: output = O::Date; break;
    case Kind::Time: output = O::Time; break;
    case Kind::Timestamp:
    case Kind::Text: output = recipe.generator == u"date" ? O::Date : recipe.generator == u"time" ? O::Time : O::Timestamp; break;
    case Kind::TimestampTz: output = O::TimestampTz; break;
    default: return cannot(recipe.generator, shape);
    }
    if (recipe.generator == u"time" && output != O::Time)
        return cannot(recipe.generator, shape);
    const auto parse = [&](const QString &t) -> std::optional<qint64> {
        if (t.isEmpty())
            return std::nullopt;
        return output == O::Date ? text::parseDate(t) : output == O::Time ? text::parseTimeOfDay(t) : text::parseTimestamp(t);
    };
    const SynthRecipe defaults = RecipeGuess::forColumn({}, {}, shape);
    qint64 from = parse(recipe.from).value_or(parse(defaults.from).value_or(0));
    qint64 to = parse(recipe.to).value_or(parse(defaults.to).value_or(from));
    if (const std::optional<qint64> low = parse(rule.lowText))
        from = std::max(from, *low + (rule.lowTextStrict ? 1 : 0));
    if (const std::optional<qint64> high = parse(rule.highText))
        to = std::min(to, *high - (rule.highTextStrict ? 1 : 0));
    if (from > to)
        return Error(QStringLiteral("its checks leave no time between %1 and %2").arg(recipe.from, recipe.to), {},
                     QStringLiteral("synth.check"));
    const auto seasonality = recipe.seasonality ? recipe.seasonality : (recipe.from.isEmpty() ? defaults.seasonality : std::nullopt);
    return std::unique_ptr<ValueGenerator>(std::make_unique<TimeGenerator>(output, from, to, seasonality));
}

Result<std::unique_ptr<ValueGenerator>> GeneratorFactory::build(const SynthRecipe &recipe, const ValueShape &shape,
                                                                const ColumnRule &rule) const
{
    const QString &g = recipe.generator;
    if (g == u"weighted")
        return choice(recipe.values.toVariantList(), recipe.weights, shape);
    if (g == u"boolean") {
        const double p = recipe.probability.value_or(0.5);
        return choice({true, false}, {p, 1 - p}, shape);
    }
    if (g == u"sequence" || g == u"uniform" || g == u"normal" || g == u"exponential" || g == u"zipf" || g == u"price")
        return numbers(recipe, shape, rule);
    if (g == u"date" || g == u"time" || g == u"timestamp")
        return times(recipe, shape, rule);
    if ((g == u"uuid" && (shape.kind == Kind::Uuid || shape.kind == Kind::Text)) ||
        (g == u"ipv4" && (shape.kind == Kind::Inet || shape.kind == Kind::Cidr || shape.kind == Kind::Text))) {
        ValueShape as = shape;
        as.kind = g == u"uuid" ? Kind::Uuid : shape.kind == Kind::Cidr ? Kind::Cidr : Kind::Inet;
        return byType(as);
    }
    if (textKinds().contains(g)) {
        if (g == u"status" && shape.kind == Kind::Enum)
            return byType(shape);
        if (shape.kind != Kind::Text)
            return cannot(g, shape);
        int maxLength = shape.maxLength;
        for (const std::optional<int> &limit : {recipe.maxLength, rule.maxLength})
            if (limit && (maxLength < 0 || *limit < maxLength))
                maxLength = *limit;
        const int minLength = std::max(recipe.minLength.value_or(0), rule.minLength.value_or(0));
        return std::unique_ptr<ValueGenerator>(std::make_unique<TextGenerator>(textKinds().value(g), minLength, maxLength, shape.fixedLength));
    }
    if (auto generator = byType(shape))
        return generator;
    return Error(shape.kind == Kind::Unknown
                     ? QStringLiteral("Strata cannot make values of type %1, which the model does not describe").arg(shape.typeName)
                     : QStringLiteral("no generator makes values of type %1").arg(shape.typeName),
                 {}, QStringLiteral("synth.unsupported"));
}

Result<ColumnGenerator> GeneratorFactory::create(const modeler::Table &table, const modeler::Column &column, ColumnRule rule,
                                                 bool soleKey, bool unique, Diagnostics *notes) const
{
    const ValueShape shape = ValueShape::of(column.type, m_model, m_dialect);
    if (shape.domain) {
        bool complete = true;
        rule.merge(CheckAnalysis::ofDomain(*shape.domain, shape.isNumeric(), &complete));
        if (!complete && notes)
            notes->append(Diagnostic{Severity::Warning, QStringLiteral("synth.check-unverified"),
                                     QStringLiteral("a check of the domain %1 is not verified before loading").arg(shape.domain->name),
                                     {}, QStringLiteral("give the column a recipe whose values meet it")});
    }
    if (shape.kind == Kind::Enum) {
        ColumnRule members;
        members.allowed = shape.enumValues;
        rule.merge(members);
    }
    auto user = SynthRecipe::fromJson(column.synth);
    if (!user)
        return user.error();
    SynthRecipe recipe = user.value();
    QString origin = QStringLiteral("recipe");
    const bool counted = column.identity != modeler::Identity::None || column.serial || (soleKey && shape.kind == Kind::Integer);
    if (recipe.generator.isEmpty()) {
        SynthRecipe guessed;
        if (counted)
            guessed.generator = QStringLiteral("sequence");
        else
            guessed = RecipeGuess::forColumn(table, column, shape);
        recipe.generator = guessed.generator;
        recipe.min = guessed.min;
        recipe.max = guessed.max;
        recipe.mean = guessed.mean;
        recipe.stddev = guessed.stddev;
        recipe.skew = guessed.skew;
        recipe.probability = guessed.probability;
        recipe.from = guessed.from;
        recipe.to = guessed.to;
        recipe.seasonality = guessed.seasonality;
        if (counted && column.identityOptions) {
            recipe.start = column.identityOptions->start;
            recipe.step = column.identityOptions->increment;
        }
        origin = counted ? QStringLiteral("a key counted from %1").arg(recipe.start.value_or(1))
                         : QStringLiteral("from the column's name and type");
        if (unique && !counted && shape.isNumeric() && recipe.generator != u"sequence") {
            recipe.generator = QStringLiteral("uniform"); // a range of "quantities" holds too few different values for a key
            recipe.min = 1;
            recipe.max = 1e9;
        }
    }
    ColumnGenerator out;
    QString description;
    if (rule.allowed && recipe.generator != u"weighted") { // the check lists the values: take them
        out.generator = choice(QVariantList(rule.allowed->begin(), rule.allowed->end()), {}, shape);
        description = shape.kind == Kind::Enum ? QStringLiteral("one of the enum's values")
                                               : QStringLiteral("one of the values its check allows");
    } else {
        auto built = build(recipe, shape.arrayDims > 0 ? shape.element() : shape, rule);
        if (!built)
            return built.error();
        out.generator = std::move(*built);
    }
    if (shape.arrayDims > 0)
        out.generator = std::make_unique<ArrayGenerator>(std::move(out.generator), shape.arrayDims, m_dialect == modeler::Dialect::Sqlite);
    const bool mayBeNull = column.nullable && !rule.notNull && !(shape.domain && shape.domain->notNull);
    out.nullRate = mayBeNull ? recipe.nullRate.value_or(0.1) : 0;
    out.rule = rule;
    out.numeric = shape.isNumeric() && shape.arrayDims == 0;
    out.distinct = recipe.distinct.value_or(0);
    out.description = !description.isEmpty() ? description
                      : recipe.generator == u"misc" ? QStringLiteral("%1 values").arg(shape.typeName)
                                                    : QStringLiteral("%1 (%2)").arg(recipe.generator, origin);
    return out;
}

} // namespace strata::workload

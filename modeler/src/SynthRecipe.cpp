// Reads and writes column recipes. Each generator names the keys it takes, so that a key given to the
// wrong generator (a "skew" on "uniform") is an error rather than silently ignored.
#include "SynthRecipeJson.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <cmath>

namespace strata::modeler {

namespace {

const QStringList commonKeys{QStringLiteral("generator"), QStringLiteral("nullRate"), QStringLiteral("distinct")};
const QStringList textKeys{QStringLiteral("minLength"), QStringLiteral("maxLength")};
const QStringList timeKeys{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("seasonality")};

// Every generator and the keys it takes besides the common ones, in documentation order.
const QList<std::pair<QString, QStringList>> &generatorKeys()
{
    static const QList<std::pair<QString, QStringList>> keys{
        {QStringLiteral("sequence"), {QStringLiteral("start"), QStringLiteral("step")}},
        {QStringLiteral("uniform"), {QStringLiteral("min"), QStringLiteral("max")}},
        {QStringLiteral("normal"), {QStringLiteral("mean"), QStringLiteral("stddev"), QStringLiteral("min"), QStringLiteral("max")}},
        {QStringLiteral("exponential"), {QStringLiteral("mean"), QStringLiteral("min"), QStringLiteral("max")}},
        {QStringLiteral("zipf"), {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("skew")}},
        {QStringLiteral("weighted"), {QStringLiteral("values"), QStringLiteral("weights")}},
        {QStringLiteral("boolean"), {QStringLiteral("probability")}},
        {QStringLiteral("date"), timeKeys},
        {QStringLiteral("time"), {QStringLiteral("from"), QStringLiteral("to")}},
        {QStringLiteral("timestamp"), timeKeys},
        {QStringLiteral("price"), {QStringLiteral("min"), QStringLiteral("max")}},
        {QStringLiteral("firstName"), textKeys},
        {QStringLiteral("lastName"), textKeys},
        {QStringLiteral("fullName"), textKeys},
        {QStringLiteral("email"), textKeys},
        {QStringLiteral("phone"), textKeys},
        {QStringLiteral("street"), textKeys},
        {QStringLiteral("city"), textKeys},
        {QStringLiteral("postalCode"), textKeys},
        {QStringLiteral("country"), textKeys},
        {QStringLiteral("countryCode"), {}},
        {QStringLiteral("currency"), {}},
        {QStringLiteral("company"), textKeys},
        {QStringLiteral("productName"), textKeys},
        {QStringLiteral("status"), {}},
        {QStringLiteral("words"), textKeys},
        {QStringLiteral("title"), textKeys},
        {QStringLiteral("text"), textKeys},
        {QStringLiteral("url"), textKeys},
        {QStringLiteral("slug"), textKeys},
        {QStringLiteral("code"), textKeys},
        {QStringLiteral("uuid"), {}},
        {QStringLiteral("ipv4"), {}},
    };
    return keys;
}

struct Failure
{
    RecipeError error;
};

[[noreturn]] void fail(const QString &key, const QString &message, const JsonPath &inside = {})
{
    JsonPath path{key};
    path += inside;
    throw Failure{{path, message}};
}

std::optional<double> number(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(key, QStringLiteral("expected a number"));
    return v.toDouble();
}

std::optional<qint64> integer(const QJsonObject &o, const QString &key)
{
    const std::optional<double> d = number(o, key);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d) || std::fabs(*d) > 9.0e15)
        fail(key, QStringLiteral("expected an integer"));
    return qint64(*d);
}

void checkRange(const QString &key, std::optional<double> value, double low, double high, const QString &what)
{
    if (value && (*value < low || *value > high))
        fail(key, QStringLiteral("expected %1").arg(what));
}

// ISO 8601 text of the generator's kind: "2024-01-31", "08:30:00", "2024-01-31T08:30:00".
bool parsesAsTime(const QString &generator, const QString &text)
{
    if (generator == u"date")
        return QDate::fromString(text, Qt::ISODate).isValid();
    if (generator == u"time")
        return QTime::fromString(text, Qt::ISODate).isValid();
    QString t = text;
    if (t.size() > 10 && t[10] == u' ')
        t[10] = u'T';
    return QDateTime::fromString(t, Qt::ISODate).isValid() || QDate::fromString(t, Qt::ISODate).isValid();
}

QString timeText(const QJsonObject &o, const QString &key, const QString &generator)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString() || !parsesAsTime(generator, v.toString()))
        fail(key, generator == u"date"   ? QStringLiteral("expected a date as YYYY-MM-DD")
                  : generator == u"time" ? QStringLiteral("expected a time as HH:MM or HH:MM:SS")
                                         : QStringLiteral("expected a timestamp as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"));
    return v.toString();
}

Seasonality seasonality(const QJsonObject &recipe)
{
    const QString key = QStringLiteral("seasonality");
    const QJsonValue v = recipe.value(key);
    if (!v.isObject())
        fail(key, QStringLiteral("expected an object with \"period\" and optionally \"amplitude\" and \"peak\""));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"period" && it.key() != u"amplitude" && it.key() != u"peak")
            fail(key, QStringLiteral("unknown key \"%1\" (expected one of: period, amplitude, peak)").arg(it.key()), {it.key()});
    }
    Seasonality s;
    const QString period = o.value(QLatin1String("period")).toString();
    if (period == u"day")
        s.period = Seasonality::Period::Day;
    else if (period == u"week")
        s.period = Seasonality::Period::Week;
    else if (period == u"year")
        s.period = Seasonality::Period::Year;
    else
        fail(key, QStringLiteral("expected \"day\", \"week\" or \"year\""), {QStringLiteral("period")});
    try {
        const std::optional<double> amplitude = number(o, QStringLiteral("amplitude"));
        checkRange(QStringLiteral("amplitude"), amplitude, 0, 0.95, QStringLiteral("a number from 0 to 0.95"));
        const std::optional<double> peak = number(o, QStringLiteral("peak"));
        if (peak && (*peak < 0 || *peak >= 1))
            fail(QStringLiteral("peak"), QStringLiteral("expected a number from 0 up to (not including) 1"));
        s.amplitude = amplitude.value_or(s.amplitude);
        s.peak = peak.value_or(0);
    } catch (Failure &inner) {
        inner.error.path.prepend(key);
        throw;
    }
    return s;
}

void readWeighted(const QJsonObject &o, SynthRecipe &r)
{
    const QJsonValue values = o.value(QLatin1String("values"));
    if (!values.isArray() || values.toArray().isEmpty())
        fail(QStringLiteral("values"), QStringLiteral("expected a non-empty array of values"));
    r.values = values.toArray();
    for (int i = 0; i < r.values.size(); ++i) {
        if (!r.values[i].isString() && !r.values[i].isDouble() && !r.values[i].isBool())
            fail(QStringLiteral("values"), QStringLiteral("expected a string, a number or true/false"), {i});
    }
    const QJsonValue weights = o.value(QLatin1String("weights"));
    if (weights.isUndefined())
        return;
    if (!weights.isArray() || weights.toArray().size() != r.values.size())
        fail(QStringLiteral("weights"), QStringLiteral("expected an array of %1 numbers, one per value").arg(r.values.size()));
    double sum = 0;
    const QJsonArray a = weights.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a[i].isDouble() || a[i].toDouble() < 0 || !std::isfinite(a[i].toDouble()))
            fail(QStringLiteral("weights"), QStringLiteral("expected a number of at least 0"), {i});
        r.weights << a[i].toDouble();
        sum += a[i].toDouble();
    }
    if (sum <= 0)
        fail(QStringLiteral("weights"), QStringLiteral("at least one weight must be above 0"));
}

void readNumbers(const QJsonObject &o, SynthRecipe &r)
{
    r.min = number(o, QStringLiteral("min"));
    r.max = number(o, QStringLiteral("max"));
    if (r.generator == u"zipf") {
        for (const char *key : {"min", "max"})
            (void)integer(o, QLatin1String(key));
    }
    if (r.min && r.max && *r.min > *r.max)
        fail(QStringLiteral("max"), QStringLiteral("max must not be below min"));
    r.mean = number(o, QStringLiteral("mean"));
    r.stddev = number(o, QStringLiteral("stddev"));
    checkRange(QStringLiteral("stddev"), r.stddev, 0, HUGE_VAL, QStringLiteral("a number of at least 0"));
    if (r.generator == u"normal" && (!r.mean || !r.stddev))
        fail(r.mean ? QStringLiteral("stddev") : QStringLiteral("mean"), QStringLiteral("a normal distribution needs \"mean\" and \"stddev\""));
    if (r.generator == u"exponential" && (!r.mean || *r.mean <= 0))
        fail(QStringLiteral("mean"), QStringLiteral("an exponential distribution needs a \"mean\" above 0"));
    r.skew = number(o, QStringLiteral("skew"));
    if (r.skew && *r.skew <= 0)
        fail(QStringLiteral("skew"), QStringLiteral("expected a number above 0"));
    r.start = integer(o, QStringLiteral("start"));
    r.step = integer(o, QStringLiteral("step"));
    if (r.step && *r.step == 0)
        fail(QStringLiteral("step"), QStringLiteral("a step must not be zero"));
    r.probability = number(o, QStringLiteral("probability"));
    checkRange(QStringLiteral("probability"), r.probability, 0, 1, QStringLiteral("a number from 0 to 1"));
}

void readLengths(const QJsonObject &o, SynthRecipe &r)
{
    const std::optional<qint64> minLength = integer(o, QStringLiteral("minLength"));
    const std::optional<qint64> maxLength = integer(o, QStringLiteral("maxLength"));
    if (minLength && (*minLength < 0 || *minLength > 1000000))
        fail(QStringLiteral("minLength"), QStringLiteral("expected a length from 0 to 1000000"));
    if (maxLength && (*maxLength < 1 || *maxLength > 1000000))
        fail(QStringLiteral("maxLength"), QStringLiteral("expected a length from 1 to 1000000"));
    if (minLength && maxLength && *minLength > *maxLength)
        fail(QStringLiteral("maxLength"), QStringLiteral("maxLength must not be below minLength"));
    if (minLength)
        r.minLength = int(*minLength);
    if (maxLength)
        r.maxLength = int(*maxLength);
}

void readTimes(const QJsonObject &o, SynthRecipe &r)
{
    r.from = timeText(o, QStringLiteral("from"), r.generator);
    r.to = timeText(o, QStringLiteral("to"), r.generator);
    if (!r.from.isEmpty() && !r.to.isEmpty() && r.from > r.to) // ISO text sorts in time order
        fail(QStringLiteral("to"), QStringLiteral("\"to\" must not be before \"from\""));
    if (o.contains(QLatin1String("seasonality")))
        r.seasonality = seasonality(o);
}

void read(const QJsonObject &o, SynthRecipe &r)
{
    const QJsonValue generator = o.value(QLatin1String("generator"));
    if (!generator.isUndefined() && !generator.isString())
        fail(QStringLiteral("generator"), QStringLiteral("expected a string"));
    r.generator = generator.toString();
    QStringList allowed = commonKeys;
    if (!r.generator.isEmpty()) {
        const auto &all = generatorKeys();
        const auto it = std::find_if(all.begin(), all.end(), [&](const auto &g) { return g.first == r.generator; });
        if (it == all.end())
            fail(QStringLiteral("generator"), QStringLiteral("unknown generator \"%1\" (expected one of: %2)")
                                                  .arg(r.generator, SynthRecipe::generatorNames().join(u", ")));
        allowed += it->second;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(it.key(), r.generator.isEmpty()
                               ? QStringLiteral("unknown key \"%1\" without a generator (expected one of: %2)").arg(it.key(), allowed.join(u", "))
                               : QStringLiteral("the generator \"%1\" takes no key \"%2\" (it takes: %3)")
                                     .arg(r.generator, it.key(), allowed.join(u", ")));
    }
    const std::optional<double> nullRate = number(o, QStringLiteral("nullRate"));
    checkRange(QStringLiteral("nullRate"), nullRate, 0, 1, QStringLiteral("a number from 0 to 1"));
    r.nullRate = nullRate;
    r.distinct = integer(o, QStringLiteral("distinct"));
    if (r.distinct && *r.distinct < 1)
        fail(QStringLiteral("distinct"), QStringLiteral("expected an integer of at least 1"));
    readNumbers(o, r);
    readLengths(o, r);
    if (r.generator == u"weighted")
        readWeighted(o, r);
    if (r.generator == u"date" || r.generator == u"time" || r.generator == u"timestamp")
        readTimes(o, r);
}

void insertIf(QJsonObject &o, const char *key, const auto &value)
{
    if (value)
        o.insert(QLatin1String(key), double(*value));
}

} // namespace

std::optional<RecipeError> readSynthRecipe(const QJsonObject &json, SynthRecipe *recipe)
{
    SynthRecipe r;
    try {
        read(json, r);
    } catch (const Failure &f) {
        return f.error;
    }
    *recipe = r;
    return std::nullopt;
}

QStringList SynthRecipe::generatorNames()
{
    QStringList names;
    for (const auto &g : generatorKeys())
        names << g.first;
    return names;
}

Result<SynthRecipe> SynthRecipe::fromJson(const QJsonObject &json)
{
    SynthRecipe r;
    if (const std::optional<RecipeError> error = readSynthRecipe(json, &r)) {
        SourcePlace place;
        place.path = jsonPathToString(error->path);
        return Error(error->message, place, QStringLiteral("model.format"));
    }
    return r;
}

QJsonObject SynthRecipe::toJson() const
{
    QJsonObject o;
    if (!generator.isEmpty())
        o.insert(QLatin1String("generator"), generator);
    insertIf(o, "min", min);
    insertIf(o, "max", max);
    insertIf(o, "start", start);
    insertIf(o, "step", step);
    insertIf(o, "mean", mean);
    insertIf(o, "stddev", stddev);
    insertIf(o, "skew", skew);
    insertIf(o, "probability", probability);
    insertIf(o, "minLength", minLength);
    insertIf(o, "maxLength", maxLength);
    insertIf(o, "nullRate", nullRate);
    insertIf(o, "distinct", distinct);
    if (!values.isEmpty())
        o.insert(QLatin1String("values"), values);
    if (!weights.isEmpty()) {
        QJsonArray a;
        for (double w : weights)
            a.append(w);
        o.insert(QLatin1String("weights"), a);
    }
    if (!from.isEmpty())
        o.insert(QLatin1String("from"), from);
    if (!to.isEmpty())
        o.insert(QLatin1String("to"), to);
    if (seasonality) {
        static const char *const periods[] = {"day", "week", "year"};
        QJsonObject s{{QLatin1String("period"), QLatin1String(periods[int(seasonality->period)])},
                      {QLatin1String("amplitude"), seasonality->amplitude}};
        if (seasonality->peak != 0)
            s.insert(QLatin1String("peak"), seasonality->peak);
        o.insert(QLatin1String("seasonality"), s);
    }
    return o;
}

} // namespace strata::modeler

// The synthetic-data recipe of one column, as a .strata file keeps it (Column::synth): the generator
// that makes the column's values and its parameters. Read as strictly as the rest of the file: an
// unknown generator, a key the generator does not take or a value out of range is an error with its
// place. The workload engine turns a recipe into values; docs/workload.md lists every generator.
#pragma once

#include <strata/Result.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace strata::modeler {

/// A periodic swing in how often dates and times occur: more orders in December, fewer on Sundays.
struct Seasonality
{
    enum class Period { Day, Week, Year };
    Period period = Period::Year;
    double amplitude = 0.5; ///< 0: flat; 0.9: the busiest moment is 19 times as likely as the quietest
    double peak = 0;        ///< where in the period the busiest moment is, as a fraction of it (0..1)

    bool operator==(const Seasonality &) const = default;
};

struct SynthRecipe
{
    /// "uniform", "zipf", "email", ...; empty: chosen from the column's name and type.
    QString generator;

    std::optional<double> min, max;     ///< uniform, zipf (integers), normal and exponential (bounds), price
    std::optional<qint64> start, step;  ///< sequence
    std::optional<double> mean, stddev; ///< normal; exponential (mean)
    std::optional<double> skew;         ///< zipf; on a foreign key, how unevenly rows spread over parents
    QJsonArray values;                  ///< weighted: the values (strings, numbers or booleans)
    QList<double> weights;              ///< weighted: one per value; empty: all equal
    QString from, to;                   ///< date, time, timestamp: ISO 8601 bounds
    std::optional<Seasonality> seasonality; ///< date, timestamp
    std::optional<double> probability;  ///< boolean: the share of true
    std::optional<int> minLength, maxLength; ///< text generators, in characters
    std::optional<double> nullRate;     ///< share of NULLs (0..1); unset: 0.1 for a nullable column, else 0
    std::optional<qint64> distinct;     ///< draw from this many different values only

    bool isEmpty() const { return *this == SynthRecipe(); }

    /// Every generator name a recipe may give, in the order docs/workload.md lists them.
    static QStringList generatorNames();
    /// Reads a recipe. An error's place.path is the key inside the recipe ("nullRate", "weights[2]").
    static Result<SynthRecipe> fromJson(const QJsonObject &json);
    /// The recipe as the file keeps it; fromJson(toJson()) gives it back.
    QJsonObject toJson() const;

    bool operator==(const SynthRecipe &) const = default;
};

} // namespace strata::modeler

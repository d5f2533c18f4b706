// What one column's values must meet, as read from CHECK constraints (and domain checks): bounds,
// a list of allowed values, excluded values, a length range, NOT NULL. Generators are built inside
// these rules, and each value is verified against them; NULL always passes, as in a CHECK.
#pragma once

#include <QStringList>
#include <QVariant>

#include <optional>

namespace strata::workload {

struct ColumnRule
{
    std::optional<double> low, high; ///< numeric bounds
    bool lowStrict = false, highStrict = false;
    QString lowText, highText;       ///< bounds given as text (dates, times), compared as ISO text
    bool lowTextStrict = false, highTextStrict = false;
    std::optional<QStringList> allowed;
    QStringList excluded;
    std::optional<int> minLength, maxLength;
    bool notNull = false;

    bool isEmpty() const;
    /// The rule of both: bounds narrowed, lists intersected.
    void merge(const ColumnRule &other);
    /// Whether a value meets the rule; `numeric` compares as numbers.
    bool accepts(const QVariant &value, bool numeric) const;
};

} // namespace strata::workload

// One column's generator with what the column adds to it: the share of NULLs, a pool of distinct
// values, and the rule its checks set, which every value must meet (a value that does not is drawn
// again, a bounded number of times: a recipe that can never meet its check is reported, not looped on).
#pragma once

#include "ColumnRule.h"
#include "ValueGenerator.h"

#include <memory>
#include <optional>

namespace strata::workload {

class ColumnGenerator
{
public:
    /// How many draws a value gets to meet the column's rule.
    static constexpr int maxAttempts = 100;

    std::unique_ptr<ValueGenerator> generator;
    double nullRate = 0;
    ColumnRule rule;
    bool numeric = false;
    qint64 distinct = 0;   ///< 0: no pool
    QString description;   ///< "email (from the column's name)", for reports

    /// Fills the distinct-value pool from its own stream (call once before drawing).
    void preparePool(quint64 seed);
    /// The column's value for row `row`; none when no draw meets the rule.
    std::optional<QVariant> draw(SeededRandom &random, qint64 row) const;
    /// A value that is not NULL (for key columns and regenerations of NOT NULL columns).
    std::optional<QVariant> drawValue(SeededRandom &random, qint64 row) const;
    bool accepts(const QVariant &value) const { return rule.accepts(value, numeric); }
    /// How many values there are in the pool after preparePool (fewer than asked when the
    /// generator cannot make so many different ones).
    qsizetype poolSize() const { return m_pool.size(); }

private:
    QVariantList m_pool;
};

} // namespace strata::workload

// Where a workload statement's parameter ($1, $2, ...) gets its values: sampled from the rows of the
// database (so that WHERE customer_id = $1 finds real customers), or drawn from a distribution.
#pragma once

#include <strata/Error.h>

#include <QVariantList>

namespace strata::workload {

struct ParameterSource
{
    enum class Kind {
        Sample,   ///< sample(table.column): a value of a random row (common values come more often)
        Uniform,  ///< uniform(low, high): integers when both bounds are, else reals
        Normal,   ///< normal(mean, stddev)
        Zipf,     ///< zipf(low, high, skew): integers, low the most common
        OneOf,    ///< one_of(v1, v2, ...): each as likely
        Date,     ///< date('2024-01-01', '2024-12-31')
        Timestamp, ///< timestamp('2024-01-01', '2024-12-31 23:59:59')
        Sequence, ///< sequence(start): start, start + 1, ... across executions (keys of INSERTs)
        Constant  ///< constant(v)
    };

    Kind kind = Kind::Constant;
    QString schema, table, column; ///< Sample; schema may be empty
    QVariantList arguments;        ///< the numbers or values in the parentheses, in order
    QString text;                  ///< as written, for reports: "sample(orders.customer_id)"
    SourcePlace place;             ///< where it is written

    bool operator==(const ParameterSource &) const = default;
};

} // namespace strata::workload

// Makes the values of one column. A generator holds no state between values (the stream it is given
// does), so the same stream gives the same values. Generators that can enumerate their values also
// serve unique keys: valueAt(k) is a different value for each k, and a key permutation picks the k.
#pragma once

#include "workload/SeededRandom.h"

#include <connectors/RowBatch.h>

#include <QVariant>

namespace strata::workload {

class ValueGenerator
{
public:
    virtual ~ValueGenerator() = default;

    /// A value drawn by the generator's distribution.
    virtual QVariant next(SeededRandom &random) const = 0;
    /// Draws a value as next() does and appends it to the batch, without a QVariant: the path of
    /// columns that no key, check or child reads. Generators that format their own text override it.
    virtual void write(SeededRandom &random, qint64 row, connectors::RowBatch &batch) const
    {
        batch.append(followsRowNumber() ? valueAt(quint64(row)) : next(random));
    }
    /// How many different values valueAt() makes; 0 when the generator cannot enumerate them.
    virtual quint64 domainSize() const { return 0; }
    /// How many of the first values of valueAt() are the natural ones (a list's own entries, before
    /// numbered variants): a key that needs no more uses only those.
    virtual quint64 naturalSize() const { return domainSize(); }
    /// True when the value is the row's own number (a sequence): the column takes valueAt(row).
    virtual bool followsRowNumber() const { return false; }
    /// The k-th different value, k < domainSize().
    virtual QVariant valueAt(quint64 k) const
    {
        Q_UNUSED(k);
        return {};
    }
};

} // namespace strata::workload

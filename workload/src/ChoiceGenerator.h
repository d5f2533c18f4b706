// One of a list of values, by weight: enums, weighted recipes, booleans, statuses, a column's
// distinct-value pool.
#pragma once

#include "ValueGenerator.h"

#include <QList>

namespace strata::workload {

class ChoiceGenerator final : public ValueGenerator
{
public:
    /// `weights` empty: all equal. The values should differ from one another for keys to use them.
    explicit ChoiceGenerator(QVariantList values, const QList<double> &weights = {});

    QVariant next(SeededRandom &random) const override;
    void write(SeededRandom &random, qint64 row, connectors::RowBatch &batch) const override;
    quint64 domainSize() const override { return quint64(m_values.size()); }
    QVariant valueAt(quint64 k) const override { return m_values.value(qsizetype(k)); }
    const QVariantList &values() const { return m_values; }

private:
    qsizetype pick(SeededRandom &random) const;

    QVariantList m_values;
    connectors::RowBatch m_encoded; // the values as a batch of one column, to copy from
    QList<double> m_cumulative; // running sums of the weights; empty: uniform
};

} // namespace strata::workload

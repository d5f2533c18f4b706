// Arrays of another generator's values: PostgreSQL array literals ({a,"b c"}), or JSON arrays for
// SQLite, which keeps arrays as JSON text.
#pragma once

#include "ValueGenerator.h"

#include <memory>

namespace strata::workload {

class ArrayGenerator final : public ValueGenerator
{
public:
    ArrayGenerator(std::unique_ptr<ValueGenerator> element, int dimensions, bool json);

    QVariant next(SeededRandom &random) const override;

private:
    QString literal(SeededRandom &random, int depth, int length) const;

    std::unique_ptr<ValueGenerator> m_element;
    int m_dimensions;
    bool m_json;
};

} // namespace strata::workload

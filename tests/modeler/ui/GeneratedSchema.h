// Large schemas for scale tests and benchmarks: N tables of 3 to 14 columns with M foreign keys
// between them, in a few schemas, as a person would have them after importing a big database (one
// diagram with every table on a grid, not laid out). The same seed gives the same model.
#pragma once

#include <modeler/Model.h>

namespace strata::test {

modeler::Model generatedSchema(int tables, int foreignKeys, quint32 seed = 1);

} // namespace strata::test

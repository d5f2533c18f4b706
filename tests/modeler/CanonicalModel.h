// A model with its ids replaced by names, its lists in name order and what SQL does not carry
// (diagrams, the model's name and comment, synthetic-data recipes) left out: two models that
// describe the same database are equal in this form, whatever ids and order their makers chose.
#pragma once

#include <modeler/Model.h>

namespace strata::test {

modeler::Model canonicalModel(const modeler::Model &model);

} // namespace strata::test

// A model that uses every kind of object and the awkward cases: quoted names, composite and
// self-referencing keys, partial and expression indexes, enums, domains, sequences, comments.
#pragma once

#include <modeler/Model.h>

namespace strata::test {

modeler::Model richModel();

} // namespace strata::test

// A model that uses every kind of object and the awkward cases: quoted names, composite, self-
// referencing and cyclic foreign keys, partial and expression indexes, partitions, identity options,
// unlogged tables, enums, domains, owned sequences, plain and materialized views, comments.
#pragma once

#include <modeler/Model.h>

namespace strata::test {

modeler::Model richModel();

} // namespace strata::test

// Random models for property tests: the same seed gives the same model. Names need quoting (mixed
// case, spaces, reserved words, quotes inside, non-ASCII), every type kind appears, keys and foreign
// keys are composite, self-referencing and cyclic, with indexes and checks. For SQLite, only what
// SQLite can hold exactly, so that a round trip through it must give the model back.
#pragma once

#include <modeler/Dialect.h>
#include <modeler/Model.h>

namespace strata::test {

modeler::Model randomModel(quint32 seed, modeler::Dialect dialect);

/// The first seed of a run: $STRATA_SEED when set (to replay a failure), else a random one.
quint32 firstSeed();
/// How many seeds a run tries: `usual`, or 1 when replaying a given seed.
int seedCount(int usual);

} // namespace strata::test

// The sample model that `make run` opens (resources/samples/shop.strata), for tests that want a
// realistic model with two diagrams, notes, enums and a view.
#pragma once

#include <modeler/Model.h>

namespace strata::test {

/// The path of the sample model in the source tree.
QString sampleModelPath();
/// The sample model, loaded (the test stops when it cannot be read).
modeler::Model sampleModel();

} // namespace strata::test

#include "modeler/Sequence.h"

namespace strata::modeler {

bool SequenceOptions::isDefault() const
{
    return start == 1 && increment == 1 && !minValue && !maxValue && cache == 1 && !cycle;
}

} // namespace strata::modeler

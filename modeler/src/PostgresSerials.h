// Serial columns in pg_dump output: pg_dump writes `id serial` as a sequence, a column default of
// nextval() and ALTER SEQUENCE ... OWNED BY. Where the three match what serial would create, the
// column becomes serial again and the sequence leaves the model.
#pragma once

#include "ModelBuilder.h"

namespace strata::modeler {

class PostgresSerials
{
public:
    static void detect(ModelBuilder &builder);
};

} // namespace strata::modeler

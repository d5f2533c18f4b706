// Model validation: what `strata-cli lint` prints and the diagram marks on its objects. Each finding
// has a severity, a stable rule code, the object it concerns, and a hint that says how to fix it.
#pragma once

#include "modeler/Dialect.h"
#include "modeler/Model.h"
#include "modeler/ObjectRef.h"

#include <strata/Diagnostic.h>

namespace strata::modeler {

struct LintFinding
{
    Diagnostic diagnostic; ///< place.path is the object's path, e.g. "shop.order.customer_id"
    ObjectRef object;      ///< the object, by id, for the diagram and the model tree
};

class Linter
{
public:
    struct Options
    {
        /// The dialects the model is meant for: reserved words and lossy types are checked for these.
        QList<Dialect> dialects{Dialect::Postgres};
    };

    /// Every finding, errors first, then in model order.
    static QList<LintFinding> lint(const Model &model, const Options &options);
    static QList<LintFinding> lint(const Model &model) { return lint(model, Options{}); }
};

} // namespace strata::modeler

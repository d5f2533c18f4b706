// Which views a migration must drop and create again: those that change, and those over tables or
// views whose columns change under them (PostgreSQL refuses to change a column a view uses; SQLite's
// table rebuild would leave them pointing at a dropped table).
#pragma once

#include <functional>

#include "modeler/ModelDiff.h"

#include <QSet>

namespace strata::modeler {

class ViewDependencies
{
public:
    /// Views of the old model (by id) to drop before the migration and create again (as the new
    /// model has them) after it. `touchedTables`: old table ids whose columns change.
    /// Whether a view's definition stays (ModelDiff::sameView when not given).
    using SameView = std::function<bool(const View &, const View &)>;
    static QSet<QString> toRecreate(const ModelDiff &diff, const QSet<QString> &touchedTables, const SameView &same = {});
    /// True when the view's query names the object (as a whole word, any case).
    static bool mentions(const View &view, const QString &name);
};

} // namespace strata::modeler

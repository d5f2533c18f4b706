#include "RenameOrder.h"

#include <algorithm>

namespace strata::modeler {

QList<Rename> RenameOrder::order(QList<Rename> pending)
{
    QList<Rename> ordered;
    auto heldByAnother = [&pending](const Rename &r) {
        return std::any_of(pending.begin(), pending.end(), [&r](const Rename &other) { return &other != &r && other.from == r.to; });
    };
    auto taken = [&](const QString &name) {
        return std::any_of(pending.begin(), pending.end(), [&](const Rename &r) { return r.from == name || r.to == name; }) ||
               std::any_of(ordered.begin(), ordered.end(), [&](const Rename &r) { return r.to == name; });
    };
    while (!pending.isEmpty()) {
        const auto free = std::find_if(pending.begin(), pending.end(), [&](const Rename &r) { return !heldByAnother(r); });
        if (free != pending.end()) {
            ordered << *free;
            pending.erase(free);
            continue;
        }
        // Every name wanted is still held: a cycle. Its first member steps aside to a free name.
        Rename &first = pending.first();
        QString aside = first.from + QStringLiteral("_strata_tmp");
        for (int n = 2; taken(aside); ++n)
            aside = first.from + QStringLiteral("_strata_tmp%1").arg(n);
        ordered << Rename{first.from, aside};
        first.from = aside;
    }
    return ordered;
}

} // namespace strata::modeler

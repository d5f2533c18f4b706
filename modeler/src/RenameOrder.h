// The order in which a set of renames can run one after the other: a name is taken by its new
// owner only once the old owner has moved on, and a cycle (two columns swapping names) goes through
// a temporary name. A rename straight to a name another rename still holds would fail on the server.
#pragma once

#include <QList>
#include <QString>

namespace strata::modeler {

struct Rename
{
    QString from, to;
    bool operator==(const Rename &) const = default;
};

class RenameOrder
{
public:
    /// `renames` of one namespace (the columns of a table, say), each name at most once on each side.
    static QList<Rename> order(QList<Rename> renames);
};

} // namespace strata::modeler

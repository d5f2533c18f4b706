// A tidy tree layout (Walker's algorithm in the linear-time form of Buchheim, Jünger and Leipert):
// parents centred over their children, subtrees as close as they can be without overlapping,
// every level on one line. Works on any node sizes; collapsed subtrees take no room. A node with
// very many children (an Append over ten thousand partitions) gets them in rows under it, each
// child's subtree laid out tidily, instead of one line a million pixels wide.
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace strata::explain {

class Plan;

class TreeLayout
{
public:
    struct Options
    {
        double siblingGap = 24;  ///< horizontal room between neighbouring cards
        double levelGap = 48;    ///< vertical room between a parent's card and its children's
        int maxChildrenInRow = 0; ///< more children than this go in rows below each other (0: never)
        double rowIndent = 28;   ///< where children go in rows: room left of them for the connecting line
    };

    /// `sizes[i]` is node i's card; `collapsed[i]` hides its subtree (may be empty: none hidden).
    /// Returns a rectangle per node (an empty one for hidden nodes), with the tree's top-left at 0,0.
    /// Children of a node in rows (see Options::maxChildrenInRow) sit below their parent, the
    /// rows starting `rowIndent` right of the left edge of the parent's whole subtree.
    static std::vector<QRectF> layout(const Plan &plan, const std::vector<QSizeF> &sizes,
                                      const std::vector<bool> &collapsed, const Options &options);
    static std::vector<QRectF> layout(const Plan &plan, const std::vector<QSizeF> &sizes,
                                      const std::vector<bool> &collapsed = {})
    {
        return layout(plan, sizes, collapsed, Options());
    }
};

} // namespace strata::explain

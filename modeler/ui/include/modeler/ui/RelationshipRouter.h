// Where a relationship line runs: orthogonal segments from the side of one card, level with the
// foreign key's row, to the side of the other card, level with the referenced row, choosing the
// sides and the channels between cards so that the line crosses no card where it can help it.
#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace strata::modeler::ui {

class RelationshipRouter
{
public:
    /// One end: the card and the height of the row the line leaves from.
    struct End
    {
        QRectF card;
        double y = 0;
    };
    /// The straight part at each card, long enough for the crow's-foot marks.
    static constexpr double stub = 28;

    /// The line from `from` to `to`. The first and last points lie on the cards' sides and the
    /// segments next to them are horizontal. `obstacles` are the cards near the line (the two ends
    /// may be among them).
    static QPolygonF route(const End &from, const End &to, const QList<QRectF> &obstacles);
    /// How many of the obstacles the line passes through (touching an edge does not count).
    static int crossings(const QPolygonF &line, const QList<QRectF> &obstacles);
};

} // namespace strata::modeler::ui

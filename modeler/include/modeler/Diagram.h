// A diagram: a named view of some of the model's tables and views, with their places, free-form
// notes and coloured areas. Diagrams hold only presentation; the schema lives in the Model.
#pragma once

#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace strata::modeler {

/// Where a table or view card sits in a diagram.
struct Placement
{
    QPointF position;
    bool collapsed = false; ///< showing keys only
    QString color;          ///< "#rrggbb"; empty: the default colour

    bool operator==(const Placement &) const = default;
};

struct Note
{
    QString id;
    QString text;
    QRectF rect;

    bool operator==(const Note &) const = default;
};

/// A coloured, labelled rectangle grouping cards.
struct Area
{
    QString id;
    QString label;
    QRectF rect;
    QString color; ///< "#rrggbb"

    bool operator==(const Area &) const = default;
};

struct Diagram
{
    QString id;
    QString name;
    QMap<QString, Placement> placements; ///< by table or view id; the objects this diagram shows
    QList<Note> notes;
    QList<Area> areas;

    bool operator==(const Diagram &) const = default;
};

} // namespace strata::modeler

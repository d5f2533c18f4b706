// What a card on the diagram shows and how big it is: a table's name, schema and columns with
// their types and key markers (or only the keys, when collapsed), or a view's columns. Measured
// with the fonts the card is painted with, so that auto-layout gets the real sizes.
#pragma once

#include <modeler/Model.h>

#include <QList>
#include <QSizeF>

namespace strata::modeler::ui {

struct CardRow
{
    QString columnId; ///< empty for a row that is not a column (a view's definition)
    QString name;
    QString type;
    bool primaryKey = false;
    bool foreignKey = false;
    bool unique = false;
    bool notNull = false;
    double top = 0; ///< in card coordinates
};

struct TableCard
{
    enum class Kind { Table, View };

    Kind kind = Kind::Table;
    QString id;
    QString title;
    QString schema; ///< empty for the default schema
    QString badge;  ///< "view", "materialized view", "partition", ...
    QList<CardRow> rows;
    int hiddenColumns = 0; ///< left out when showing keys only
    bool collapsed = false;
    QSizeF size;

    static TableCard of(const Model &model, const Table &table, bool collapsed);
    static TableCard of(const Model &model, const View &view, bool collapsed);

    /// The vertical middle of a column's row; the header's middle when the row is not shown.
    double rowMiddle(const QString &columnId) const;
    /// The row at a height in card coordinates, or -1.
    int rowAt(double y) const;

private:
    void measure();
};

} // namespace strata::modeler::ui

#include "TableCard.h"

#include "CardStyle.h"

#include <algorithm>

namespace strata::modeler::ui {

namespace {

QString typeText(const Model &model, const DataType &type)
{
    if (type.kind == DataType::Kind::Named) {
        // An enum or domain of the model is shown by its name, not its id.
        QString name = type.name;
        if (const EnumType *e = model.enumType(type.name))
            name = e->name;
        else if (const Domain *d = model.domain(type.name))
            name = d->name;
        return name + QString(QStringLiteral("[]")).repeated(type.arrayDims);
    }
    return type.toString();
}

} // namespace

TableCard TableCard::of(const Model &model, const Table &table, bool collapsed)
{
    TableCard card;
    card.kind = Kind::Table;
    card.id = table.id;
    card.title = table.name;
    card.schema = model.schemaName(table.schemaId);
    card.collapsed = collapsed;
    if (!table.partitionOfTableId.isEmpty())
        card.badge = QStringLiteral("partition");
    else if (!table.partitionKey.isEmpty())
        card.badge = QStringLiteral("partitioned");
    QSet<QString> fkColumns, uniqueColumns;
    for (const ForeignKey &f : table.foreignKeys)
        fkColumns.unite(QSet<QString>(f.columnIds.begin(), f.columnIds.end()));
    for (const KeyConstraint &u : table.uniques)
        uniqueColumns.unite(QSet<QString>(u.columnIds.begin(), u.columnIds.end()));
    for (const Index &i : table.indexes) {
        if (i.unique && i.where.isEmpty()) {
            for (const IndexKey &k : i.keys)
                uniqueColumns.insert(k.columnId);
        }
    }
    for (const Column &c : table.columns) {
        CardRow row;
        row.columnId = c.id;
        row.name = c.name;
        row.type = typeText(model, c.type);
        row.primaryKey = table.isPrimaryKeyColumn(c.id);
        row.foreignKey = fkColumns.contains(c.id);
        row.unique = uniqueColumns.contains(c.id);
        row.notNull = !c.nullable || row.primaryKey;
        if (collapsed && !row.primaryKey && !row.foreignKey && !row.unique) {
            ++card.hiddenColumns;
            continue;
        }
        card.rows << row;
    }
    card.measure();
    return card;
}

TableCard TableCard::of(const Model &model, const View &view, bool collapsed)
{
    TableCard card;
    card.kind = Kind::View;
    card.id = view.id;
    card.title = view.name;
    card.schema = model.schemaName(view.schemaId);
    card.collapsed = collapsed;
    card.badge = view.materialized ? QStringLiteral("materialized view") : QStringLiteral("view");
    if (!collapsed) {
        for (const QString &name : view.columnNames) {
            CardRow row;
            row.name = name;
            card.rows << row;
        }
        if (view.columnNames.isEmpty()) {
            // No column list: the start of the query says what it is.
            CardRow row;
            row.name = view.definition.simplified().left(60);
            card.rows << row;
        }
    }
    card.measure();
    return card;
}

void TableCard::measure()
{
    using namespace style;
    double nameWidth = 0, typeWidth = 0;
    for (const CardRow &r : rows) {
        nameWidth = std::max(nameWidth, rowMetrics().horizontalAdvance(r.name));
        typeWidth = std::max(typeWidth, rowMetrics().horizontalAdvance(r.type));
    }
    const double schemaWidth = schema.isEmpty() && badge.isEmpty()
                                   ? 0
                                   : schemaMetrics().horizontalAdvance(schema.isEmpty() ? badge : schema + QStringLiteral(" · ") + badge) + 10;
    const double header = padding + titleMetrics().horizontalAdvance(title) + schemaWidth + 26 /* lint badge */ + padding;
    const double body = gutterWidth + nameWidth + (typeWidth > 0 ? 18 + typeWidth : 0) + padding + linkHandleWidth;
    const double width = std::clamp(std::max(header, body), minCardWidth, maxCardWidth);
    double y = headerHeight;
    for (CardRow &r : rows) {
        r.top = y;
        y += rowHeight;
    }
    if (hiddenColumns > 0)
        y += footerHeight;
    size = QSizeF(std::ceil(width), y + 4);
}

double TableCard::rowMiddle(const QString &columnId) const
{
    for (const CardRow &r : rows) {
        if (r.columnId == columnId)
            return r.top + style::rowHeight / 2;
    }
    return style::headerHeight / 2;
}

int TableCard::rowAt(double y) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (y >= rows[i].top && y < rows[i].top + style::rowHeight)
            return i;
    }
    return -1;
}

} // namespace strata::modeler::ui

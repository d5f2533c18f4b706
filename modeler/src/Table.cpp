#include "modeler/Table.h"

#include <algorithm>

namespace strata::modeler {

const Column *Table::column(QStringView columnId) const
{
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column &c) { return c.id == columnId; });
    return it == columns.end() ? nullptr : &*it;
}

Column *Table::column(QStringView columnId)
{
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column &c) { return c.id == columnId; });
    return it == columns.end() ? nullptr : &*it;
}

const Column *Table::columnByName(QStringView name) const
{
    auto it = std::find_if(columns.begin(), columns.end(), [&](const Column &c) { return c.name == name; });
    return it == columns.end() ? nullptr : &*it;
}

QStringList Table::columnNames(const QStringList &columnIds) const
{
    QStringList names;
    names.reserve(columnIds.size());
    for (const QString &id : columnIds) {
        const Column *c = column(id);
        names << (c ? c->name : id);
    }
    return names;
}

bool Table::isPrimaryKeyColumn(QStringView columnId) const
{
    return primaryKey && primaryKey->columnIds.contains(columnId);
}

} // namespace strata::modeler

#include "connectors/Catalog.h"

namespace strata::connectors {

const CatalogTable *Catalog::findTable(const QString &schema, const QString &name, bool quoted) const
{
    const Qt::CaseSensitivity cs = quoted ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const CatalogTable *found = nullptr;
    for (const CatalogTable &table : tables) {
        if (table.name.compare(name, cs) != 0)
            continue;
        if (schema.isEmpty() ? !table.visible : table.schema.compare(schema, Qt::CaseInsensitive) != 0)
            continue;
        if (table.name == name)
            return &table; // an exact match wins over one that differs in case
        if (!found)
            found = &table;
    }
    return found;
}

} // namespace strata::connectors

#include "connectors/ui/CatalogSelection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace strata::connectors::ui {

QMimeData *CatalogSelection::toMimeData() const
{
    QJsonArray tableList;
    QStringList names;
    for (const CatalogObjectName &table : tables) {
        tableList.append(QJsonObject{{QStringLiteral("schema"), table.schema}, {QStringLiteral("name"), table.name}});
        names << table.name;
    }
    auto *data = new QMimeData;
    const QJsonObject json{{QStringLiteral("connection"), connectionId}, {QStringLiteral("tables"), tableList}};
    data->setData(mimeType, QJsonDocument(json).toJson(QJsonDocument::Compact));
    data->setText(names.join(QStringLiteral(", ")));
    return data;
}

std::optional<CatalogSelection> CatalogSelection::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(data->data(mimeType)).object();
    CatalogSelection selection;
    selection.connectionId = json.value(QStringLiteral("connection")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        selection.tables.append({table.value(QStringLiteral("schema")).toString(), table.value(QStringLiteral("name")).toString()});
    }
    if (selection.connectionId.isEmpty() || selection.tables.isEmpty())
        return std::nullopt;
    return selection;
}

} // namespace strata::connectors::ui

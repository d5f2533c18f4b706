#include "ModelCompletion.h"

#include <connectors/ui/CompletionSource.h>
#include <modeler/ui/ModelDocument.h>

namespace strata::app {

ModelCompletion::ModelCompletion(modeler::ui::ModelDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_source(new connectors::ui::CompletionSource(this))
{
    m_refill.setSingleShot(true);
    m_refill.setInterval(300);
    connect(&m_refill, &QTimer::timeout, this, [this] { m_source->setCatalog(catalogOf(m_document->model())); });
    connect(document, &modeler::ui::ModelDocument::changed, &m_refill, qOverload<>(&QTimer::start));
    connect(document, &modeler::ui::ModelDocument::modelReset, &m_refill, qOverload<>(&QTimer::start));
    m_refill.start();
}

connectors::Catalog ModelCompletion::catalogOf(const modeler::Model &model)
{
    connectors::Catalog catalog;
    catalog.dialect = connectors::Dialect::Postgres;
    catalog.schemas << QStringLiteral("public");
    for (const modeler::Schema &schema : model.schemas)
        catalog.schemas << schema.name;
    auto schemaOf = [&](const QString &schemaId) {
        const QString name = model.schemaName(schemaId);
        return name.isEmpty() ? QStringLiteral("public") : name;
    };
    for (const modeler::Table &table : model.tables) {
        connectors::CatalogTable t{schemaOf(table.schemaId), table.name, QStringLiteral("table"), table.schemaId.isEmpty(), {}, {}};
        for (const modeler::Column &column : table.columns)
            t.columns.append({column.name, column.type.toString()});
        catalog.tables.append(t);
    }
    for (const modeler::View &view : model.views) {
        connectors::CatalogTable v{schemaOf(view.schemaId), view.name, QStringLiteral("view"), view.schemaId.isEmpty(), {}, {}};
        for (const QString &column : view.columnNames)
            v.columns.append({column, {}});
        catalog.tables.append(v);
    }
    return catalog;
}

} // namespace strata::app

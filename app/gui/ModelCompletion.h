// The open model's names for the SQL editor's completion: its schemas, tables and views with their
// columns, as a connectors::Catalog kept up to date as the model changes (a moment after the last
// edit, so that typing in a dialog does not rebuild it every key).
#pragma once

#include <connectors/Catalog.h>
#include <modeler/Model.h>

#include <QObject>
#include <QTimer>

namespace strata::connectors::ui {
class CompletionSource;
}
namespace strata::modeler::ui {
class ModelDocument;
}

namespace strata::app {

class ModelCompletion : public QObject
{
    Q_OBJECT

public:
    ModelCompletion(modeler::ui::ModelDocument *document, QObject *parent = nullptr);

    connectors::ui::CompletionSource *source() const { return m_source; }
    /// The model's names as a catalog: tables of the default schema are reachable without it.
    static connectors::Catalog catalogOf(const modeler::Model &model);

private:
    modeler::ui::ModelDocument *m_document;
    connectors::ui::CompletionSource *m_source;
    QTimer m_refill;
};

} // namespace strata::app

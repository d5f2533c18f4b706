// Names for the editor's completion: one catalog and a signal when it changes. The workbench keeps
// one per connection, filled from the database (CatalogReader, on the tab's worker) and cached; the
// app can add one filled from the open model (schemas, tables, columns as a connectors::Catalog) and
// update it as the model changes.
#pragma once

#include <connectors/Catalog.h>
#include <QObject>

namespace strata::connectors::ui {

class CompletionSource : public QObject
{
    Q_OBJECT

public:
    explicit CompletionSource(QObject *parent = nullptr) : QObject(parent) {}

    const Catalog &catalog() const { return m_catalog; }
    bool hasCatalog() const { return m_loaded; }
    void setCatalog(const Catalog &catalog)
    {
        m_catalog = catalog;
        m_loaded = true;
        m_loading = false;
        emit changed();
    }

    /// A read is under way (so that a second tab on the same connection does not start another).
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }

signals:
    void changed();

private:
    Catalog m_catalog;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace strata::connectors::ui

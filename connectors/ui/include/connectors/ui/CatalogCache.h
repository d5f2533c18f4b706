// The connected catalogs the workbench's tabs share: one CompletionSource per connection, read once
// (by the first tab that connects) and reused by every tab on that connection until refreshed.
#pragma once

#include "connectors/ui/CompletionSource.h"

#include <QHash>

namespace strata::connectors::ui {

class CatalogCache : public QObject
{
    Q_OBJECT

public:
    explicit CatalogCache(QObject *parent = nullptr) : QObject(parent) {}

    /// The source of a connection's catalog, created empty the first time.
    CompletionSource *source(const QString &connectionId)
    {
        CompletionSource *&source = m_sources[connectionId];
        if (!source)
            source = new CompletionSource(this);
        return source;
    }

private:
    QHash<QString, CompletionSource *> m_sources;
};

} // namespace strata::connectors::ui

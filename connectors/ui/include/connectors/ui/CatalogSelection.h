// Tables chosen in the catalog browser, as they travel in a drag (onto a diagram, which adds them to
// the model) or a context-menu command: the connection and each table's schema and name. The drag
// also carries the names as text, so that dropping them into an editor writes them.
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace strata::connectors::ui {

struct CatalogObjectName
{
    QString schema; ///< PostgreSQL schema; SQLite database name ("main")
    QString name;

    bool operator==(const CatalogObjectName &) const = default;
};

struct CatalogSelection
{
    static inline const QString mimeType = QStringLiteral("application/x-strata-catalog-tables");

    QString connectionId;
    QList<CatalogObjectName> tables;

    /// The selection as drag data (ours, and the names as text). The caller owns it.
    QMimeData *toMimeData() const;
    /// Reads drag data written by toMimeData(); nothing when it holds no tables of ours.
    static std::optional<CatalogSelection> fromMimeData(const QMimeData *data);

    bool operator==(const CatalogSelection &) const = default;
};

} // namespace strata::connectors::ui

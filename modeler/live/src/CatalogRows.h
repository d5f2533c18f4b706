// The rows of a catalog query read by column name: text, numbers, flags and JSON, with a SQL NULL
// read as empty, zero or false.
#pragma once

#include <connectors/QueryResult.h>

#include <QHash>
#include <QJsonArray>

namespace strata::modeler::live {

class CatalogRows
{
public:
    explicit CatalogRows(connectors::QueryResult result);

    int size() const { return int(m_result.rows.size()); }

    QString text(int row, const char *column) const;
    qint64 number(int row, const char *column) const;
    bool flag(int row, const char *column) const;
    bool isNull(int row, const char *column) const;
    /// A json or json-as-text column holding an array; empty for NULL.
    QJsonArray array(int row, const char *column) const;

private:
    QVariant value(int row, const char *column) const;

    connectors::QueryResult m_result;
    QHash<QString, int> m_columns;
};

} // namespace strata::modeler::live

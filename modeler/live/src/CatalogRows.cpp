#include "CatalogRows.h"

#include <QJsonDocument>

namespace strata::modeler::live {

CatalogRows::CatalogRows(connectors::QueryResult result) : m_result(std::move(result))
{
    for (int i = 0; i < m_result.columns.size(); ++i)
        m_columns.insert(m_result.columns[i].name, i);
}

QVariant CatalogRows::value(int row, const char *column) const
{
    const int index = m_columns.value(QString::fromLatin1(column), -1);
    Q_ASSERT_X(index >= 0, "CatalogRows", column); // a column the query does not select is a bug here
    return index < 0 ? QVariant() : m_result.rows[row].value(index);
}

QString CatalogRows::text(int row, const char *column) const
{
    return value(row, column).toString();
}

qint64 CatalogRows::number(int row, const char *column) const
{
    return value(row, column).toLongLong();
}

bool CatalogRows::flag(int row, const char *column) const
{
    const QVariant v = value(row, column);
    if (v.typeId() == QMetaType::QString) // SQLite and text columns: "t", "1"
        return v.toString() == u"t" || v.toString() == u"true" || v.toString() == u"1";
    return v.toBool();
}

bool CatalogRows::isNull(int row, const char *column) const
{
    return value(row, column).isNull();
}

QJsonArray CatalogRows::array(int row, const char *column) const
{
    const QVariant v = value(row, column);
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

} // namespace strata::modeler::live

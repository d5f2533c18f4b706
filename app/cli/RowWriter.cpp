#include "RowWriter.h"

#include <QLocale>

namespace strata::cli {

QString RowWriter::text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("t") : QStringLiteral("f");
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QByteArray:
        return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    default:
        return value.toString();
    }
}

void RowWriter::field(const QString &text, bool isNull)
{
    if (!m_first)
        m_out << (m_format == Format::Tsv ? '\t' : ',');
    m_first = false;
    if (m_format == Format::Tsv) {
        if (isNull) {
            m_out << "\\N";
            return;
        }
        QString escaped;
        escaped.reserve(text.size());
        for (const QChar c : text) {
            switch (c.unicode()) {
            case '\\': escaped += QLatin1String("\\\\"); break;
            case '\t': escaped += QLatin1String("\\t"); break;
            case '\n': escaped += QLatin1String("\\n"); break;
            case '\r': escaped += QLatin1String("\\r"); break;
            default: escaped += c;
            }
        }
        m_out << escaped;
        return;
    }
    if (isNull)
        return;
    const bool quote = text.isEmpty() || text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r');
    m_out << (quote ? u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"' : text);
}

void RowWriter::header(const QList<connectors::Column> &columns)
{
    m_first = true;
    for (const connectors::Column &c : columns)
        field(c.name, false);
    m_out << '\n';
}

void RowWriter::row(const connectors::Row &row)
{
    m_first = true;
    for (const QVariant &value : row)
        field(text(value), value.isNull());
    m_out << '\n';
}

} // namespace strata::cli

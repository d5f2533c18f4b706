#include "PgValues.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <limits>

namespace strata::connectors {

namespace {

// Built-in type OIDs (stable across PostgreSQL versions: src/include/catalog/pg_type.dat).
enum : Oid {
    BoolOid = 16, ByteaOid = 17, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, OidOid = 26,
    Float4Oid = 700, Float8Oid = 701,
};

QVariant floatValue(const QByteArray &text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "Infinity")
        return std::numeric_limits<double>::infinity();
    if (text == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? QVariant(d) : QVariant(QString::fromLatin1(text));
}

QVariant byteaValue(const char *text)
{
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &length);
    if (!bytes)
        return QString::fromUtf8(text);
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

} // namespace

QVariant pgValue(const char *text, int length, Oid type)
{
    switch (type) {
    case BoolOid:
        return length == 1 && text[0] == 't';
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid: {
        bool ok = false;
        const qlonglong n = QByteArray::fromRawData(text, length).toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(QString::fromLatin1(text, length));
    }
    case Float4Oid:
    case Float8Oid:
        return floatValue(QByteArray::fromRawData(text, length));
    case ByteaOid:
        return byteaValue(text);
    default:
        return QString::fromUtf8(text, length);
    }
}

QByteArray pgText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "t" : "f";
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return "NaN";
        if (std::isinf(d))
            return d > 0 ? "Infinity" : "-Infinity";
        return QByteArray::number(d, 'g', 17);
    }
    case QMetaType::QByteArray:
        return "\\x" + value.toByteArray().toHex();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    default:
        return value.toString().toUtf8();
    }
}

PgParams::PgParams(const Row &params)
{
    m_storage.reserve(params.size());
    for (const QVariant &value : params) {
        if (value.isNull()) {
            m_storage.emplace_back();
            m_values.push_back(nullptr);
            m_lengths.push_back(0);
            m_formats.push_back(0);
            continue;
        }
        const bool binary = value.typeId() == QMetaType::QByteArray;
        m_storage.push_back(binary ? value.toByteArray() : pgText(value));
        m_values.push_back(m_storage.back().constData());
        m_lengths.push_back(int(m_storage.back().size()));
        m_formats.push_back(binary ? 1 : 0);
    }
}

} // namespace strata::connectors

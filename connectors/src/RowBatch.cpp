#include "connectors/RowBatch.h"

#include <QDate>
#include <QDateTime>
#include <QStringEncoder>

#include <cstring>

namespace strata::connectors {

RowBatch::RowBatch(const RowBatch &other)
    : m_columns(other.m_columns), m_kinds(other.m_kinds), m_numbers(other.m_numbers), m_lengths(other.m_lengths),
      m_bytes(new char[size_t(std::max<qsizetype>(other.m_used, 1))]), m_capacity(std::max<qsizetype>(other.m_used, 1)),
      m_used(other.m_used)
{
    if (m_used > 0)
        std::memcpy(m_bytes.get(), other.m_bytes.get(), size_t(m_used));
}

RowBatch &RowBatch::operator=(const RowBatch &other)
{
    if (this != &other)
        *this = RowBatch(other);
    return *this;
}

void RowBatch::reset(int columns)
{
    m_columns = std::max(columns, 1);
    m_kinds.clear();
    m_numbers.clear();
    m_lengths.clear();
    m_used = 0;
}

void RowBatch::appendReal(double value)
{
    qint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    push(Kind::Real, bits, 0);
}

double RowBatch::real(qsizetype index) const
{
    double value;
    std::memcpy(&value, &m_numbers[size_t(index)], sizeof value);
    return value;
}

void RowBatch::reserve(qsizetype values, qsizetype bytes)
{
    m_kinds.reserve(size_t(values));
    m_numbers.reserve(size_t(values));
    m_lengths.reserve(size_t(values));
    if (bytes > m_capacity)
        textSpace(bytes - m_used);
}

char *RowBatch::textSpace(qsizetype maxBytes)
{
    if (m_capacity < m_used + maxBytes) {
        const qsizetype capacity = std::max(m_used + maxBytes, 2 * m_capacity);
        std::unique_ptr<char[]> grown(new char[size_t(capacity)]);
        if (m_used > 0)
            std::memcpy(grown.get(), m_bytes.get(), size_t(m_used));
        m_bytes = std::move(grown);
        m_capacity = capacity;
    }
    return m_bytes.get() + m_used;
}

void RowBatch::commitText(qsizetype bytes)
{
    push(Kind::Text, m_used, qint32(bytes));
    m_used += bytes;
}

void RowBatch::appendText(QStringView text)
{
    char *out = textSpace(3 * text.size());
    QStringEncoder utf8(QStringEncoder::Utf8);
    commitText(utf8.appendToBuffer(out, text) - out);
}

void RowBatch::appendUtf8(QByteArrayView utf8)
{
    char *out = textSpace(utf8.size());
    std::memcpy(out, utf8.data(), size_t(utf8.size()));
    commitText(utf8.size());
}

void RowBatch::appendBytes(QByteArrayView bytes)
{
    char *out = textSpace(bytes.size());
    std::memcpy(out, bytes.data(), size_t(bytes.size()));
    push(Kind::Bytes, m_used, qint32(bytes.size()));
    m_used += bytes.size();
}

void RowBatch::append(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr: return appendNull();
    case QMetaType::Bool: return appendBoolean(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short: return appendInteger(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return appendReal(value.toDouble());
    case QMetaType::QByteArray: return appendBytes(*static_cast<const QByteArray *>(value.constData()));
    case QMetaType::QString: return appendText(*static_cast<const QString *>(value.constData()));
    case QMetaType::QDateTime: return appendText(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate: return appendText(value.toDate().toString(Qt::ISODate));
    default: return appendText(value.toString());
    }
}

} // namespace strata::connectors

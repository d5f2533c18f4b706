// Rows for a bulk load in one block of memory: integers and reals inline, text (UTF-8) and bytes in
// one shared buffer. A million rows loaded from batches cost no allocation per value, where a Row
// costs a QVariant and a string each; producers that make text can write its UTF-8 in place.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <QVariant>

#include <memory>
#include <vector>

namespace strata::connectors {

class RowBatch
{
public:
    enum class Kind : quint8 { Null, Integer, Real, Boolean, Text, Bytes };

    RowBatch() = default;
    explicit RowBatch(int columns) : m_columns(std::max(columns, 1)) {}
    RowBatch(RowBatch &&) noexcept = default;
    RowBatch &operator=(RowBatch &&) noexcept = default;
    RowBatch(const RowBatch &other);
    RowBatch &operator=(const RowBatch &other);

    /// Empties the batch for rows of `columns` values, keeping its memory.
    void reset(int columns);
    int columns() const { return m_columns; }
    qsizetype rows() const { return qsizetype(m_kinds.size()) / m_columns; }
    qsizetype values() const { return qsizetype(m_kinds.size()); }
    bool isEmpty() const { return m_kinds.empty(); }
    /// Bytes of text and bytes values held.
    qsizetype byteSize() const { return m_used; }
    /// Makes room for this many values and bytes, so that filling the batch never copies it.
    void reserve(qsizetype values, qsizetype bytes);

    // Values go in row order, columns() of them per row.
    void appendNull() { push(Kind::Null, 0, 0); }
    void appendInteger(qint64 value) { push(Kind::Integer, value, 0); }
    void appendReal(double value);
    void appendBoolean(bool value) { push(Kind::Boolean, value ? 1 : 0, 0); }
    void appendText(QStringView text);
    void appendUtf8(QByteArrayView utf8);
    void appendBytes(QByteArrayView bytes);
    /// A value as a Row holds it: bool, integers, reals, bytes, and the rest as text (dates in ISO 8601).
    void append(const QVariant &value);
    /// Room for up to `maxBytes` of UTF-8, to write a text value in place; then commitText().
    char *textSpace(qsizetype maxBytes);
    void commitText(qsizetype bytes);

    Kind kind(qsizetype index) const { return m_kinds[size_t(index)]; }
    qint64 integer(qsizetype index) const { return m_numbers[size_t(index)]; }
    double real(qsizetype index) const;
    /// The bytes of a Text (UTF-8) or Bytes value; stable until the batch changes.
    QByteArrayView bytes(qsizetype index) const
    {
        return QByteArrayView(m_bytes.get() + m_numbers[size_t(index)], m_lengths[size_t(index)]);
    }

private:
    void push(Kind kind, qint64 number, qint32 length)
    {
        m_kinds.push_back(kind);
        m_numbers.push_back(number);
        m_lengths.push_back(length);
    }

    int m_columns = 1;
    std::vector<Kind> m_kinds;
    std::vector<qint64> m_numbers; ///< the integer, the real's bits, or the offset of the bytes
    std::vector<qint32> m_lengths;
    std::unique_ptr<char[]> m_bytes; ///< not zeroed: text is written over it
    qsizetype m_capacity = 0;
    qsizetype m_used = 0;            ///< bytes of m_bytes in use
};

} // namespace strata::connectors

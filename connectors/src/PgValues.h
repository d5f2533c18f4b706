// PostgreSQL values in and out: result text to QVariant by the column's type OID, QVariant to the
// text (or bytes) of a bound parameter or a COPY field.
#pragma once

#include "connectors/Column.h"

#include <libpq-fe.h>

#include <vector>

namespace strata::connectors {

/// A value of a result in text format (never null: nulls are checked before).
QVariant pgValue(const char *text, int length, Oid type);

/// The text PostgreSQL reads a value from: "t"/"f", numbers, ISO dates, "\x..." for bytes.
QByteArray pgText(const QVariant &value);

/// Parameters as PQsendQueryParams takes them: bytes go in binary format, everything else as text
/// for the server to read as the parameter's type.
class PgParams
{
public:
    explicit PgParams(const Row &params);
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_values;
    std::vector<int> m_lengths, m_formats;
};

} // namespace strata::connectors

// Rows as text for strata-cli: TSV in PostgreSQL's COPY text style (\N for NULL, backslash escapes)
// or CSV as RFC 4180 has it (an empty field for NULL, "" for an empty string).
#pragma once

#include <connectors/Column.h>

#include <QTextStream>

namespace strata::cli {

class RowWriter
{
public:
    enum class Format { Tsv, Csv };

    RowWriter(QTextStream &out, Format format) : m_out(out), m_format(format) {}
    void header(const QList<connectors::Column> &columns);
    void row(const connectors::Row &row);

    /// A value as text, the way PostgreSQL prints it: t/f, shortest exact numbers, \x hex for bytes.
    static QString text(const QVariant &value);

private:
    void field(const QString &text, bool isNull);

    QTextStream &m_out;
    Format m_format;
    bool m_first = true;
};

} // namespace strata::cli

// Rows as text for the clipboard and for CSV files: tab-separated, CSV, a Markdown table, or INSERT
// statements that put the rows back into a table. NULL stays apart from an empty string wherever the
// format can say so (CSV as PostgreSQL's COPY writes it: NULL unquoted and empty, '' as "").
#pragma once

#include <connectors/Column.h>
#include <connectors/ConnectionSpec.h>

namespace strata::connectors::ui {

enum class CopyFormat { Tsv, Csv, Markdown, Inserts };

struct CopyOptions
{
    bool header = true;                  ///< a first line of column names (TSV, CSV; Markdown always has one)
    Dialect dialect = Dialect::Postgres; ///< how INSERT literals are written
    QString schema;                      ///< the INSERTs' table; an empty schema leaves the name unqualified
    QString table = QStringLiteral("result");
};

class RowFormatter
{
public:
    static QString format(CopyFormat format, const QList<Column> &columns, const QList<Row> &rows,
                          const CopyOptions &options = {});

    /// One CSV line (RFC 4180, \r\n at the end): fields quoted when they need it, "" for an empty
    /// string, nothing for NULL.
    static QString csvLine(const QList<QVariant> &values);
    /// The column names as a CSV line.
    static QString csvHeader(const QList<Column> &columns);
    /// The value as a SQL literal of the dialect: NULL, 42, 'it''s', TRUE, '\x00ff' (PostgreSQL
    /// bytea) or X'00FF' (SQLite blob).
    static QString sqlLiteral(const QVariant &value, const Column &column, Dialect dialect);
    /// The value as plain text: what a spreadsheet cell would hold (bytes as \x...; NULL empty).
    static QString plainText(const QVariant &value);
};

} // namespace strata::connectors::ui

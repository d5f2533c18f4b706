#include "connectors/ui/RowFormatter.h"

#include <cmath>
#include <connectors/SqlQuoting.h>

namespace strata::connectors::ui {

namespace {

constexpr quint32 numericOid = 1700;

QString quotedField(const QString &text, QChar separator)
{
    const bool needsQuotes = text.isEmpty() || text.contains(separator) || text.contains(u'"') ||
                             text.contains(u'\n') || text.contains(u'\r') || text.front().isSpace() ||
                             text.back().isSpace();
    if (!needsQuotes)
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString separated(const QList<QVariant> &values, QChar separator)
{
    QStringList fields;
    for (const QVariant &v : values)
        fields << (v.isNull() ? QString() : quotedField(RowFormatter::plainText(v), separator));
    return fields.join(separator);
}

QString tsvField(const QVariant &value)
{
    // Spreadsheets read a tab-separated paste cell by cell; only fields with tabs, line breaks or
    // quotes need quoting, and an empty string cannot be told from NULL.
    const QString text = RowFormatter::plainText(value);
    const bool needsQuotes =
        text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r') || text.startsWith(u'"');
    return needsQuotes ? u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"' : text;
}

QString markdownCell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("*NULL*");
    QString text = RowFormatter::plainText(value);
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'|', QStringLiteral("\\|"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("<br>")).replace(u'\n', QStringLiteral("<br>"));
    return text;
}

bool isNumberType(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::Double;
}

QString markdown(const QList<Column> &columns, const QList<Row> &rows)
{
    QStringList names, rule;
    for (int c = 0; c < columns.size(); ++c) {
        names << markdownCell(columns[c].name);
        const bool numeric = !rows.isEmpty() && c < rows.first().size() && isNumberType(rows.first()[c]);
        rule << (numeric ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    QString out = QStringLiteral("| ") + names.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ") +
                  rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const Row &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << markdownCell(v);
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

QString inserts(const QList<Column> &columns, const QList<Row> &rows, const CopyOptions &options)
{
    QStringList names;
    for (const Column &c : columns)
        names << quoteIdentifier(c.name);
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (")
            .arg(quoteQualified(options.schema, options.table), names.join(QStringLiteral(", ")));
    QString out;
    for (const Row &row : rows) {
        QStringList values;
        for (int c = 0; c < columns.size(); ++c)
            values << RowFormatter::sqlLiteral(row.value(c), columns[c], options.dialect);
        out += head + values.join(QStringLiteral(", ")) + QStringLiteral(");\n");
    }
    return out;
}

QString doubleLiteral(double d, Dialect dialect)
{
    if (std::isfinite(d))
        return QString::number(d, 'g', 17);
    if (dialect == Dialect::Sqlite) // SQLite reads 9e999 as infinity and has no NaN
        return std::isnan(d) ? QStringLiteral("NULL")
                             : (d > 0 ? QStringLiteral("9e999") : QStringLiteral("-9e999"));
    return std::isnan(d) ? QStringLiteral("'NaN'")
                         : (d > 0 ? QStringLiteral("'Infinity'") : QStringLiteral("'-Infinity'"));
}

bool isPlainNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && !text.contains(u'n', Qt::CaseInsensitive); // not NaN nor Infinity
}

} // namespace

QString RowFormatter::plainText(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral("NaN"); // as PostgreSQL writes them
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return QString::number(d, 'g', 17);
    }
    default:
        return value.toString();
    }
}

QString RowFormatter::sqlLiteral(const QVariant &value, const Column &column, Dialect dialect)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toString();
    case QMetaType::Double:
        return doubleLiteral(value.toDouble(), dialect);
    case QMetaType::Bool:
        if (dialect == Dialect::Sqlite)
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QByteArray: {
        const QString hex = QString::fromLatin1(value.toByteArray().toHex());
        return dialect == Dialect::Sqlite ? QStringLiteral("X'") + hex.toUpper() + u'\''
                                          : QStringLiteral("'\\x") + hex + u'\'';
    }
    default: {
        const QString text = value.toString();
        if (column.typeOid == numericOid && isPlainNumber(text))
            return text;
        return quoteLiteral(text);
    }
    }
}

QString RowFormatter::csvLine(const QList<QVariant> &values)
{
    return separated(values, u',') + QStringLiteral("\r\n");
}

QString RowFormatter::csvHeader(const QList<Column> &columns)
{
    QList<QVariant> names;
    for (const Column &c : columns)
        names << c.name;
    return csvLine(names);
}

QString RowFormatter::format(CopyFormat format, const QList<Column> &columns, const QList<Row> &rows,
                             const CopyOptions &options)
{
    switch (format) {
    case CopyFormat::Csv: {
        QString out = options.header ? csvHeader(columns) : QString();
        for (const Row &row : rows)
            out += csvLine(row);
        return out;
    }
    case CopyFormat::Tsv: {
        QStringList lines;
        if (options.header) {
            QStringList names;
            for (const Column &c : columns)
                names << tsvField(c.name);
            lines << names.join(u'\t');
        }
        for (const Row &row : rows) {
            QStringList fields;
            for (const QVariant &v : row)
                fields << tsvField(v);
            lines << fields.join(u'\t');
        }
        return lines.join(u'\n') + u'\n';
    }
    case CopyFormat::Markdown:
        return markdown(columns, rows);
    case CopyFormat::Inserts:
        return inserts(columns, rows, options);
    }
    return {};
}

} // namespace strata::connectors::ui

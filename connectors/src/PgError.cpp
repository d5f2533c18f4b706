#include "PgError.h"

#include <pqxx/except>

namespace strata::connectors {

namespace {

QString field(const PGresult *result, int code)
{
    const char *value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

// Where the server's 1-based character position points, or the start of the statement.
SourcePlace placeOf(const PGresult *result, const StatementRef &statement)
{
    if (!statement.script)
        return {};
    const QString position = field(result, PG_DIAG_STATEMENT_POSITION);
    qsizetype index = statement.span.offset;
    if (!position.isEmpty()) {
        const QString text = statement.script->statementText(statement.span);
        index += ScriptText::indexOfCodePoint(text, qMax(0, position.toInt() - 1));
    }
    return statement.script->placeAt(index);
}

// Detail, then where in a function body the error happened (CONTEXT, and the inner query).
QString detailOf(const PGresult *result, bool withContext)
{
    QStringList parts;
    if (const QString detail = field(result, PG_DIAG_MESSAGE_DETAIL); !detail.isEmpty())
        parts << detail;
    if (const QString context = field(result, PG_DIAG_CONTEXT); withContext && !context.isEmpty())
        parts << QStringLiteral("where: ") + context;
    if (const QString internal = field(result, PG_DIAG_INTERNAL_QUERY); !internal.isEmpty())
        parts << QStringLiteral("in the query: ") + internal;
    return parts.join(u'\n');
}

} // namespace

QString pgMessageText(const char *message)
{
    return message ? QString::fromUtf8(message).simplified() : QString();
}

Error pgResultError(const PGresult *result, const StatementRef &statement)
{
    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = pgMessageText(PQresultErrorMessage(result));
    Error error(message, placeOf(result, statement), field(result, PG_DIAG_SQLSTATE));
    error.detail = detailOf(result, true);
    error.hint = field(result, PG_DIAG_MESSAGE_HINT);
    return error;
}

Diagnostic pgNotice(const PGresult *result, const StatementRef &statement)
{
    Diagnostic notice;
    const QString severity = field(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    notice.severity = severity == u"WARNING"                                                  ? Severity::Warning
                      : severity == u"ERROR" || severity == u"FATAL" || severity == u"PANIC" ? Severity::Error
                                                                                          : Severity::Info;
    notice.code = field(result, PG_DIAG_SQLSTATE);
    notice.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    const QString detail = detailOf(result, false); // as psql: a notice's context is noise
    if (!detail.isEmpty())
        notice.message += u'\n' + detail;
    notice.hint = field(result, PG_DIAG_MESSAGE_HINT);
    if (!field(result, PG_DIAG_STATEMENT_POSITION).isEmpty())
        notice.place = placeOf(result, statement);
    return notice;
}

Error pqxxSqlError(const pqxx::sql_error &e)
{
    // "ERROR:  message\nDETAIL:  detail\nHINT:  hint\nCONTEXT:  ..." (the labels are the server's).
    Error error;
    error.code = QString::fromStdString(e.sqlstate());
    QStringList rest;
    const QStringList lines = QString::fromUtf8(e.what()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1String(":  "));
        const QString label = colon > 0 ? line.left(colon) : QString();
        const QString text = colon > 0 ? line.mid(colon + 3).trimmed() : line.trimmed();
        if (error.message.isEmpty())
            error.message = text;
        else if (label == u"DETAIL")
            error.detail = text;
        else if (label == u"HINT")
            error.hint = text;
        else
            rest << text;
    }
    if (!rest.isEmpty())
        error.detail += (error.detail.isEmpty() ? QString() : QStringLiteral("\n")) + rest.join(u'\n');
    return error;
}

} // namespace strata::connectors

#include "PostgresSyntax.h"

#include "PostgresExpression.h"

#include <pg_query.h>

namespace strata::modeler {

Result<void> PostgresSyntax::checkStatement(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    PgQuerySplitResult split = pg_query_split_with_parser(utf8.constData());
    Result<void> out;
    if (split.error)
        out = Error(QString::fromUtf8(split.error->message));
    else if (split.n_stmts != 1)
        out = Error(QStringLiteral("%1 statements where one was expected").arg(split.n_stmts));
    pg_query_free_split_result(split);
    return out;
}

Result<void> PostgresSyntax::checkExpression(const QString &expression)
{
    const PostgresExpression parsed(expression);
    if (!parsed.node())
        return Error(parsed.error());
    return Result<void>::success();
}

} // namespace strata::modeler

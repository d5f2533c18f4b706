// Parses a PostgreSQL expression with libpg_query and prints it for SQLite (SqliteExpressionPrinter).
#include "SqliteExpression.h"

#include "PostgresExpression.h"
#include "SqliteExpressionPrinter.h"

namespace strata::modeler {

Result<QString> SqliteExpression::fromPostgres(const QString &expression, const Model &model)
{
    const PostgresExpression parsed(expression);
    if (!parsed.node())
        return Error(QStringLiteral("PostgreSQL cannot read it either: %1").arg(parsed.error()));
    try {
        return SqliteExpressionPrinter(model).node(parsed.node());
    } catch (const SqliteExpressionPrinter::Untranslatable &u) {
        return Error(QStringLiteral("SQLite has no counterpart for %1").arg(u.what));
    }
}

} // namespace strata::modeler

// SQL checked with PostgreSQL's own parser (libpg_query) before it goes into a script, so that a
// malformed expression in the model costs its own clause, not the statements after it (a trailing
// "--" comment, an unbalanced parenthesis or a ";" inside an expression would otherwise run on).
#pragma once

#include <strata/Result.h>

#include <QString>

namespace strata::modeler {

class PostgresSyntax
{
public:
    /// Success when `expression` is one whole expression, with nothing after it.
    static Result<void> checkExpression(const QString &expression);
    /// Success when `sql` is exactly one statement.
    static Result<void> checkStatement(const QString &sql);
};

} // namespace strata::modeler

// One statement of a PostgreSQL script: where its text is, its place, and a lexer over it.
#pragma once

#include "PostgresScript.h"
#include "SqlLexer.h"

namespace strata::modeler {

/// One statement of the script: its text runs from its first token to its end.
struct PostgresStatement
{
    const PostgresScript *script = nullptr;
    int begin = 0;
    int end = 0;

    SourcePlace place() const { return script->place(begin); }
    SourcePlace placeAt(int offset) const { return script->place(offset); }
    /// A lexer over the statement's text.
    SqlLexer lexer() const { return SqlLexer(script->text(), begin, end, Dialect::Postgres); }
    /// The start of the statement's first line, for messages: "CREATE FUNCTION public.f(integer) ...".
    QString head() const;
};

} // namespace strata::modeler

#include "PgScript.h"

#include <pg_query.h>

namespace strata::connectors {

namespace {

// Returns false when the splitter failed (a syntax error for the parser).
bool split(const ScriptText &script, PgQuerySplitResult (*splitter)(const char *), QList<StatementSpan> &out)
{
    PgQuerySplitResult result = splitter(script.utf8().constData());
    const bool ok = !result.error;
    if (ok) {
        for (int i = 0; i < result.n_stmts; ++i) {
            const PgQuerySplitStmt *s = result.stmts[i];
            // A length of 0 means "to the end of the script" (PostgreSQL's RawStmt convention).
            const qsizetype length = s->stmt_len > 0 ? s->stmt_len : script.utf8().size() - s->stmt_location;
            const StatementSpan span = script.spanOfBytes(s->stmt_location, length);
            if (span.byteLength > 0)
                out.append(span);
        }
    }
    pg_query_free_split_result(result);
    return ok;
}

} // namespace

QList<StatementSpan> splitPostgresScript(const ScriptText &script)
{
    QList<StatementSpan> statements;
    // The parser knows BEGIN ATOMIC ... END and CREATE RULE bodies; a script with a syntax error only
    // splits with the scanner, and its bad statement then goes to the server to report the error.
    if (split(script, &pg_query_split_with_parser, statements))
        return statements;
    statements.clear();
    if (split(script, &pg_query_split_with_scanner, statements))
        return statements;
    // Not even the scanner could read it (an unterminated quote): one statement, for the server to explain.
    const StatementSpan whole = script.spanOfBytes(0, script.utf8().size());
    return whole.byteLength > 0 ? QList<StatementSpan>{whole} : QList<StatementSpan>{};
}

} // namespace strata::connectors

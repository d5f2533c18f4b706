// Sequences of a PostgreSQL script: CREATE SEQUENCE with its options, ALTER SEQUENCE (OWNED BY and
// options), and the sequence options of identity columns.
#pragma once

#include "PostgresContext.h"

struct PgQuery__CreateSeqStmt;
struct PgQuery__AlterSeqStmt;
struct PgQuery__Node;

namespace strata::modeler {

class PostgresSequenceReader
{
public:
    static void createSequence(PostgresContext &context, const PostgresStatement &statement, const PgQuery__CreateSeqStmt &create);
    static void alterSequence(PostgresContext &context, const PostgresStatement &statement, const PgQuery__AlterSeqStmt &alter);
    /// GENERATED ALWAYS|BY DEFAULT AS IDENTITY (options) of a column of `table`.
    static void readIdentity(PostgresContext &context, const PostgresStatement &statement, const Table &table, Column &column,
                             const char *generatedWhen, PgQuery__Node *const *options, size_t optionCount);
};

} // namespace strata::modeler

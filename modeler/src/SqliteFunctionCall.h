// A PostgreSQL function call in SQLite's spelling: renamed where SQLite has the same function under
// another name (strpos → instr, string_agg → group_concat, bool_and → min), rewritten where SQLite
// spells it otherwise (concat, date_trunc, extract), with aggregates' DISTINCT, * and FILTER and
// window functions' OVER. Anything else keeps its name: SQLite says whether it knows it.
#pragma once

#include "SqliteExpressionPrinter.h"

struct PgQuery__FuncCall;

namespace strata::modeler {

class SqliteFunctionCall
{
public:
    explicit SqliteFunctionCall(const SqliteExpressionPrinter &printer) : m_printer(printer) {}

    /// The call; throws SqliteExpressionPrinter::Untranslatable where SQLite has no counterpart.
    QString print(const PgQuery__FuncCall *call) const;

private:
    /// The call without DISTINCT, FILTER and OVER, or empty to keep the name with the arguments.
    QString rewritten(const QString &name, const PgQuery__FuncCall *call) const;
    QString argument(const PgQuery__FuncCall *call, size_t i) const;
    QString arguments(const PgQuery__FuncCall *call) const;
    /// The string constant a date function takes first ('day', 'year'), in lower case.
    static QString field(const PgQuery__FuncCall *call, const QString &name);

    const SqliteExpressionPrinter &m_printer;
};

} // namespace strata::modeler

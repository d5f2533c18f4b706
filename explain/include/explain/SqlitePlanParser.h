// Reads SQLite's EXPLAIN QUERY PLAN, from the rows a connection returns (id, parent, detail) or
// from the tree the sqlite3 shell prints, into the plan model: SCAN, SEARCH ... USING (COVERING)
// INDEX, temp B-trees, subqueries, CTEs (MATERIALIZE, CO-ROUTINE) and compound selects.
#pragma once

#include "explain/Plan.h"

#include <strata/Result.h>

namespace strata::explain {

/// One row of EXPLAIN QUERY PLAN: its columns id, parent, notused, detail.
struct SqlitePlanRow
{
    int id = 0;
    int parent = 0; ///< 0: a top-level step
    QString detail; ///< "SEARCH orders USING INDEX orders_customer (customer_id=?)"
};

class SqlitePlanParser
{
public:
    static Result<Plan> fromRows(const QList<SqlitePlanRow> &rows, const QString &sourceName = {});
    /// The sqlite3 shell's output ("QUERY PLAN", "|--SCAN t", "`--SEARCH ...") or "id|parent|0|detail" rows.
    static Result<Plan> parse(QStringView text, const QString &sourceName = {});
    /// True when the text looks like SQLite's output rather than PostgreSQL's.
    static bool looksLikeSqlite(QStringView text);
    /// The fields of one step: "Node Type" ("Scan", "Search", "Temp B-Tree", ...), "Relation Name",
    /// "Index Name", "Index Cond", "Covering Index", "Automatic Index", and the "Detail" as written.
    static QJsonObject fieldsOf(const QString &detail);
};

} // namespace strata::explain

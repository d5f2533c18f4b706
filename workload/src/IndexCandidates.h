// Candidate indexes for a workload: from each statement's use of each table (StatementShape), the
// equality columns then a range, the equality columns then the ORDER BY (no sort), the GROUP BY,
// each join column, and covering variants that hold every column the statement reads; without
// the ones an existing index already starts with. Most promising first, by the statements' weights.
#pragma once

#include "DatabaseCatalog.h"

#include "workload/IndexAdvice.h"
#include "workload/Workload.h"

namespace strata::workload {

class IndexCandidates
{
public:
    /// `sqliteKeys`: covering columns go into the key (SQLite has no INCLUDE). Statements that
    /// PostgreSQL's parser cannot read are named in `unreadable`.
    static QList<IndexCandidate> of(const Workload &workload, const DatabaseCatalog &catalog, bool sqliteKeys, int limit,
                                    QStringList *unreadable);
};

} // namespace strata::workload

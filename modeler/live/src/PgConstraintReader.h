// The constraints (primary keys, uniques, checks, foreign keys; domain checks) and the indexes of the
// tables read. Keys cloned onto partitions from their parent's foreign keys are the parent's; what
// the model cannot hold (exclusion constraints, NOT VALID, keys to tables not read) is reported.
#pragma once

#include "CatalogRows.h"
#include "PgCatalogState.h"

namespace strata::modeler::live {

class PgConstraintReader
{
public:
    explicit PgConstraintReader(PgCatalogState &state) : m_state(state) {}

    void readConstraints(const CatalogRows &rows);
    void readIndexes(const CatalogRows &rows);

private:
    QStringList columnIds(qint64 tableOid, const QJsonArray &attnums) const;
    void readDomainCheck(const CatalogRows &rows, int row);
    void readForeignKey(const CatalogRows &rows, int row, Table &table);

    PgCatalogState &m_state;
};

} // namespace strata::modeler::live

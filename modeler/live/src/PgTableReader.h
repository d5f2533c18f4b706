// The columns of the tables read, and the sequences: an identity's sequence becomes the identity's
// options, an owned sequence that only feeds its column's nextval() default becomes a serial column,
// and every other sequence is a sequence of the model.
#pragma once

#include "CatalogRows.h"
#include "PgCatalogState.h"

namespace strata::modeler::live {

class PgTableReader
{
public:
    explicit PgTableReader(PgCatalogState &state) : m_state(state) {}

    void readColumns(const CatalogRows &rows);
    void readSequences(const CatalogRows &rows);

private:
    Column *ownerColumn(const CatalogRows &rows, int row, Table **table);
    bool isSerial(const CatalogRows &rows, int row, const Table &table, const Column &column,
                  const SequenceOptions &options) const;

    PgCatalogState &m_state;
};

} // namespace strata::modeler::live

// PostgreSQL reverse engineering: runs the catalog queries (one per kind) in one read-only snapshot
// and builds the model from them: schemas, enums, domains, tables and views here; columns and
// sequences in PgTableReader; constraints and indexes in PgConstraintReader.
#pragma once

#include "CatalogRows.h"
#include "PgCatalogState.h"

#include "modeler/live/LiveModelReader.h"

namespace strata::modeler::live {

class PgModelReader
{
public:
    PgModelReader(connectors::Session &session, const ReverseOptions &options, TaskControl *control);
    Result<ReverseResult> read();

private:
    Result<CatalogRows> query(const QString &sql, const QString &step);
    Result<void> readAll();
    void readSchemas(const CatalogRows &rows);
    void readTypes(const CatalogRows &rows);
    void readRelations(const CatalogRows &rows);
    void readView(const CatalogRows &rows, int row);
    void readUnsupported(const CatalogRows &rows);

    connectors::Session &m_session;
    ReverseOptions m_options;
    TaskControl *m_control;
    PgCatalogState m_state;
    int m_step = 0;
};

} // namespace strata::modeler::live

// The database side of a synthetic-data run, around the rows: the model's schema created from the
// DDL writer's statements (tables first; indexes, foreign keys and views after the data), the
// model's old objects dropped when asked, and after the load the UPDATEs of keys that closed a cycle,
// identity sequences moved past the generated ids, the foreign keys checked (SQLite) and ANALYZE.
#pragma once

#include "KeptValues.h"
#include "TableGenerator.h"
#include "TablePlan.h"

#include <connectors/Session.h>
#include <modeler/DdlWriter.h>

#include <strata/Diagnostic.h>

#include <vector>

namespace strata::workload {

class TargetSchema
{
public:
    TargetSchema(const modeler::Model &model, connectors::Session &session);

    /// Writes the DDL (its warnings go to `diagnostics`), refuses a database that already has the
    /// model's tables unless `replace` (then drops them), and creates everything the rows need.
    Result<void> create(bool replace, Diagnostics &diagnostics);
    /// Sets the keys that closed a cycle, moves sequences, creates indexes, foreign keys and views.
    Result<void> finish(const std::vector<TablePlan> &tables, const std::vector<KeptValues> &kept,
                        const std::vector<QList<TableGenerator::PendingUpdate>> &pending, bool analyze);

private:
    Result<void> execute(const QString &sql, const connectors::Row &params = {});
    Result<void> dropExisting(bool replace);
    Result<void> update(const TablePlan &table, const std::vector<KeptValues> &kept,
                        const QList<TableGenerator::PendingUpdate> &pending);
    Result<void> moveSequences(const std::vector<TablePlan> &tables);
    Result<void> checkForeignKeys();
    QString qualified(const QString &schema, const QString &name) const;
    QString placeholder(int n) const;

    const modeler::Model &m_model;
    connectors::Session &m_session;
    modeler::Dialect m_dialect;
    QList<modeler::DdlStatement> m_statements;
};

} // namespace strata::workload

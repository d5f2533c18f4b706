// A plan an editor tab asked its database for: the statement, the plan as the database printed it
// (PostgreSQL's EXPLAIN (FORMAT JSON) text, SQLite's EXPLAIN QUERY PLAN rows as "id|parent|0|detail"
// lines), and how it was asked. The main window hands it to the explain workbench.
#pragma once

#include <connectors/ConnectionSpec.h>
#include <QMetaType>
#include <QString>

namespace strata::connectors::ui {

struct ExplainedPlan
{
    QString statement;  ///< as it stands in the editor, without a trailing semicolon
    QString planText;   ///< what the database returned
    Dialect dialect = Dialect::Postgres;
    bool analyze = false;  ///< EXPLAIN ANALYZE (with BUFFERS): the statement ran
    QString connection;    ///< the connection's display name
};

} // namespace strata::connectors::ui

Q_DECLARE_METATYPE(strata::connectors::ui::ExplainedPlan)

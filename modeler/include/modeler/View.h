// A view (or materialized view) defined by a query.
#pragma once

#include "modeler/Dialect.h"

#include <QString>
#include <QStringList>

namespace strata::modeler {

struct View
{
    QString id;
    QString schemaId;
    QString name;
    QString definition;      ///< the SELECT, without CREATE VIEW ... AS and without a final semicolon
    QStringList columnNames; ///< explicit column list, when given
    bool materialized = false;
    QString checkOption;     ///< "LOCAL" or "CASCADED" for WITH CHECK OPTION; empty: none
    QString comment;
    /// The SQL the definition is written in: PostgreSQL's (pg_dump, the editor; the default) or
    /// SQLite's (read from a SQLite database or script). The SQLite DDL rewrites PostgreSQL's.
    Dialect dialect = Dialect::Postgres;

    bool operator==(const View &) const = default;
};

} // namespace strata::modeler

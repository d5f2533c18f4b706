// A workload: the statements an application runs, how often each runs relative to the others, and
// where their parameters come from. Read from a .sql file with comment headers (docs/workload.md):
//
//     -- name: orders_of_customer  weight: 5
//     -- $1: sample(orders.customer_id)
//     SELECT * FROM orders WHERE customer_id = $1 ORDER BY placed_at DESC LIMIT 20;
//
// Parameters are written $1, $2 ... as PostgreSQL writes them; SQLite gets ?1, ?2 in their place.
#pragma once

#include "workload/ParameterSource.h"

#include <strata/Result.h>

#include <QList>
#include <QMap>

namespace strata::workload {

struct WorkloadStatement
{
    QString name;
    double weight = 1;
    QString sql;                          ///< as written, with $n parameters
    QMap<int, ParameterSource> parameters; ///< by number
    SourcePlace place;                    ///< of the statement's header

    /// The SQL for a dialect: SQLite's ?n for PostgreSQL's $n (strings and comments untouched).
    QString sqlFor(bool sqlite) const;
    bool operator==(const WorkloadStatement &) const = default;
};

struct Workload
{
    QString source; ///< the file, for messages
    QList<WorkloadStatement> statements;

    /// Refuses what it does not understand with the line and column: an unknown header, a weight
    /// that is no positive number, a parameter the SQL uses without a source, a source of a
    /// parameter the SQL does not use, two statements under one header, a repeated name.
    static Result<Workload> parse(const QString &text, const QString &sourceName = {});
    static Result<Workload> load(const QString &path);
    /// The model's own workload: a file beside the model file, named after it ("shop.strata" ->
    /// "shop.workload.sql"), as the samples ship theirs and the IDE opens it.
    static QString besideModel(const QString &modelFile);
};

} // namespace strata::workload

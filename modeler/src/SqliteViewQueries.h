// The query each view of a model gets in SQLite: PostgreSQL's rewritten in SQLite's spelling
// (SqliteSelect), SQLite's as written. SQLite resolves names only when it compiles a query, so each
// query is tried on a scratch database holding the model's tables as the SQLite DDL creates them
// and the views that SQLite takes, so that a view over a view is judged as the script runs it.
#pragma once

#include "SqliteProbe.h"

#include "modeler/Model.h"

#include <QHash>

namespace strata::modeler {

class SqliteDdl;

class SqliteViewQueries
{
public:
    struct Choice
    {
        QString sql;            ///< the query; empty when SQLite takes none
        bool rewritten = false; ///< the query is SqliteSelect's rewrite, and differs from the text beyond layout
        QString problem;        ///< why there is none: what SQLite lacks, or SQLite's refusal
    };

    explicit SqliteViewQueries(const Model &model) : m_model(model) {}

    /// The choice for a view of the model; every view is decided at the first call.
    Choice choice(const View &view);

private:
    void decideAll();
    Choice decide(const SqliteDdl &builder, const View &view);
    /// Whether SQLite creates the view with that query and can query it; it stays if `keep`.
    Result<void> tryView(const SqliteDdl &builder, const View &view, const QString &query, bool keep);

    const Model &m_model;
    SqliteProbe m_scratch;
    QHash<QString, Choice> m_choices; // by view id
    bool m_decided = false;
};

} // namespace strata::modeler

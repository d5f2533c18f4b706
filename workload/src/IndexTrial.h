// One candidate index tried on the database: its name and CREATE INDEX (identifiers quoted where
// the dialect needs it), created and timed, sized (SQLite's dbstat, PostgreSQL's
// pg_relation_size), dropped again; and what it adds to an insert, measured on a scratch copy of
// the table with and without the index, so the table itself is not touched.
#pragma once

#include "workload/IndexAdvice.h"

#include <connectors/Session.h>

namespace strata::workload {

class IndexTrial
{
public:
    /// `taken`: index names the database has; the trial's name avoids them.
    IndexTrial(connectors::Session &session, const IndexCandidate &candidate, const QStringList &taken);

    QString name() const { return m_name; }
    QString createSql() const;
    Result<double> create(); ///< returns the ms it took
    Result<void> drop();
    Result<qint64> sizeBytes();
    /// Microseconds per inserted row, without and with the index, on `rows` rows copied to a scratch table.
    Result<std::pair<double, double>> writeCost(qint64 rows);

private:
    QString quoted(const QString &name) const;
    QString table() const;
    QString keyList() const;
    Result<double> timedInsert(const QString &scratch, qint64 rows);

    connectors::Session &m_session;
    IndexCandidate m_candidate;
    QString m_name;
    bool m_sqlite;
};

} // namespace strata::workload

// Verifies a generated row against the CHECK constraints that generators cannot meet by
// construction, in a SQLite engine in memory: the check in SQLite's spelling (from the DDL writer),
// the row's values bound with their column's type affinity. One evaluator per table generator (its
// own connection), so tables generating in parallel do not share one.
#pragma once

#include <connectors/Session.h>

#include <strata/Result.h>

#include <memory>

namespace strata::workload {

class CheckEvaluator
{
public:
    struct ColumnSlot
    {
        QString name;
        QString affinity; ///< INTEGER, REAL, NUMERIC, TEXT or BLOB
    };
    struct Check
    {
        int index = -1;     ///< the caller's number for it
        QString expression; ///< SQLite's spelling
    };

    /// `columns` in the order of the rows to verify; `generated`: (name, expression) of columns the
    /// database computes from the others. Checks SQLite cannot compile are left out and named in
    /// `refused` (with the reason).
    static Result<std::unique_ptr<CheckEvaluator>> create(const QList<ColumnSlot> &columns,
                                                          const QList<std::pair<QString, QString>> &generated,
                                                          const QList<Check> &checks, QStringList *refused);
    ~CheckEvaluator();

    bool isEmpty() const { return m_checks.isEmpty(); }
    /// The caller's index of the first check the row breaks; -1 when it breaks none.
    Result<int> firstBroken(const connectors::Row &row);

private:
    CheckEvaluator() = default;

    std::unique_ptr<connectors::Session> m_session;
    connectors::PreparedStatement m_statement;
    QList<Check> m_checks;
};

} // namespace strata::workload

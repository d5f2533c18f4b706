#include "IndexCandidates.h"

#include "StatementShape.h"

namespace strata::workload {

namespace {

// An existing index whose key starts with these columns serves the same lookups.
bool served(const DatabaseCatalog &catalog, const CatalogTable &table, const QStringList &columns)
{
    for (const CatalogIndex *i : catalog.indexesOf(table)) {
        if (i->columns.size() < columns.size())
            continue;
        bool prefix = true;
        for (int k = 0; k < columns.size() && prefix; ++k)
            prefix = i->columns[k].compare(columns[k], Qt::CaseInsensitive) == 0;
        if (prefix)
            return true;
    }
    return false;
}

struct Proposal
{
    IndexCandidate candidate;
    double weight = 0; ///< of the statements that asked for it
};

class Collector
{
public:
    Collector(const DatabaseCatalog &catalog, bool sqliteKeys) : m_catalog(catalog), m_sqliteKeys(sqliteKeys) {}

    void propose(const TableUse &use, QStringList columns, const QStringList &descending, const QString &reason,
                 const WorkloadStatement &statement, bool covering = false)
    {
        columns.removeDuplicates();
        if (columns.isEmpty() || served(m_catalog, *use.table, columns))
            return;
        IndexCandidate c{use.table->schema, use.table->name, columns, descending, {}, reason, {}};
        if (covering) {
            if (use.readsAll)
                return;
            QStringList rest;
            for (const QString &r : use.read)
                if (!columns.contains(r))
                    rest << r;
            if (rest.isEmpty() || columns.size() + rest.size() > 6)
                return; // already covering, or too wide to be worth its writes
            (m_sqliteKeys ? c.columns : c.include) += rest;
            c.reason += QStringLiteral(", covering what it reads");
        }
        for (Proposal &p : m_proposals) {
            if (p.candidate.table == c.table && p.candidate.schema == c.schema && p.candidate.columns == c.columns &&
                p.candidate.include == c.include && p.candidate.descending == c.descending) {
                if (!p.candidate.statements.contains(statement.name)) {
                    p.candidate.statements << statement.name;
                    p.weight += statement.weight;
                }
                return;
            }
        }
        c.statements << statement.name;
        m_proposals << Proposal{c, statement.weight};
    }

    // Filters (equality with a value) lead; join columns matter where the table is the inner side
    // of a join, alone or after the filters; an ORDER BY or a range follows the filters.
    void statement(const WorkloadStatement &s, const TableUse &use)
    {
        QStringList filters;
        for (const QString &c : use.equality)
            if (!use.joins.contains(c))
                filters << c;
        if (!filters.isEmpty() && uniquelyServed(*use.table, filters))
            return; // at most one row already: no index makes it cheaper
        QStringList orderColumns, descending;
        for (const auto &[column, desc] : use.orderBy) {
            orderColumns << column;
            if (desc)
                descending << column;
        }
        const QString on = QStringLiteral("on %1").arg(filters.join(u", "));
        if (!filters.isEmpty()) {
            propose(use, filters, {}, QStringLiteral("equality %1").arg(on), s);
            propose(use, filters, {}, QStringLiteral("equality %1").arg(on), s, true);
            if (!use.ranges.isEmpty())
                propose(use, filters + QStringList{use.ranges.first()}, {},
                        QStringLiteral("equality %1, then the range of %2").arg(on, use.ranges.first()), s);
            if (!use.joins.isEmpty())
                propose(use, filters + use.joins, {}, QStringLiteral("equality %1, then the join on %2").arg(on, use.joins.join(u", ")), s);
        } else if (!use.ranges.isEmpty()) {
            propose(use, {use.ranges.first()}, {}, QStringLiteral("the range of %1").arg(use.ranges.first()), s);
        }
        if (!orderColumns.isEmpty()) {
            const QString reason = filters.isEmpty() ? QStringLiteral("ORDER BY %1").arg(orderColumns.join(u", "))
                                                     : QStringLiteral("equality %1, then ORDER BY %2").arg(on, orderColumns.join(u", "));
            propose(use, filters + orderColumns, descending, reason + (filters.isEmpty() ? QString() : QStringLiteral(" (no sort)")), s);
            propose(use, filters + orderColumns, descending, reason, s, true);
        }
        if (!use.groupBy.isEmpty())
            propose(use, filters + use.groupBy, {}, QStringLiteral("GROUP BY %1").arg(use.groupBy.join(u", ")), s);
        for (const QString &j : use.joins)
            propose(use, {j}, {}, QStringLiteral("joined on %1").arg(j), s);
    }

    // A unique index (or the primary key) on some of these columns: the lookup finds one row.
    bool uniquelyServed(const CatalogTable &table, const QStringList &columns) const
    {
        for (const CatalogIndex *i : m_catalog.indexesOf(table)) {
            if (!i->unique)
                continue;
            const bool within = std::all_of(i->columns.begin(), i->columns.end(), [&](const QString &c) {
                return std::any_of(columns.begin(), columns.end(), [&](const QString &f) { return f.compare(c, Qt::CaseInsensitive) == 0; });
            });
            if (within)
                return true;
        }
        return false;
    }

    QList<IndexCandidate> best(int limit)
    {
        std::stable_sort(m_proposals.begin(), m_proposals.end(), [](const Proposal &a, const Proposal &b) {
            return a.weight > b.weight || (a.weight == b.weight && a.candidate.columns.size() < b.candidate.columns.size());
        });
        QList<IndexCandidate> out;
        for (const Proposal &p : std::as_const(m_proposals))
            if (out.size() < limit)
                out << p.candidate;
        return out;
    }

private:
    const DatabaseCatalog &m_catalog;
    bool m_sqliteKeys;
    QList<Proposal> m_proposals;
};

} // namespace

QList<IndexCandidate> IndexCandidates::of(const Workload &workload, const DatabaseCatalog &catalog, bool sqliteKeys, int limit,
                                          QStringList *unreadable)
{
    Collector collector(catalog, sqliteKeys);
    for (const WorkloadStatement &s : workload.statements) {
        bool readable = true;
        const QList<TableUse> uses = StatementShape::of(s.sql, catalog, &readable);
        if (!readable && unreadable)
            *unreadable << s.name;
        for (const TableUse &use : uses)
            collector.statement(s, use);
    }
    return collector.best(limit);
}

} // namespace strata::workload

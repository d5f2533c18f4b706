#include "KeyPlanner.h"

#include <QSet>

namespace strata::workload {

using namespace strata::modeler;
using Method = UniqueKey::Method;

namespace {

quint64 times(quint64 a, quint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    return a > KeyPlanner::saturation / b ? KeyPlanner::saturation : a * b;
}

// The values a key column draws from: its natural ones when they are enough, else as few numbered
// variants as the rows need ("Lisbon 2" rather than "Lisbon 81726"), else everything it can make.
quint64 axisSize(quint64 rows, quint64 natural, quint64 domain)
{
    if (natural == 0 || rows <= natural)
        return natural ? natural : domain;
    const quint64 needed = (rows + natural - 1) / natural * natural;
    return needed <= domain ? needed : domain;
}

struct KeyDefinition
{
    QString name;
    QStringList columnIds;
    bool nullsDistinct = true;
};

// Every key of the table whose values must not repeat: the primary key, UNIQUE constraints, and
// unique indexes on plain columns over the whole table.
QList<KeyDefinition> keysOf(const Table &t)
{
    QList<KeyDefinition> out;
    if (t.primaryKey)
        out << KeyDefinition{t.primaryKey->name.isEmpty() ? QStringLiteral("primary key") : t.primaryKey->name, t.primaryKey->columnIds, true};
    for (const KeyConstraint &u : t.uniques)
        out << KeyDefinition{u.name.isEmpty() ? QStringLiteral("unique (%1)").arg(t.columnNames(u.columnIds).join(u", ")) : u.name,
                             u.columnIds, !u.nullsNotDistinct};
    for (const Index &i : t.indexes) {
        if (!i.unique || !i.where.isEmpty())
            continue;
        KeyDefinition k{i.name, {}, !i.nullsNotDistinct};
        bool plain = true;
        for (const IndexKey &key : i.keys) {
            plain = plain && !key.isExpression() && key.collation.isEmpty();
            k.columnIds << key.columnId;
        }
        if (plain)
            out << k;
    }
    return out;
}

class Planner
{
public:
    Planner(TablePlan &table, const std::vector<TablePlan> &tables) : m_t(table), m_tables(tables) {}

    UniqueKey build(const KeyDefinition &definition, const QSet<int> &claimed)
    {
        UniqueKey key;
        key.name = definition.name;
        key.nullsDistinct = definition.nullsDistinct;
        for (const QString &id : definition.columnIds) {
            const Column *c = m_t.table->column(id);
            const int at = c ? int(m_t.columns.indexOf(c)) : -1;
            if (at < 0)
                return key; // a computed or missing column: nothing to construct (Checked, columns empty)
            key.columns << at;
        }
        bool constructible = true;
        QSet<int> covered;
        // The key's parts in the order of its first columns: a link for a whole foreign key inside it.
        for (const int at : std::as_const(key.columns)) {
            if (covered.contains(at))
                continue;
            const int linkIndex = m_t.linkOf[at];
            if (linkIndex >= 0) {
                const ForeignKeyLink &link = m_t.links[linkIndex];
                const bool whole = std::all_of(link.columns.begin(), link.columns.end(), [&](int c) { return key.columns.contains(c); });
                constructible = constructible && whole && !link.selfReference && !link.deferred;
                for (const int c : link.columns)
                    covered.insert(c);
                key.axes << KeyAxis{-1, linkIndex, quint64(std::max<qint64>(m_tables[size_t(link.parent)].rows, 0))};
                continue;
            }
            covered.insert(at);
            const ColumnGenerator &g = m_t.generators[size_t(at)];
            const quint64 domain = g.generator ? g.generator->domainSize() : 0;
            const quint64 natural = g.generator ? g.generator->naturalSize() : 0;
            constructible = constructible && domain > 0 && g.distinct == 0 && !claimed.contains(at);
            key.axes << KeyAxis{at, -1, axisSize(quint64(std::max<qint64>(m_t.rows, 0)), natural, domain)};
        }
        key.combinations = 1;
        for (const KeyAxis &a : std::as_const(key.axes))
            key.combinations = times(key.combinations, a.size);
        if (!constructible || key.axes.isEmpty())
            return key;
        key.method = Method::Permuted;
        const KeyAxis &first = key.axes.first();
        if (first.link >= 0 && key.axes.size() > 1) {
            key.numbered = numberedLast(key);
            if (key.numbered) // line numbers: as many children per parent as the number type holds
                key.combinations = times(first.size, numberCapacity(key.axes.last().column));
            if (quint64(m_t.rows) <= key.combinations / 2 || key.numbered)
                key.method = Method::PerParent;
        }
        return key;
    }

private:
    // The key ends in one integer column of its own, with no recipe: it numbers the children.
    bool numberedLast(const UniqueKey &key) const
    {
        int plain = 0;
        for (const KeyAxis &a : key.axes)
            plain += a.column >= 0;
        const int last = key.axes.last().column;
        return plain == 1 && last >= 0 && m_t.columns[last]->synth.isEmpty() && m_t.columns[last]->type.isInteger() &&
               !m_t.columns[last]->type.isArray();
    }

    quint64 numberCapacity(int column) const
    {
        switch (m_t.columns[column]->type.kind) {
        case DataType::Kind::SmallInt: return 32767;
        case DataType::Kind::Integer: return 2147483647;
        default: return KeyPlanner::saturation;
        }
    }

    TablePlan &m_t;
    const std::vector<TablePlan> &m_tables;
};

// What the plan says about a column whose values a key picks.
void describe(TablePlan &t, const std::vector<TablePlan> &tables, const UniqueKey &key)
{
    for (int i = 0; i < key.axes.size(); ++i) {
        const KeyAxis &a = key.axes[i];
        if (a.column < 0)
            continue;
        ColumnGenerator &g = t.generators[size_t(a.column)];
        if (key.numbered && i == key.axes.size() - 1)
            g.description = QStringLiteral("1, 2, 3... within each row of %1").arg(tables[size_t(t.links[key.axes[0].link].parent)].label);
        else if (!g.generator->followsRowNumber())
            g.description += QStringLiteral(", unique: a permutation of %1 values").arg(a.size);
    }
}

} // namespace

Result<void> KeyPlanner::plan(TablePlan &t, const std::vector<TablePlan> &tables, bool rowsGiven, Diagnostics &diagnostics)
{
    Planner planner(t, tables);
    QSet<int> claimed; // columns a constructed key fills
    for (const KeyDefinition &definition : keysOf(*t.table)) {
        UniqueKey key = planner.build(definition, claimed);
        if (key.method != Method::Checked && key.combinations < quint64(t.rows)) {
            const QString message = QStringLiteral("the key %1 of %2 holds %3 different values").arg(key.name, t.label).arg(key.combinations);
            if (rowsGiven)
                return Error(QStringLiteral("%1, fewer than the %2 rows asked for").arg(message).arg(t.rows), {}, QStringLiteral("synth.rows"));
            Diagnostic d{Severity::Warning, QStringLiteral("synth.rows-lowered"),
                         QStringLiteral("%1: the table gets %2 rows instead of %3").arg(message).arg(key.combinations).arg(t.rows),
                         {}, QStringLiteral("widen the key's columns or give their generators a larger range")};
            d.place.path = t.label;
            diagnostics << d;
            t.rows = qint64(key.combinations);
        }
        if (key.method != Method::Checked) {
            describe(t, tables, key);
            for (const int c : std::as_const(key.columns))
                claimed.insert(c);
            for (const KeyAxis &a : std::as_const(key.axes))
                if (a.link >= 0)
                    t.links[a.link].inKey = true;
        }
        if (!key.columns.isEmpty())
            t.keys << key;
    }
    // A row is named by its primary key, else by a unique key without NULLs; else by its rowid.
    for (const UniqueKey &k : std::as_const(t.keys)) {
        const bool notNull = std::all_of(k.columns.begin(), k.columns.end(), [&](int c) {
            return !t.columns[c]->nullable || t.table->isPrimaryKeyColumn(t.columns[c]->id);
        });
        if (notNull) {
            t.identifyingColumns = k.columns;
            break;
        }
    }
    return Result<void>::success();
}

bool KeyPlanner::pureKey(const TablePlan &table, const QList<int> &columns)
{
    for (const UniqueKey &k : table.keys) {
        if (k.method != Method::Permuted || k.columns.size() != columns.size())
            continue;
        const bool same = std::all_of(columns.begin(), columns.end(), [&](int c) { return k.columns.contains(c); });
        const bool plain = std::all_of(k.axes.begin(), k.axes.end(), [](const KeyAxis &a) { return a.link < 0; });
        if (same && plain)
            return true;
    }
    return false;
}

} // namespace strata::workload

#include "KeyPlanner.h"

#include "CheckAnalysis.h"

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

// The ids of the columns an index expression reads.
QStringList columnsOf(const Table &t, const QString &expression)
{
    QStringList ids;
    for (const QString &name : CheckAnalysis::columnsRead(t, expression))
        ids << t.columnByName(name)->id;
    return ids;
}

struct KeyDefinition
{
    QString name;
    QStringList columnIds;
    bool nullsDistinct = true;
};

// A generated column in a key is replaced by the columns its expression reads: they are kept
// unique instead, which is right for the expressions keys are made of (x * 2, lower(x)).
KeyDefinition withoutGenerated(const Table &t, KeyDefinition k)
{
    QStringList ids;
    for (const QString &id : std::as_const(k.columnIds)) {
        const Column *c = t.column(id);
        const QStringList read = c && !c->generatedExpr.isEmpty() ? columnsOf(t, c->generatedExpr) : QStringList{id};
        for (const QString &r : read)
            if (!ids.contains(r))
                ids << r;
    }
    k.columnIds = ids;
    return k;
}

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
    // A partial unique index is kept as a key over the whole table (stricter, so it holds), and one
    // on expressions as a key over the columns they read: raw values that never repeat give
    // lower(value) that never repeats either, as long as no two values differ only in case.
    for (const Index &i : t.indexes) {
        if (!i.unique)
            continue;
        KeyDefinition k{i.name, {}, !i.nullsNotDistinct};
        for (const IndexKey &key : i.keys) {
            const QStringList ids = key.isExpression() ? columnsOf(t, key.expression) : QStringList{key.columnId};
            for (const QString &id : ids)
                if (!k.columnIds.contains(id))
                    k.columnIds << id;
        }
        if (!k.columnIds.isEmpty())
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
        // Parts too large to multiply out are narrowed, so that a key number splits over every part
        // (rather than the first parts always taking their first value).
        const auto product = [&] {
            quint64 p = 1;
            for (const KeyAxis &a : std::as_const(key.axes))
                p = times(p, a.size);
            return p;
        };
        while (product() >= KeyPlanner::saturation) {
            const auto widest = std::max_element(key.axes.begin(), key.axes.end(), [](const KeyAxis &a, const KeyAxis &b) {
                return (a.column >= 0 ? a.size : 0) < (b.column >= 0 ? b.size : 0);
            });
            if (widest->column < 0 || widest->size <= 1)
                break;
            widest->size = std::max<quint64>(1, widest->size / 1024);
        }
        key.combinations = product();
        if (key.axes.size() == 1 && key.axes[0].link >= 0 && m_t.links[key.axes[0].link].deferred &&
            m_t.links[key.axes[0].link].columns.size() == key.columns.size())
            m_t.links[key.axes[0].link].uniquePick = true; // the whole key, set by UPDATE later: each parent row at most once
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
    // Narrow keys first: a key over a superset of another's columns is unique because that one is.
    QList<KeyDefinition> definitions;
    for (const KeyDefinition &k : keysOf(*t.table))
        definitions << withoutGenerated(*t.table, k);
    std::stable_sort(definitions.begin(), definitions.end(),
                     [](const KeyDefinition &a, const KeyDefinition &b) { return a.columnIds.size() < b.columnIds.size(); });
    QList<QStringList> handled;
    for (const KeyDefinition &definition : std::as_const(definitions)) {
        const bool implied = std::any_of(handled.begin(), handled.end(), [&](const QStringList &narrower) {
            return std::all_of(narrower.begin(), narrower.end(), [&](const QString &id) { return definition.columnIds.contains(id); });
        });
        if (implied || definition.columnIds.isEmpty()) // nothing known to keep unique (an expression it cannot read)
            continue;
        handled << definition.columnIds;
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
        // A link set by UPDATE after the load that shares columns with this key, beyond being the
        // whole key: its values cannot be checked against the key's, so it stays NULL (which
        // never repeats a key).
        for (ForeignKeyLink &l : t.links) {
            const bool touches = std::any_of(l.columns.begin(), l.columns.end(), [&](int c) { return key.columns.contains(c); });
            if (!l.deferred || !l.nullable || l.uniquePick || !touches || !key.nullsDistinct)
                continue;
            l.leftNull = true;
            Diagnostic d{Severity::Warning, QStringLiteral("synth.cycle-null"),
                         QStringLiteral("the foreign key %1 closes a cycle and shares columns with the key %2: it is left NULL")
                             .arg(t.table->foreignKeys[l.foreignKey].name, key.name),
                         {}, QStringLiteral("make another foreign key of the cycle nullable, so that the cycle is cut there")};
            d.place.path = t.label;
            diagnostics << d;
        }
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

QStringList KeyPlanner::singleKeyColumns(const Table &table)
{
    QStringList out;
    for (const KeyDefinition &k : keysOf(table)) {
        const KeyDefinition plain = withoutGenerated(table, k);
        if (plain.columnIds.size() == 1)
            out << plain.columnIds.first();
    }
    return out;
}

bool KeyPlanner::pureKey(const TablePlan &table, const QList<int> &columns)
{
    for (const UniqueKey &k : table.keys) {
        if (k.method != Method::Permuted || k.columns.size() != columns.size())
            continue;
        const bool same = std::all_of(columns.begin(), columns.end(), [&](int c) { return k.columns.contains(c); });
        const bool plain = std::all_of(k.axes.begin(), k.axes.end(), [](const KeyAxis &a) { return a.link < 0; });
        // A row that breaks a check makes its key skip a value: then row i no longer has key i.
        bool checked = false;
        for (const QList<int> &reads : table.checkColumns)
            for (const int c : reads)
                checked = checked || k.columns.contains(c);
        for (const auto &[greater, lesser] : table.orderings)
            checked = checked || k.columns.contains(greater) || k.columns.contains(lesser);
        if (same && plain && !checked)
            return true;
    }
    return false;
}

} // namespace strata::workload

#include "SynthPlanner.h"

#include "CheckAnalysis.h"
#include "GeneratorFactory.h"
#include "KeyPlanner.h"
#include "PartitionBounds.h"
#include "ValueShape.h"

#include "workload/SeededRandom.h"

#include <modeler/DdlBuilder.h>
#include <modeler/SynthRecipe.h>

#include <QHash>
#include <QSet>

#include <cmath>

namespace strata::workload {

using namespace strata::modeler;

namespace {

Diagnostic note(Severity severity, const QString &code, const QString &path, const QString &message, const QString &hint = {})
{
    Diagnostic d{severity, code, message, {}, hint};
    d.place.path = path;
    return d;
}

// A column may hold NULL: not NOT NULL itself, not in the primary key, not of a NOT NULL domain.
bool mayBeNull(const Model &model, const Table &table, const Column &column)
{
    const ValueShape shape = ValueShape::of(column.type, model, Dialect::Postgres);
    return column.nullable && !table.isPrimaryKeyColumn(column.id) && !(shape.domain && shape.domain->notNull);
}

class Planner
{
public:
    Planner(const Model &model, Dialect dialect, const SynthOptions &options)
        : m_model(model), m_dialect(dialect), m_options(options), m_factory(model, dialect)
    {}

    Result<SynthPlan> run()
    {
        collectTables();
        if (auto rows = assignRows(); !rows)
            return rows.error();
        for (TablePlan &t : m_tables)
            if (auto columns = planColumns(t); !columns)
                return columns.error();
        for (int i = 0; i < int(m_tables.size()); ++i)
            if (auto links = planLinks(i); !links)
                return links.error();
        if (auto order = orderTables(); !order)
            return order.error();
        for (TablePlan &t : m_tables) {
            if (auto keys = KeyPlanner::plan(t, m_tables, m_fixedRows.contains(t.label), m_out.diagnostics); !keys)
                return keys.error();
            planChecks(t);
        }
        if (auto pure = checkDeferred(); !pure)
            return pure.error();
        markKept();
        m_out.tables = std::move(m_tables);
        return std::move(m_out);
    }

private:
    void collectTables()
    {
        for (const Table &t : m_model.tables) {
            if (m_dialect == Dialect::Postgres && !t.partitionOfTableId.isEmpty()) {
                m_out.diagnostics << note(Severity::Info, QStringLiteral("synth.partition"), m_model.qualifiedName(t),
                                          QStringLiteral("a partition gets its rows through its partitioned table"));
                continue;
            }
            TablePlan plan;
            plan.table = &t;
            plan.label = m_model.qualifiedName(t);
            plan.schema = m_dialect == Dialect::Postgres ? m_model.schemaName(t.schemaId) : QString();
            plan.seed = SeededRandom::derive(m_options.seed, QString(QStringLiteral("table:") + t.id));
            m_index.insert(t.id, int(m_tables.size()));
            m_tables.push_back(std::move(plan));
        }
    }

    Result<void> assignRows()
    {
        for (auto it = m_options.rows.begin(); it != m_options.rows.end(); ++it) {
            const auto match = std::find_if(m_tables.begin(), m_tables.end(), [&](const TablePlan &t) {
                return t.label == it.key() || t.table->name == it.key();
            });
            if (match == m_tables.end())
                return Error(QStringLiteral("the model has no table %1").arg(it.key()), {}, QStringLiteral("synth.rows"));
            m_fixedRows.insert(match->label);
        }
        for (TablePlan &t : m_tables) {
            qint64 base = SynthOptions::defaultRows;
            for (auto it = m_options.rows.begin(); it != m_options.rows.end(); ++it)
                if (it.key() == t.label || it.key() == t.table->name)
                    base = it.value();
            t.rows = std::max<qint64>(0, std::llround(double(base) * m_options.scale));
        }
        return Result<void>::success();
    }

    Result<void> planColumns(TablePlan &t)
    {
        const Table &table = *t.table;
        QHash<QString, bool> numeric;
        for (const Column &c : table.columns)
            numeric.insert(c.name, ValueShape::of(c.type, m_model, m_dialect).isNumeric());
        CheckAnalysis checks = CheckAnalysis::of(table, [&](const QString &name) { return numeric.value(name); });
        if (m_dialect == Dialect::Postgres && !table.partitionKey.isEmpty()) { // each row must find its partition
            QString keyColumn;
            if (const std::optional<ColumnRule> bounds = PartitionBounds::ruleFor(m_model, table, &keyColumn))
                checks.rules[keyColumn].merge(*bounds);
        }
        m_checks.insert(t.label, checks);
        const QSet<QString> foreignKeyColumns = [&] {
            QSet<QString> out;
            for (const ForeignKey &k : table.foreignKeys)
                for (const QString &id : k.columnIds)
                    out.insert(id);
            return out;
        }();
        const QStringList singleKeys = KeyPlanner::singleKeyColumns(table);
        for (const Column &c : table.columns) {
            if (!c.generatedExpr.isEmpty())
                continue; // the database computes it
            t.columns << &c;
            t.columnNames << c.name;
            t.linkOf << -1;
            if (foreignKeyColumns.contains(c.id)) {
                t.generators.emplace_back();
                continue;
            }
            const bool soleKey = table.primaryKey && table.primaryKey->columnIds == QStringList{c.id};
            Diagnostics notes;
            auto made = m_factory.create(table, c, checks.rules.value(c.name), soleKey, singleKeys.contains(c.id), &notes);
            for (Diagnostic &d : notes) {
                d.place.path = t.label + u'.' + c.name;
                m_out.diagnostics << d;
            }
            const QString path = t.label + u'.' + c.name;
            if (!made) {
                if (!c.nullable || table.isPrimaryKeyColumn(c.id)) {
                    Error e = made.error();
                    e.message = QStringLiteral("cannot generate the column: %1").arg(e.message);
                    e.place.path = path;
                    e.hint = QStringLiteral("give the column a recipe (\"weighted\" with literal values works for any type)");
                    return e;
                }
                m_out.diagnostics << note(Severity::Warning, QStringLiteral("synth.column-null"), path,
                                          QStringLiteral("left NULL: %1").arg(made.error().message),
                                          QStringLiteral("give the column a recipe (\"weighted\" with literal values works for any type)"));
                ColumnGenerator empty;
                empty.description = QStringLiteral("NULL (cannot be generated)");
                t.generators.push_back(std::move(empty));
                continue;
            }
            if (table.isPrimaryKeyColumn(c.id))
                made->nullRate = 0;
            made->preparePool(SeededRandom::derive(t.seed, QString(QStringLiteral("pool:") + c.id)));
            if (made->distinct > 0 && made->poolSize() < made->distinct)
                m_out.diagnostics << note(Severity::Warning, QStringLiteral("synth.distinct"), path,
                                          QStringLiteral("its generator made only %1 of the %2 different values asked for")
                                              .arg(made->poolSize()).arg(made->distinct));
            t.generators.push_back(std::move(*made));
        }
        return Result<void>::success();
    }

    Result<void> planLinks(int index)
    {
        TablePlan &t = m_tables[size_t(index)];
        const Table &table = *t.table;
        for (int k = 0; k < table.foreignKeys.size(); ++k) {
            const ForeignKey &key = table.foreignKeys[k];
            const QString path = QStringLiteral("%1 (foreign key %2)").arg(t.label, key.name);
            if (!m_index.contains(key.referencedTableId))
                return Error(QStringLiteral("cannot generate %1: it references %2, which gets no rows of its own")
                                 .arg(path, key.referencedTableId), {}, QStringLiteral("synth.reference"));
            ForeignKeyLink link;
            link.foreignKey = k;
            link.parent = m_index.value(key.referencedTableId);
            link.selfReference = link.parent == index;
            const TablePlan &parent = m_tables[size_t(link.parent)];
            link.nullable = true;
            for (int i = 0; i < key.columnIds.size(); ++i) {
                const Column *child = table.column(key.columnIds[i]);
                const Column *referenced = parent.table->column(key.referencedColumnIds.value(i));
                const int at = child ? int(t.columns.indexOf(child)) : -1;
                const int parentAt = referenced ? int(parent.columns.indexOf(referenced)) : -1;
                if (at < 0 || parentAt < 0)
                    return Error(QStringLiteral("cannot generate %1: a column it names is missing or computed").arg(path), {},
                                 QStringLiteral("synth.reference"));
                if (t.linkOf[at] >= 0)
                    return Error(QStringLiteral("cannot generate %1: the column %2 also belongs to another foreign key, and "
                                                "Strata cannot pick rows that meet both").arg(path, child->name),
                                 {}, QStringLiteral("synth.reference"));
                t.linkOf[at] = int(t.links.size());
                link.columns << at;
                link.parentColumns << parentAt;
                link.nullable = link.nullable && mayBeNull(m_model, table, *child);
            }
            const Column &first = *table.column(key.columnIds.first());
            const SynthRecipe recipe = SynthRecipe::fromJson(first.synth).value();
            link.nullRate = link.nullable ? recipe.nullRate.value_or(link.selfReference ? 0.2 : 0.1) : 0;
            link.skew = recipe.generator == u"zipf" ? recipe.skew.value_or(1.0) : 0;
            if (!recipe.generator.isEmpty() && recipe.generator != u"zipf" && recipe.generator != u"uniform")
                m_out.diagnostics << note(Severity::Warning, QStringLiteral("synth.recipe-ignored"), t.label + u'.' + first.name,
                                          QStringLiteral("a foreign key takes its values from parent rows: only \"uniform\" or "
                                                         "\"zipf\" (how children spread over parents) and nullRate apply"));
            for (const int at : std::as_const(link.columns))
                t.generators[size_t(at)].description = link.selfReference ? QStringLiteral("an earlier row of the same table")
                    : QStringLiteral("a row of %1 (%2)").arg(parent.label, link.skew > 0 ? QStringLiteral("zipf %1").arg(link.skew)
                                                                                          : QStringLiteral("uniform"));
            t.links << link;
        }
        return Result<void>::success();
    }

    // Parents before children; where a cycle leaves no table free, the cycle is cut at a link
    // (a nullable one when there is one), which is then written NULL and filled by UPDATE.
    Result<void> orderTables()
    {
        const int n = int(m_tables.size());
        QList<int> order;
        QList<bool> placed(n, false);
        while (order.size() < n) {
            bool progress = false;
            for (int i = 0; i < n; ++i) {
                if (placed[i] || !ready(i, placed))
                    continue;
                placed[i] = true;
                order << i;
                progress = true;
            }
            if (!progress)
                deferOneLink(placed);
        }
        std::vector<TablePlan> sorted;
        QList<int> newIndex(n);
        for (int i = 0; i < n; ++i)
            newIndex[order[i]] = i;
        for (const int i : std::as_const(order))
            sorted.push_back(std::move(m_tables[size_t(i)]));
        for (TablePlan &t : sorted) {
            for (ForeignKeyLink &l : t.links) {
                l.parent = newIndex[l.parent];
                if (!l.selfReference && !l.deferred && !t.dependsOn.contains(l.parent))
                    t.dependsOn << l.parent;
            }
        }
        m_tables = std::move(sorted);
        return Result<void>::success();
    }

    bool ready(int i, const QList<bool> &placed) const
    {
        for (const ForeignKeyLink &l : m_tables[size_t(i)].links)
            if (!l.selfReference && !l.deferred && !placed[l.parent])
                return false;
        return true;
    }

    // Where a cycle is best cut: a link that may be NULL, and then one outside every unique key
    // (whose values, set later by UPDATE, no key of the table has to keep apart).
    static int cutScore(const TablePlan &t, const ForeignKeyLink &l)
    {
        QStringList keyColumns = t.table->primaryKey ? t.table->primaryKey->columnIds : QStringList();
        for (const KeyConstraint &u : t.table->uniques)
            keyColumns += u.columnIds;
        for (const Index &i : t.table->indexes)
            for (const IndexKey &k : i.keys)
                if (i.unique)
                    keyColumns << k.columnId << CheckAnalysis::columnsRead(*t.table, k.expression);
        const bool inKey = std::any_of(l.columns.begin(), l.columns.end(), [&](int c) {
            return keyColumns.contains(t.columns[c]->id) || keyColumns.contains(t.columns[c]->name);
        });
        return (l.nullable ? 2 : 0) + (inKey ? 0 : 1);
    }

    void deferOneLink(const QList<bool> &placed)
    {
        ForeignKeyLink *chosen = nullptr;
        TablePlan *owner = nullptr;
        for (TablePlan &t : m_tables) {
            if (placed[int(&t - m_tables.data())])
                continue;
            for (ForeignKeyLink &l : t.links) {
                if (l.selfReference || l.deferred || placed[l.parent])
                    continue;
                if (!chosen || cutScore(t, l) > cutScore(*owner, *chosen)) {
                    chosen = &l;
                    owner = &t;
                }
            }
        }
        chosen->deferred = true;
        const ForeignKey &key = owner->table->foreignKeys[chosen->foreignKey];
        m_out.diagnostics << note(Severity::Info, QStringLiteral("synth.cycle"), owner->label,
                                  chosen->nullable
                                      ? QStringLiteral("the foreign key %1 closes a cycle: written NULL, then set by UPDATE once "
                                                       "its parent table is loaded").arg(key.name)
                                      : QStringLiteral("the foreign key %1 closes a cycle and may not be NULL: its values are "
                                                       "computed from the parent's key before the parent is generated").arg(key.name));
    }

    // Checks met by generators need nothing more; the rest are verified row by row in SQLite's spelling.
    void planChecks(TablePlan &t)
    {
        const CheckAnalysis &analysis = m_checks[t.label];
        for (const ColumnOrdering &o : analysis.orderings) {
            const int greater = int(t.columnNames.indexOf(o.greater)), lesser = int(t.columnNames.indexOf(o.lesser));
            if (greater >= 0 && lesser >= 0) {
                t.orderings << std::pair{greater, lesser};
                t.orderingStrict << o.strict;
            }
        }
        Diagnostics ignored;
        const auto sqlite = DdlBuilder::create(m_model, Dialect::Sqlite, &ignored);
        // SQLite's spelling of an expression: through the check writer, which rewrites PostgreSQL's.
        const auto spelled = [&](const QString &expression) {
            const QString clause = sqlite->checkClause(*t.table, CheckConstraint{{}, {}, expression, false, {}});
            return clause.startsWith(u"CHECK (") ? clause.mid(7).chopped(1) : QString();
        };
        // A check that reads a generated column is verified with the column computed from the row.
        QList<int> evaluated = analysis.evaluatedChecks;
        QHash<QString, QStringList> generatedReads;
        for (const Column &c : t.table->columns) {
            if (c.generatedExpr.isEmpty())
                continue;
            generatedReads.insert(c.name, CheckAnalysis::columnsRead(*t.table, c.generatedExpr));
            if (const QString e = spelled(c.generatedExpr); !e.isEmpty())
                t.generatedColumns << std::pair{c.name, e};
        }
        for (int i = 0; i < t.table->checks.size(); ++i)
            for (const QString &c : analysis.columnsOfCheck[i])
                if (generatedReads.contains(c) && !evaluated.contains(i))
                    evaluated << i;
        for (const int i : std::as_const(evaluated)) {
            CheckConstraint unnamed = t.table->checks[i];
            unnamed.name.clear();
            const QString clause = sqlite->checkClause(*t.table, unnamed); // "CHECK (expression)"
            if (!clause.startsWith(u"CHECK (")) {
                m_out.diagnostics << note(Severity::Warning, QStringLiteral("synth.check-unverified"), t.label,
                                          QStringLiteral("the check %1 is not verified before loading: SQLite cannot evaluate it")
                                              .arg(t.table->checks[i].name),
                                          QStringLiteral("give its columns recipes whose values meet it"));
                continue;
            }
            QList<int> reads;
            for (const QString &c : analysis.columnsOfCheck[i])
                for (const QString &read : generatedReads.value(c, {c}))
                    if (const int at = int(t.columnNames.indexOf(read)); at >= 0 && !reads.contains(at))
                        reads << at;
            t.evaluatedChecks << i;
            t.checkColumns << reads;
            t.checkExpressions << clause.mid(7).chopped(1);
        }
    }

    Result<void> checkDeferred()
    {
        for (TablePlan &t : m_tables) {
            for (const ForeignKeyLink &l : t.links) {
                if (!l.deferred || l.nullable)
                    continue;
                const TablePlan &parent = m_tables[size_t(l.parent)];
                if (!KeyPlanner::pureKey(parent, l.parentColumns))
                    return Error(QStringLiteral("cannot generate %1: its foreign key %2 closes a cycle of keys that may not be "
                                                "NULL, and the parent's key is not known before the parent is generated")
                                     .arg(t.label, t.table->foreignKeys[l.foreignKey].name),
                                 {}, QStringLiteral("synth.cycle"));
            }
        }
        return Result<void>::success();
    }

    void markKept()
    {
        for (TablePlan &t : m_tables)
            for (const ForeignKeyLink &l : t.links)
                for (const int c : l.parentColumns)
                    if (!m_tables[size_t(l.parent)].keptColumns.contains(c))
                        m_tables[size_t(l.parent)].keptColumns << c;
    }

    const Model &m_model;
    Dialect m_dialect;
    const SynthOptions &m_options;
    GeneratorFactory m_factory;
    std::vector<TablePlan> m_tables;
    QHash<QString, int> m_index; // table id -> position (before ordering)
    QSet<QString> m_fixedRows;   // tables whose rows the user gave
    QHash<QString, CheckAnalysis> m_checks;
    SynthPlan m_out;
};

} // namespace

QList<PlannedTable> SynthPlan::summary() const
{
    QList<PlannedTable> out;
    for (const TablePlan &t : tables) {
        PlannedTable p{t.label, t.rows, {}};
        for (int i = 0; i < t.columns.size(); ++i)
            p.columns << PlannedColumn{t.columnNames[i], t.generators[size_t(i)].description};
        out << p;
    }
    return out;
}

Result<SynthPlan> SynthPlanner::plan(const Model &model, Dialect dialect, const SynthOptions &options)
{
    Planner planner(model, dialect, options);
    return planner.run();
}

} // namespace strata::workload

#include "workload/IndexAdvisor.h"

#include "DatabaseCatalog.h"
#include "IndexCandidates.h"
#include "IndexTrial.h"
#include "PlanCapture.h"
#include "StatementShape.h"
#include "StatementTimer.h"

#include <QRegularExpression>

namespace strata::workload {

using namespace strata::connectors;

namespace {

bool reads(const WorkloadStatement &s)
{
    const QString verb = s.sql.trimmed().section(QRegularExpression(QStringLiteral("\\s")), 0, 0).toUpper();
    return verb == u"SELECT" || verb == u"WITH" || verb == u"VALUES" || verb == u"TABLE";
}

// The names of the indexes a plan uses.
QStringList indexesIn(const explain::Plan &plan)
{
    QStringList out;
    for (const explain::PlanNode &n : plan.nodes)
        if (!n.indexName.isEmpty())
            out << n.indexName;
    return out;
}

class Advisor
{
public:
    Advisor(const Workload &workload, Session &session, const AdviseOptions &options, TaskControl *control)
        : m_workload(workload), m_session(session), m_options(options), m_control(control)
    {}

    Result<IndexAdvice> run()
    {
        m_advice.database = m_session.displayName();
        m_advice.engine = (m_session.dialect() == connectors::Dialect::Sqlite ? QStringLiteral("SQLite ") : QStringLiteral("PostgreSQL ")) +
                          m_session.serverVersion();
        m_advice.rounds = m_options.rounds;
        m_advice.threshold = m_options.minimumGain;
        auto catalog = DatabaseCatalog::read(m_session);
        if (!catalog)
            return catalog.error();
        m_catalog = std::move(*catalog);
        if (auto begun = m_session.begin(); !begun)
            return begun.error();
        auto advised = measureAll();
        (void)m_session.rollback(); // every index tried, every scratch table: gone
        if (!advised)
            return advised.error();
        return m_advice;
    }

private:
    Result<void> measureAll()
    {
        QStringList unreadable;
        const QList<IndexCandidate> candidates = IndexCandidates::of(m_workload, m_catalog, m_session.dialect() == connectors::Dialect::Sqlite,
                                                                      m_options.maxCandidates, &unreadable);
        for (const QString &name : unreadable)
            m_advice.notes << Diagnostic{Severity::Info, QStringLiteral("advise.unreadable"),
                                         QStringLiteral("%1: PostgreSQL's parser cannot read it, so no index is proposed for it").arg(name), {}, {}};
        auto samples = ParameterSamples::load(m_workload, m_session, m_options.seed, &m_advice.notes);
        if (!samples)
            return samples.error();
        ParameterDraw::prepare(m_workload, &m_counters);
        ParameterDraw draw(m_workload, *samples, &m_counters);
        StatementTimer timer(m_workload, m_session, draw, m_options.seed, m_options.rounds, m_options.roundMs);
        for (int i = 0; i < m_workload.statements.size(); ++i) {
            if (reads(m_workload.statements[i]))
                m_reading << i;
            else
                m_advice.notes << Diagnostic{Severity::Info, QStringLiteral("advise.writes"),
                                             QStringLiteral("%1 writes: it is not timed; each index's write cost stands for it")
                                                 .arg(m_workload.statements[i].name), {}, {}};
        }
        auto baseline = timer.measure(m_reading, m_control);
        if (!baseline)
            return baseline.error();
        m_baseline = *baseline;
        listUnused(timer);
        for (int c = 0; c < candidates.size(); ++c) {
            TaskControl::report(m_control, c, candidates.size(), QStringLiteral("trying %1").arg(candidates[c].columns.join(u", ")));
            if (auto tried = tryCandidate(candidates[c], timer); !tried)
                return tried;
        }
        removeRedundant();
        return measureKept(timer);
    }

    QList<int> statementsOn(const IndexCandidate &c) const
    {
        QList<int> out;
        for (const int i : m_reading)
            for (const TableUse &use : StatementShape::of(m_workload.statements[i].sql, m_catalog))
                if (use.table->name == c.table && use.table->schema == c.schema && !out.contains(i))
                    out << i;
        return out;
    }

    QStringList taken() const
    {
        QStringList names;
        for (const CatalogIndex &i : m_catalog.indexes)
            names << i.name;
        for (const IndexVerdict &v : m_advice.kept)
            names << v.name;
        return names;
    }

    Result<void> tryCandidate(const IndexCandidate &candidate, StatementTimer &timer)
    {
        IndexTrial trial(m_session, candidate, taken());
        IndexVerdict verdict{candidate, trial.name(), trial.createSql(), false, {}, {}, 0, 0, 0, 0};
        auto built = trial.create();
        if (!built) {
            verdict.why = QStringLiteral("the database refused it: %1").arg(built.error().message);
            m_advice.rejected << verdict;
            return Result<void>::success();
        }
        verdict.buildMs = *built;
        const QList<int> which = statementsOn(candidate);
        auto after = timer.measure(which, m_control);
        if (!after)
            return after.error();
        bool helps = false, used = false;
        for (int k = 0; k < which.size(); ++k) {
            const int i = which[k];
            const StatementTimer::Measurement &before = m_baseline[m_reading.indexOf(i)];
            auto plan = PlanCapture::plan(m_session, m_workload.statements[i].sqlFor(m_session.dialect() == connectors::Dialect::Sqlite),
                                          timer.firstParameters(i));
            const bool uses = plan && indexesIn(*plan).contains(trial.name(), Qt::CaseInsensitive);
            verdict.effects << StatementEffect{m_workload.statements[i].name, before.medianMs, (*after)[k].medianMs, uses};
            // Every round with the index faster than every round without it, by the least gain: a
            // busy moment of the machine in one round neither makes nor hides a speedup.
            used = used || uses;
            helps = helps || (uses && (*after)[k].slowestMs < before.fastestMs * (1 - m_options.minimumGain));
        }
        if (auto size = trial.sizeBytes(); size)
            verdict.sizeBytes = *size;
        if (auto dropped = trial.drop(); !dropped)
            return dropped;
        verdict.kept = helps;
        if (!used)
            verdict.why = QStringLiteral("no plan uses it");
        else if (!helps)
            verdict.why = QStringLiteral("plans use it, but no statement got faster beyond the noise of its timings");
        if (helps) {
            auto cost = trial.writeCost(m_options.writeRows);
            if (cost) {
                verdict.writeBaseUs = cost->first;
                verdict.writeCostUs = cost->second;
            }
        }
        (helps ? m_advice.kept : m_advice.rejected) << verdict;
        return Result<void>::success();
    }

    // Time saved per execution of the workload (weights as shares).
    double benefit(const IndexVerdict &v) const
    {
        double saved = 0;
        for (const StatementEffect &e : v.effects)
            for (const WorkloadStatement &s : m_workload.statements)
                if (s.name == e.statement && e.usesIndex)
                    saved += s.weight * std::max(0.0, e.beforeMs - e.afterMs);
        return saved;
    }

    // An index whose every statement a kept one serves about as well (saving 90% of what this one
    // saves) adds only writes. The ones that save the most go first; of two that save about as
    // much, the narrower (cheaper) one.
    void removeRedundant()
    {
        const auto width = [](const IndexVerdict &v) { return v.candidate.columns.size() + v.candidate.include.size(); };
        std::stable_sort(m_advice.kept.begin(), m_advice.kept.end(), [&](const IndexVerdict &a, const IndexVerdict &b) {
            const double x = benefit(a), y = benefit(b);
            if (std::abs(x - y) <= 0.1 * std::max(x, y))
                return width(a) < width(b);
            return x > y;
        });
        QList<IndexVerdict> kept;
        for (IndexVerdict v : std::as_const(m_advice.kept)) {
            QString by;
            const bool redundant = std::all_of(v.effects.begin(), v.effects.end(), [&](const StatementEffect &e) {
                if (!e.usesIndex || e.afterMs >= e.beforeMs)
                    return true;
                return std::any_of(kept.begin(), kept.end(), [&](const IndexVerdict &k) {
                    const bool serves = std::any_of(k.effects.begin(), k.effects.end(), [&](const StatementEffect &f) {
                        return f.statement == e.statement && f.usesIndex &&
                               e.beforeMs - f.afterMs >= 0.9 * (e.beforeMs - e.afterMs);
                    });
                    if (serves && by.isEmpty())
                        by = k.name;
                    return serves;
                });
            });
            if (redundant) {
                v.kept = false;
                v.why = QStringLiteral("%1 serves the statements it speeds up as well").arg(by);
                m_advice.rejected << v;
            } else {
                kept << v;
            }
        }
        m_advice.kept = kept;
    }

    Result<void> measureKept(StatementTimer &timer)
    {
        if (m_advice.kept.isEmpty())
            return Result<void>::success();
        for (const IndexVerdict &v : std::as_const(m_advice.kept)) {
            if (auto made = m_session.query(v.createSql); !made)
                return made.error();
            if (m_session.dialect() == connectors::Dialect::Sqlite)
                (void)m_session.query(QStringLiteral("ANALYZE %1").arg(m_session.quoteIdentifier(v.name)));
        }
        auto together = timer.measure(m_reading, m_control);
        if (!together)
            return together.error();
        for (int k = 0; k < m_reading.size(); ++k)
            m_advice.combined << StatementEffect{m_workload.statements[m_reading[k]].name, m_baseline[k].medianMs, (*together)[k].medianMs, false};
        return Result<void>::success(); // the rollback drops them
    }

    // Indexes of the tables the workload reads that no statement's plan uses (before any new index).
    void listUnused(StatementTimer &timer)
    {
        QStringList used, tables;
        for (const int i : m_reading) {
            auto plan = PlanCapture::plan(m_session, m_workload.statements[i].sqlFor(m_session.dialect() == connectors::Dialect::Sqlite),
                                          timer.firstParameters(i));
            if (plan)
                used += indexesIn(*plan);
            for (const TableUse &use : StatementShape::of(m_workload.statements[i].sql, m_catalog))
                tables << use.table->name;
        }
        for (const CatalogIndex &i : m_catalog.indexes) {
            if (i.primary || !tables.contains(i.table) || used.contains(i.name, Qt::CaseInsensitive))
                continue;
            m_advice.unused << UnusedIndex{i.name, i.table,
                                           i.unique ? QStringLiteral("enforces uniqueness: keep it")
                                                    : QStringLiteral("costs every write; it may still serve a foreign key or another program")};
        }
    }

    const Workload &m_workload;
    Session &m_session;
    const AdviseOptions &m_options;
    TaskControl *m_control;
    DatabaseCatalog m_catalog;
    ParameterDraw::Counters m_counters;
    QList<int> m_reading; // the statements that only read
    QList<StatementTimer::Measurement> m_baseline;
    IndexAdvice m_advice;
};

} // namespace

Result<IndexAdvice> IndexAdvisor::run(const Workload &workload, Session &session, const AdviseOptions &options, TaskControl *control)
{
    return Advisor(workload, session, options, control).run();
}

} // namespace strata::workload

#include "PlanCapture.h"

#include <explain/PgJsonPlanParser.h>
#include <explain/PlanAnalysis.h>
#include <explain/SqlitePlanParser.h>

namespace strata::workload {

using namespace strata::connectors;

Result<explain::Plan> PlanCapture::plan(Session &session, const QString &sql, const Row &params)
{
    if (session.dialect() == connectors::Dialect::Sqlite) {
        auto rows = session.query(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, params);
        if (!rows)
            return rows.error();
        QList<explain::SqlitePlanRow> steps;
        for (const Row &r : std::as_const(rows->rows))
            steps << explain::SqlitePlanRow{r.value(0).toInt(), r.value(1).toInt(), r.value(3).toString()};
        return explain::SqlitePlanParser::fromRows(steps, QStringLiteral("EXPLAIN QUERY PLAN"));
    }
    // ANALYZE runs the statement: in a transaction of its own, rolled back, so that nothing stays.
    const bool own = session.transactionState() == TransactionState::Idle;
    if (own)
        if (auto begun = session.begin(); !begun)
            return begun.error();
    auto json = session.query(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ") + sql, params);
    if (own)
        (void)session.rollback();
    if (!json)
        return json.error();
    return explain::PgJsonPlanParser::parse(json->rows.value(0).value(0).toString(), QStringLiteral("EXPLAIN"));
}

QString PlanCapture::oneLine(const explain::Plan &plan)
{
    QStringList steps;
    for (const explain::PlanNode &n : plan.nodes) {
        if (plan.source == explain::PlanSource::SqliteRows) {
            const QString detail = n.fields.value(QLatin1String("Detail")).toString();
            if (detail != u"QUERY PLAN") // the parser's root above the steps
                steps << detail;
        }
        else
            steps << n.title();
    }
    return steps.join(plan.source == explain::PlanSource::SqliteRows ? QStringLiteral("; ") : QStringLiteral(" > "));
}

void PlanCapture::capture(Session &session, const WorkloadStatement &statement, const Row &params, StatementProfile *profile,
                          Diagnostics *notes)
{
    auto captured = plan(session, statement.sqlFor(session.dialect() == connectors::Dialect::Sqlite), params);
    if (!captured) {
        notes->append(Diagnostic{Severity::Warning, QStringLiteral("workload.no-plan"),
                                 QStringLiteral("no plan for %1: %2").arg(statement.name, captured.error().message), statement.place, {}});
        return;
    }
    profile->plan = oneLine(*captured);
    profile->explainPlan = *captured;
    for (const explain::Finding &f : explain::PlanAnalysis::of(*captured).findings)
        profile->findings << f.diagnostic.message;
    if (!captured->isPostgres())
        return;
    double examined = 0;
    for (const explain::PlanNode &n : captured->nodes)
        if (n.nodeType.contains(QLatin1String("Scan")))
            examined += (n.actualRows + n.rowsRemovedByFilter + n.rowsRemovedByIndexRecheck) * n.actualLoops;
    profile->counters.insert(QStringLiteral("rows_examined"), examined);
}

} // namespace strata::workload

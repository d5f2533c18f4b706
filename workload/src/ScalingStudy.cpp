#include "workload/ScalingStudy.h"

#include "PgParseTree.h"

#include "workload/Synthesizer.h"

#include <pg_query.pb-c.h>

#include <algorithm>

namespace strata::workload {

namespace {

// The names of the tables a statement reads (FROM, JOIN, subqueries), by PostgreSQL's parser.
QStringList tablesOf(const QString &sql)
{
    const PgParseTree tree(sql);
    QStringList out;
    for (int i = 0; i < tree.statementCount(); ++i)
        PgParseTree::walk(tree.statement(i), [&](const PgQuery__Node *n) {
            if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR && n->range_var->relname)
                out << QString::fromUtf8(n->range_var->relname);
            return true;
        });
    return out;
}

/// How far the sizes reach, largest over smallest: below a factor of 10 the shapes (log n, n, n²)
/// hardly differ over the range measured, and a good fit there says little of the shape beyond it.
constexpr double shapeSpan = 10;

QString verdictOf(const QList<CurveFit> &fits, const QList<double> &rows)
{
    if (fits.isEmpty())
        return QStringLiteral("no fit: it did not run at two sizes");
    const CurveFit &best = fits.first();
    const auto [least, most] = std::minmax_element(rows.begin(), rows.end());
    const double span = rows.isEmpty() || *least <= 0 ? 0 : *most / *least;
    if (best.shape != CurveFit::Shape::Constant && span < shapeSpan)
        return QStringLiteral("%1 (unsure: the sizes span only %2x; measure sizes at least 10x apart, e.g. --scales 0.1,1,10)")
            .arg(CurveFit::shapeName(best.shape), QString::number(span, 'f', 1));
    const QString sure = best.weight >= 0.9 ? QStringLiteral("likely") : best.weight >= 0.6 ? QStringLiteral("probably") : QStringLiteral("unsure");
    QString out = QStringLiteral("%1 (%2: Akaike weight %3, R² %4)")
                      .arg(CurveFit::shapeName(best.shape), sure, QString::number(best.weight, 'f', 2), QString::number(best.r2, 'f', 2));
    if (fits.size() > 1 && best.weight < 0.9)
        out += QStringLiteral("; next: %1 (%2)").arg(CurveFit::shapeName(fits[1].shape), QString::number(fits[1].weight, 'f', 2));
    return out;
}

} // namespace

Result<ScalingReport> ScalingStudy::run(const modeler::Model &model, const Workload &workload, const ScalingTarget &target,
                                        const QList<double> &scales, qint64 predictRows, SynthOptions synth, ProfileOptions profile,
                                        TaskControl *control)
{
    ScalingReport report;
    report.scales = scales;
    report.predictRows = predictRows;
    QList<QList<double>> xs(workload.statements.size()), ys(workload.statements.size());
    for (const WorkloadStatement &s : workload.statements)
        report.statements << StatementScaling{s.name, {}, {}, {}, {}, 0, 0, {}};
    const double base = synth.scale;
    synth.replace = true;
    profile.capturePlans = false;
    for (const double scale : scales) {
        if (TaskControl::cancelled(control))
            return Error(QStringLiteral("the study was cancelled"), {}, QLatin1String(cancelledCode));
        synth.scale = base * scale;
        Result<SynthReport> made = Error(QString());
        std::unique_ptr<connectors::Session> session;
        if (target.sqliteFile) {
            made = Synthesizer::toSqliteFile(model, target.path, synth, control);
        }
        auto opened = target.open();
        if (!opened)
            return opened.error();
        session = std::move(*opened);
        if (!target.sqliteFile)
            made = Synthesizer::run(model, *session, synth, control);
        if (!made)
            return made.error();
        report.totalRows << made->totalRows;
        auto profiled = Profiler::run(workload, *session, profile, control);
        if (!profiled)
            return profiled.error();
        for (int i = 0; i < workload.statements.size(); ++i) {
            StatementScaling &s = report.statements[i];
            double rows = double(made->totalRows);
            const QStringList tables = tablesOf(workload.statements[i].sql);
            double largest = -1;
            for (const TableReport &t : made->tables)
                if ((tables.contains(t.table) || tables.contains(t.table.section(u'.', -1))) && double(t.rows) > largest) {
                    largest = double(t.rows);
                    s.table = t.table;
                }
            if (largest >= 0)
                rows = largest;
            s.rows << rows;
            QList<double> samples = profiled->statements[i].samples;
            std::sort(samples.begin(), samples.end());
            s.medianMs << (samples.isEmpty() ? 0 : samples[samples.size() / 2]);
            // The slowest 5% are left out of the fit: a scheduler's hiccup is not the statement's growth.
            for (qsizetype k = 0; k < samples.size() * 95 / 100; ++k) {
                xs[i] << rows;
                ys[i] << samples[k];
            }
        }
    }
    for (int i = 0; i < report.statements.size(); ++i) {
        StatementScaling &s = report.statements[i];
        s.fits = CurveFit::fitAll(xs[i], ys[i]);
        s.verdict = verdictOf(s.fits, s.rows);
        if (predictRows > 0 && !s.fits.isEmpty()) {
            s.predictedMs = s.fits.first().predict(double(predictRows));
            s.marginMs = s.fits.first().margin(double(predictRows));
        }
    }
    return report;
}

} // namespace strata::workload

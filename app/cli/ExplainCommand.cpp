#include "ExplainCommand.h"

#include <explain/PlanJsonWriter.h>
#include <explain/PlanReader.h>
#include <explain/PlanTextReport.h>
#include <explain/ui/PlanExporter.h>
#include <explain/ui/PlanScene.h>

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace strata::cli {

using namespace strata::explain;

namespace {

const QString command = QStringLiteral("explain");

Result<Plan> readPlan(const QString &path)
{
    auto bytes = readInput(path);
    if (!bytes)
        return bytes.error();
    return PlanReader::read(QString::fromUtf8(*bytes), path == u"-" ? QStringLiteral("<stdin>") : path);
}

// Binary-safe: a PNG must not pass through a text stream.
Result<void> writeBytes(const QString &path, const QByteArray &data, QTextStream &out)
{
    if (!path.isEmpty() && path != u"-")
        return writeOutput(path, data, out);
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
        return Error(QStringLiteral("cannot write to standard output"));
    return Result<void>::success();
}

} // namespace

void ExplainCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The plan: EXPLAIN output (JSON or text) or SQLite's "
                                                                        "EXPLAIN QUERY PLAN; - reads standard input."),
                                 QStringLiteral("FILE|-"));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("text (the annotated tree and findings), json (PostgreSQL's EXPLAIN JSON), svg or png "
                                     "(the drawing). Default: from the output file's extension, else text."),
                      QStringLiteral("format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to this file instead of standard output."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("compare"), QStringLiteral("Compare with this earlier plan of the same query (text, svg or png)."),
                      QStringLiteral("before")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("What colours the drawing: time, rows, cost, buffers or misestimate."),
                      QStringLiteral("metric")});
}

int ExplainCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        console.err << "strata-cli explain: give one plan file (or - for standard input)\n\n" << parser.helpText();
        return UsageError;
    }
    const QString output = parser.value(QStringLiteral("output"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QStringList{QStringLiteral("json"), QStringLiteral("svg"), QStringLiteral("png")}.contains(QFileInfo(output).suffix().toLower())
                     ? QFileInfo(output).suffix().toLower()
                     : QStringLiteral("text");
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("svg"), QStringLiteral("png")}.contains(format)) {
        console.err << "strata-cli explain: unknown format '" << format << "': use text, json, svg or png\n";
        return UsageError;
    }
    Metric metric = Metric::Time;
    const bool metricGiven = parser.isSet(QStringLiteral("metric"));
    if (metricGiven && !metricFromName(parser.value(QStringLiteral("metric")), &metric)) {
        console.err << "strata-cli explain: unknown metric '" << parser.value(QStringLiteral("metric"))
                    << "': use time, rows, cost, buffers or misestimate\n";
        return UsageError;
    }
    const bool comparing = parser.isSet(QStringLiteral("compare"));
    if (comparing && format == u"json") {
        console.err << "strata-cli explain: --compare prints text or draws svg/png, not json\n";
        return UsageError;
    }

    auto plan = readPlan(files.first());
    if (!plan)
        return console.fail(command, plan.error());
    std::optional<Plan> before;
    if (comparing) {
        auto earlier = readPlan(parser.value(QStringLiteral("compare")));
        if (!earlier)
            return console.fail(command, earlier.error());
        before = std::move(*earlier);
    }
    const auto analysis = std::make_shared<const PlanAnalysis>(PlanAnalysis::of(*plan));

    Result<void> written = Result<void>::success();
    if (format == u"text") {
        QString text;
        if (before) {
            const PlanComparison c = PlanComparison::compare(*before, PlanAnalysis::of(*before), *plan, *analysis);
            text = PlanTextReport::renderComparison(*before, *plan, c);
        } else {
            text = PlanTextReport::render(*plan, *analysis);
        }
        written = writeOutput(output, text.toUtf8(), console.out);
    } else if (format == u"json") {
        console.report(plan->notes);
        written = writeOutput(output, PlanJsonWriter::write(*plan), console.out);
    } else {
        console.report(plan->notes);
        explain::ui::PlanScene scene;
        scene.setPlan(std::make_shared<const Plan>(*plan), analysis);
        if (metricGiven)
            scene.setMetric(metric);
        if (before) {
            const PlanComparison c = PlanComparison::compare(*before, PlanAnalysis::of(*before), *plan, *analysis);
            std::vector<double> changes(plan->size(), std::nan(""));
            for (const NodePair &p : c.pairs) {
                if (p.before >= 0 && p.after >= 0)
                    changes[p.after] = c.timeDelta(p);
            }
            scene.setChanges(changes);
        }
        const QByteArray picture = format == u"svg" ? explain::ui::PlanExporter::svg(scene) : explain::ui::PlanExporter::png(scene);
        written = writeBytes(output, picture, console.out);
    }
    if (!written)
        return console.fail(command, written.error());
    return Success;
}

} // namespace strata::cli

#include "ScalingOutput.h"

#include <modeler/ModelFile.h>
#include <workload/ScalingStudy.h>

#include <QJsonDocument>

namespace strata::cli {

using namespace strata::workload;

void ScalingOutput::configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("scales"),
                      QStringLiteral("Make the data again at each of these sizes (times --model's default rows), profile, and fit "
                                     "each statement's growth: 0.1,1,10. The --db target is replaced each time."),
                      QStringLiteral("F,F,...")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("The model whose data --scales makes."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("predict-rows"), QStringLiteral("Predict each statement's latency when its largest table has N rows."),
                      QStringLiteral("N")});
}

bool ScalingOutput::requested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("scales"));
}

int ScalingOutput::run(const QCommandLineParser &parser, const Workload &workload, const DatabaseTarget &target,
                       const ProfileOptions &profile, Console &console)
{
    QList<double> scales;
    bool ok = parser.isSet(QStringLiteral("model"));
    for (const QString &s : parser.value(QStringLiteral("scales")).split(u',')) {
        bool parsed = false;
        scales << s.toDouble(&parsed);
        ok = ok && parsed && scales.last() > 0;
    }
    qint64 predictRows = 0;
    if (parser.isSet(QStringLiteral("predict-rows"))) {
        bool parsed = false;
        predictRows = parser.value(QStringLiteral("predict-rows")).toLongLong(&parsed);
        ok = ok && parsed && predictRows > 0;
    }
    if (!ok || scales.size() < 2) {
        console.err << "strata-cli profile: --scales needs two sizes or more above 0 (0.1,1,10), --model, and --predict-rows "
                       "as a number of rows (see strata-cli profile --help)\n";
        return UsageError;
    }
    auto model = modeler::ModelFile::load(parser.value(QStringLiteral("model")));
    if (!model)
        return console.fail(QStringLiteral("profile"), model.error());
    const bool noPassword = parser.isSet(QStringLiteral("no-password"));
    ScalingTarget where{target.isSqliteFile(), target.spec.target, {}};
    where.open = [&] {
        DatabaseTarget existing = target;
        existing.spec.createIfMissing = false;
        return existing.open(noPassword, console);
    };
    auto report = ScalingStudy::run(*model, workload, where, scales, predictRows, {}, profile);
    if (!report)
        return console.fail(QStringLiteral("profile"), report.error());
    const QString format = parser.value(QStringLiteral("format"));
    const QByteArray text = format == u"json" ? QJsonDocument(report->json()).toJson()
                            : format == u"markdown" ? report->markdown().toUtf8()
                                                    : report->text().toUtf8();
    if (auto written = writeOutput(parser.value(QStringLiteral("output")), text, console.out); !written)
        return console.fail(QStringLiteral("profile"), written.error());
    return Success;
}

} // namespace strata::cli

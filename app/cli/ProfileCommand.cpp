// strata-cli profile: runs a workload against a database and reports latency percentiles, rows,
// counters, plans and fingerprints per statement; with --scales, regenerates the data at each size
// and fits each statement's latency to a growth curve (ScalingStudy).
#include "Command.h"
#include "DatabaseTarget.h"
#include "ScalingOutput.h"

#include <workload/Profiler.h>
#include <workload/ProfileReport.h>

#include <QJsonDocument>

namespace strata::cli {

namespace {

using namespace strata::workload;

const QString command = QStringLiteral("profile");

class ProfileCommand : public Command
{
public:
    QString name() const override { return command; }
    QString summary() const override { return QStringLiteral("Run a workload and report latencies, rows, plans per statement"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("WORKLOAD"), QStringLiteral("The workload file (docs/workload.md)."));
        parser.addOption({QStringLiteral("db"), QStringLiteral("The database: a SQLite file or a PostgreSQL connection."),
                          QStringLiteral("TARGET")});
        parser.addOption({QStringLiteral("iterations"), QStringLiteral("Executions in all (default 1000)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("duration"), QStringLiteral("Run this many seconds instead."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Sessions running statements at once (default 1)."),
                          QStringLiteral("C"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("The seed of statement order and parameters."), QStringLiteral("S"),
                          QStringLiteral("1")});
        parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), json or markdown."), QStringLiteral("FORMAT"),
                          QStringLiteral("table")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the report to FILE."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("no-plans"), QStringLiteral("Leave out the plans (and PostgreSQL's EXPLAIN ANALYZE).")});
        ScalingOutput::configure(parser);
        parser.addOption({{QStringLiteral("w"), QStringLiteral("no-password")}, QStringLiteral("Never ask for a password.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString format = parser.value(QStringLiteral("format"));
        ProfileOptions options;
        bool ok = args.size() == 1 && parser.isSet(QStringLiteral("db")) &&
                  QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("markdown")}.contains(format) &&
                  !(parser.isSet(QStringLiteral("iterations")) && parser.isSet(QStringLiteral("duration")));
        bool parsed = true;
        if (parser.isSet(QStringLiteral("iterations"))) {
            options.iterations = parser.value(QStringLiteral("iterations")).toLongLong(&parsed);
            ok = ok && parsed && options.iterations > 0;
        }
        if (parser.isSet(QStringLiteral("duration"))) {
            options.durationSeconds = parser.value(QStringLiteral("duration")).toDouble(&parsed);
            ok = ok && parsed && options.durationSeconds > 0;
        }
        options.concurrency = parser.value(QStringLiteral("concurrency")).toInt(&parsed);
        ok = ok && parsed && options.concurrency >= 1 && options.concurrency <= 256;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&parsed);
        ok = ok && parsed;
        options.capturePlans = !parser.isSet(QStringLiteral("no-plans"));
        if (!ok) {
            console.err << "strata-cli profile: give one WORKLOAD and --db; --iterations or --duration (not both) above 0, "
                           "--concurrency from 1 to 256, --format table, json or markdown (see strata-cli profile --help)\n";
            return UsageError;
        }
        auto workload = Workload::load(args[0]);
        if (!workload)
            return console.fail(command, workload.error());
        auto target = DatabaseTarget::parse(parser.value(QStringLiteral("db")), !ScalingOutput::requested(parser));
        if (!target)
            return console.fail(command, target.error());
        if (ScalingOutput::requested(parser))
            return ScalingOutput::run(parser, *workload, *target, options, console);
        auto session = target->open(parser.isSet(QStringLiteral("no-password")), console);
        if (!session)
            return console.fail(command, session.error());
        const DatabaseTarget where = *target;
        Console *io = &console;
        options.openSession = [where, io, noPassword = parser.isSet(QStringLiteral("no-password"))] { return where.open(noPassword, *io); };
        auto profile = Profiler::run(*workload, **session, options);
        if (!profile)
            return console.fail(command, profile.error());
        console.report(profile->notes);
        const QByteArray report = format == u"json" ? QJsonDocument(ProfileReport::json(*profile)).toJson()
                                  : format == u"markdown" ? ProfileReport::markdown(*profile).toUtf8()
                                                          : ProfileReport::text(*profile).toUtf8();
        if (auto written = writeOutput(parser.value(QStringLiteral("output")), report, console.out); !written)
            return console.fail(command, written.error());
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeProfileCommand() { return std::make_unique<ProfileCommand>(); }

} // namespace strata::cli

// strata-cli advise: proposes indexes for a workload, tries each on the database's data, and keeps
// those that measurably help, with their speedups, write cost, size and CREATE INDEX.
#include "Command.h"
#include "DatabaseTarget.h"

#include <workload/IndexAdvisor.h>

#include <QJsonDocument>

namespace strata::cli {

namespace {

using namespace strata::workload;

const QString command = QStringLiteral("advise");

class AdviseCommand : public Command
{
public:
    QString name() const override { return command; }
    QString summary() const override { return QStringLiteral("Propose indexes for a workload, measured on the data"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("WORKLOAD"), QStringLiteral("The workload file (docs/workload.md)."));
        parser.addOption({QStringLiteral("db"), QStringLiteral("The database: a SQLite file or a PostgreSQL connection. It is left as it was."),
                          QStringLiteral("TARGET")});
        parser.addOption({QStringLiteral("rounds"), QStringLiteral("Timing rounds per measurement (default 5)."), QStringLiteral("N"),
                          QStringLiteral("5")});
        parser.addOption({QStringLiteral("min-gain"), QStringLiteral("The least speedup that counts, in percent (default 10)."),
                          QStringLiteral("P"), QStringLiteral("10")});
        parser.addOption({QStringLiteral("candidates"), QStringLiteral("Try at most N candidate indexes (default 16)."), QStringLiteral("N"),
                          QStringLiteral("16")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("The seed of the parameters."), QStringLiteral("S"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), json or markdown."), QStringLiteral("FORMAT"),
                          QStringLiteral("table")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the advice to FILE."), QStringLiteral("FILE")});
        parser.addOption({{QStringLiteral("w"), QStringLiteral("no-password")}, QStringLiteral("Never ask for a password.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString format = parser.value(QStringLiteral("format"));
        AdviseOptions options;
        bool ok = args.size() == 1 && parser.isSet(QStringLiteral("db")) &&
                  QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("markdown")}.contains(format);
        bool parsed = true;
        options.rounds = parser.value(QStringLiteral("rounds")).toInt(&parsed);
        ok = ok && parsed && options.rounds >= 1 && options.rounds <= 100;
        options.minimumGain = parser.value(QStringLiteral("min-gain")).toDouble(&parsed) / 100;
        ok = ok && parsed && options.minimumGain >= 0 && options.minimumGain < 1;
        options.maxCandidates = parser.value(QStringLiteral("candidates")).toInt(&parsed);
        ok = ok && parsed && options.maxCandidates >= 1;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&parsed);
        ok = ok && parsed;
        if (!ok) {
            console.err << "strata-cli advise: give one WORKLOAD and --db; --rounds from 1 to 100, --min-gain from 0 to 99, "
                           "--candidates above 0, --format table, json or markdown (see strata-cli advise --help)\n";
            return UsageError;
        }
        auto workload = Workload::load(args[0]);
        if (!workload)
            return console.fail(command, workload.error());
        auto target = DatabaseTarget::parse(parser.value(QStringLiteral("db")), true);
        if (!target)
            return console.fail(command, target.error());
        auto session = target->open(parser.isSet(QStringLiteral("no-password")), console);
        if (!session)
            return console.fail(command, session.error());
        auto advice = IndexAdvisor::run(*workload, **session, options);
        if (!advice)
            return console.fail(command, advice.error());
        console.report(advice->notes);
        const QByteArray report = format == u"json" ? QJsonDocument(advice->json()).toJson()
                                  : format == u"markdown" ? advice->markdown().toUtf8()
                                                          : advice->text().toUtf8();
        if (auto written = writeOutput(parser.value(QStringLiteral("output")), report, console.out); !written)
            return console.fail(command, written.error());
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeAdviseCommand() { return std::make_unique<AdviseCommand>(); }

} // namespace strata::cli

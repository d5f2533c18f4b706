// strata-cli synth: fills a SQLite file or a PostgreSQL database with synthetic data from a model,
// printing each table's progress on stderr and a summary on stdout.
#include "Command.h"
#include "DatabaseTarget.h"

#include <modeler/ModelFile.h>
#include <workload/Synthesizer.h>

#include <unistd.h>

namespace strata::cli {

namespace {

using namespace strata::workload;

const QString command = QStringLiteral("synth");

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

void printPlan(const SynthReport &report, QTextStream &out)
{
    for (const PlannedTable &t : report.plan) {
        out << t.table << " (" << number(t.rows) << " rows)\n";
        for (const PlannedColumn &c : t.columns)
            out << "  " << c.name.leftJustified(24) << ' ' << c.source << '\n';
    }
}

void printSummary(const SynthReport &report, const QString &where, quint64 seed, QTextStream &out)
{
    out << "Filled " << where << " (seed " << seed << "): " << report.tables.size() << " tables, " << number(report.totalRows)
        << " rows in " << QString::number(report.seconds, 'f', 1) << " s\n";
    int width = 5;
    for (const TableReport &t : report.tables)
        width = std::max(width, int(t.table.size()));
    out << QStringLiteral("table").leftJustified(width) << "  " << QStringLiteral("rows").rightJustified(12) << "  "
        << QStringLiteral("rows/s").rightJustified(12) << '\n';
    for (const TableReport &t : report.tables)
        out << t.table.leftJustified(width) << "  " << number(t.rows).rightJustified(12) << "  "
            << number(qint64(t.rowsPerSecond)).rightJustified(12) << '\n';
    out.flush();
}

class SynthCommand : public Command
{
public:
    QString name() const override { return command; }
    QString summary() const override { return QStringLiteral("Fill a database with synthetic data from a model"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("The .strata model file."));
        parser.addOption({QStringLiteral("target"),
                          QStringLiteral("A SQLite file to create (.sqlite, .db, or sqlite:PATH) or a PostgreSQL connection. "
                                         "Default: MODEL's name with .sqlite, beside it."),
                          QStringLiteral("FILE|CONNECTION")});
        parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows of one table (repeat for more). Default: 1000 each."),
                          QStringLiteral("TABLE=N")});
        parser.addOption({QStringLiteral("scale"), QStringLiteral("Multiply every table's rows by F."), QStringLiteral("F"),
                          QStringLiteral("1")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("The seed: the same seed gives the same data."), QStringLiteral("S"),
                          QStringLiteral("1")});
        parser.addOption({QStringLiteral("replace"),
                          QStringLiteral("Replace an existing SQLite file, or drop the model's tables and types in PostgreSQL first.")});
        parser.addOption({QStringLiteral("threads"), QStringLiteral("Generator threads (default: one per core)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("plan"), QStringLiteral("Print each table's rows and each column's generator; load nothing.")});
        parser.addOption({{QStringLiteral("w"), QStringLiteral("no-password")}, QStringLiteral("Never ask for a password.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        SynthOptions options;
        bool ok = args.size() == 1;
        bool parsed = true;
        options.scale = parser.value(QStringLiteral("scale")).toDouble(&parsed);
        ok = ok && parsed && options.scale >= 0;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&parsed);
        ok = ok && parsed;
        if (parser.isSet(QStringLiteral("threads"))) {
            options.threads = parser.value(QStringLiteral("threads")).toInt(&parsed);
            ok = ok && parsed && options.threads > 0;
        }
        for (const QString &r : parser.values(QStringLiteral("rows"))) {
            const qsizetype eq = r.lastIndexOf(u'=');
            const qint64 n = eq > 0 ? r.mid(eq + 1).toLongLong(&parsed) : -1;
            ok = ok && eq > 0 && parsed && n >= 0;
            options.rows.insert(r.left(eq), n);
        }
        if (!ok) {
            console.err << "strata-cli synth: give one MODEL; --rows as TABLE=N, --scale and --seed as numbers, --threads above 0 "
                           "(see strata-cli synth --help)\n";
            return UsageError;
        }
        options.replace = parser.isSet(QStringLiteral("replace"));
        auto model = modeler::ModelFile::load(args[0]);
        if (!model)
            return console.fail(command, model.error());
        const QString targetText = parser.isSet(QStringLiteral("target")) ? parser.value(QStringLiteral("target"))
                                                                         : Synthesizer::defaultSqlitePath(args[0]);
        auto target = DatabaseTarget::parse(targetText, false);
        if (!target)
            return console.fail(command, target.error());

        if (parser.isSet(QStringLiteral("plan"))) {
            auto plan = Synthesizer::plan(*model, target->spec.dialect, options);
            if (!plan)
                return console.fail(command, plan.error());
            console.report(plan->diagnostics);
            printPlan(*plan, console.out);
            return Success;
        }
        const bool terminal = isatty(STDERR_FILENO);
        options.onProgress = [&](const TableProgress &p) {
            if (p.state == TableProgress::State::Done)
                console.err << (terminal ? "\r\033[K" : "") << "  " << p.table << ": " << number(p.rowsDone) << " rows\n";
            else if (terminal && p.state == TableProgress::State::Loading)
                console.err << "\r\033[K  " << p.table << ": " << number(p.rowsDone) << " / " << number(p.rowsTotal) << " rows, "
                            << number(qint64(p.rowsPerSecond)) << " rows/s";
            console.err.flush();
        };
        Result<SynthReport> report = Error(QString());
        if (target->isSqliteFile()) {
            report = Synthesizer::toSqliteFile(*model, target->spec.target, options);
        } else {
            auto session = target->open(parser.isSet(QStringLiteral("no-password")), console);
            if (!session)
                return console.fail(command, session.error());
            report = Synthesizer::run(*model, **session, options);
        }
        if (!report)
            return console.fail(command, report.error());
        console.report(report->diagnostics);
        printSummary(*report, target->spec.displayName(), options.seed, console.out);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSynthCommand() { return std::make_unique<SynthCommand>(); }

} // namespace strata::cli

// strata-cli import: a model from a PostgreSQL or SQLite script (pg_dump --schema-only, sqlite3
// .schema, or hand-written), with what was skipped or changed on stderr, each with its line.
#include "Command.h"

#include <modeler/ModelFile.h>
#include <modeler/SqlImporter.h>

#include <QFileInfo>

namespace strata::cli {

namespace {

using namespace strata::modeler;

QString counted(qsizetype n, const char *what)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(what)).arg(n == 1 ? "" : "s");
}

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Read a model from a PostgreSQL or SQLite schema script"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .sql script, or - for standard input."));
        parser.addOption({QStringLiteral("dialect"), QStringLiteral("postgres (default) or sqlite."), QStringLiteral("DIALECT"),
                          QStringLiteral("postgres")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write the model to FILE (replaced at once, never half-written) instead of stdout."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("verbose"),
                          QStringLiteral("Also list the notes: settings, owners, privileges and data that were skipped.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            console.err << "strata-cli import: expected one FILE (or - for standard input)\n";
            return UsageError;
        }
        const auto dialect = parseDialect(parser.value(QStringLiteral("dialect")));
        if (!dialect) {
            console.err << "strata-cli import: unknown dialect '" << parser.value(QStringLiteral("dialect"))
                        << "' (postgres or sqlite)\n";
            return UsageError;
        }
        const QString path = args[0];
        auto script = readInput(path);
        if (!script)
            return console.fail(name(), script.error());
        const QString source = path == u"-" ? QStringLiteral("<stdin>") : path;
        auto imported = SqlImporter::import(script.value(), *dialect, source);
        if (!imported)
            return console.fail(name(), imported.error());
        imported->model.name = path == u"-" ? QStringLiteral("Imported") : QFileInfo(path).completeBaseName();
        report(imported->diagnostics, parser.isSet(QStringLiteral("verbose")), console);
        auto written = writeOutput(parser.value(QStringLiteral("output")), ModelFile::toJson(imported->model), console.out);
        if (!written)
            return console.fail(name(), written.error());
        const Model &m = imported->model;
        console.err << source << ": " << counted(m.tables.size(), "table") << ", " << counted(m.views.size(), "view") << ", "
                    << counted(m.enums.size(), "enum") << ", " << counted(m.domains.size(), "domain") << ", "
                    << counted(m.sequences.size(), "sequence") << '\n';
        return Success;
    }

private:
    // Warnings one by one; notes (settings, owners, privileges, data) one by one only when asked.
    static void report(const Diagnostics &diagnostics, bool verbose, Console &console)
    {
        Diagnostics shown;
        qsizetype notes = 0;
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Info && !verbose)
                ++notes;
            else
                shown << d;
        }
        console.report(shown);
        if (notes > 0)
            console.err << "info: " << counted(notes, "note") << " not shown: skipped settings, owners, privileges and data "
                        << "(--verbose lists them)\n";
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand() { return std::make_unique<ImportCommand>(); }

} // namespace strata::cli

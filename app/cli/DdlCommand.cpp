// strata-cli ddl: the model's DDL script for PostgreSQL or SQLite, with a warning on stderr for
// everything the dialect cannot hold.
#include "Command.h"

#include <modeler/DdlWriter.h>
#include <modeler/ModelFile.h>

namespace strata::cli {

namespace {

using namespace strata::modeler;

class DdlCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("ddl"); }
    QString summary() const override { return QStringLiteral("Write a model's DDL script for PostgreSQL or SQLite"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("The .strata model file."));
        parser.addOption({QStringLiteral("dialect"), QStringLiteral("postgres (default) or sqlite."), QStringLiteral("DIALECT"),
                          QStringLiteral("postgres")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write the script to FILE (replaced at once, never half-written) instead of stdout."),
                          QStringLiteral("FILE")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            console.err << "strata-cli ddl: expected one MODEL file\n";
            return UsageError;
        }
        const auto dialect = parseDialect(parser.value(QStringLiteral("dialect")));
        if (!dialect) {
            console.err << "strata-cli ddl: unknown dialect '" << parser.value(QStringLiteral("dialect"))
                        << "' (postgres or sqlite)\n";
            return UsageError;
        }
        auto model = ModelFile::load(args[0]);
        if (!model)
            return console.fail(name(), model.error());

        const DdlScript script = DdlWriter::write(model.value(), *dialect);
        console.report(script.diagnostics);
        if (hasErrors(script.diagnostics))
            return console.fail(name(), QStringLiteral("%1 has errors: no script written").arg(args[0]));
        auto written = writeOutput(parser.value(QStringLiteral("output")), script.sql.toUtf8(), console.out);
        if (!written)
            return console.fail(name(), written.error());
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDdlCommand() { return std::make_unique<DdlCommand>(); }

} // namespace strata::cli

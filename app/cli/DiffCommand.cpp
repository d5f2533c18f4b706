// strata-cli diff: the migration script from one model (file or live database) to another, with
// its risky steps listed on stderr.
#include "Command.h"
#include "ModelSource.h"

#include <modeler/MigrationWriter.h>

namespace strata::cli {

namespace {

using namespace strata::modeler;

class DiffCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override { return QStringLiteral("Write the migration SQL from one model or database to another"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FROM"), QStringLiteral("The model as it is: a .strata file or a connection."));
        parser.addPositionalArgument(QStringLiteral("TO"), QStringLiteral("The model as it should be: a .strata file or a connection."));
        parser.addOption({QStringLiteral("dialect"), QStringLiteral("postgres (default) or sqlite."), QStringLiteral("DIALECT"),
                          QStringLiteral("postgres")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write the script to FILE (replaced at once, never half-written) instead of stdout."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("concurrently"),
                          QStringLiteral("PostgreSQL: build new indexes with CREATE INDEX CONCURRENTLY and validate new foreign "
                                         "keys and checks after the commit, so that writers are not blocked.")});
        parser.addOption({QStringLiteral("schema"), QStringLiteral("For a live PostgreSQL side: read only this schema; repeat for more."),
                          QStringLiteral("S")});
        parser.addOption({{QStringLiteral("w"), QStringLiteral("no-password")}, QStringLiteral("Never ask for a password.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        const auto dialect = parseDialect(parser.value(QStringLiteral("dialect")));
        if (args.size() != 2 || !dialect) {
            console.err << "strata-cli diff: expected FROM and TO (model files or connections) and --dialect postgres or sqlite\n";
            return UsageError;
        }
        ModelSourceOptions sources;
        sources.schemas = parser.values(QStringLiteral("schema"));
        sources.noPassword = parser.isSet(QStringLiteral("no-password"));
        auto from = loadModel(args[0], sources, console);
        if (!from)
            return console.fail(name(), from.error());
        auto to = loadModel(args[1], sources, console);
        if (!to)
            return console.fail(name(), to.error());

        MigrationWriter::Options options;
        options.concurrently = parser.isSet(QStringLiteral("concurrently"));
        const Migration migration = MigrationWriter::write(*from, *to, *dialect, options);
        console.report(migration.diagnostics);
        if (hasErrors(migration.diagnostics))
            return console.fail(name(), QStringLiteral("the models have errors: no script written"));
        auto written = writeOutput(parser.value(QStringLiteral("output")), migration.sql.toUtf8(), console.out);
        if (!written)
            return console.fail(name(), written.error());
        const QStringList risks = migration.riskSummary();
        if (!risks.isEmpty()) {
            console.err << "Risky steps (" << risks.size() << "):\n";
            for (const QString &r : risks)
                console.err << "  " << r << '\n';
            console.err.flush();
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDiffCommand() { return std::make_unique<DiffCommand>(); }

} // namespace strata::cli

// strata-cli reverse: the model of a live PostgreSQL or SQLite database, written as a .strata file.
#include "Command.h"
#include "ModelSource.h"

#include <modeler/ModelFile.h>

namespace strata::cli {

namespace {

class ReverseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("reverse"); }
    QString summary() const override { return QStringLiteral("Reverse-engineer a live database into a model file"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("CONNECTION"),
                                     QStringLiteral("A PostgreSQL conninfo string, postgresql:// URI or service=NAME; or a SQLite file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("Write the model to FILE (replaced at once, never half-written) instead of stdout."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("schema"),
                          QStringLiteral("Read only this PostgreSQL schema; repeat for more (default: all but the system schemas)."),
                          QStringLiteral("S")});
        parser.addOption({{QStringLiteral("w"), QStringLiteral("no-password")}, QStringLiteral("Never ask for a password.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1 || isModelFile(args[0])) {
            console.err << "strata-cli reverse: expected one CONNECTION (a database, not a .strata file)\n";
            return UsageError;
        }
        ModelSourceOptions options;
        options.schemas = parser.values(QStringLiteral("schema"));
        options.noPassword = parser.isSet(QStringLiteral("no-password"));
        auto model = loadModel(args[0], options, console);
        if (!model)
            return console.fail(name(), model.error());
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty() || output == u"-") {
            console.out << QString::fromUtf8(modeler::ModelFile::toJson(*model));
            console.out.flush();
            return Success;
        }
        auto saved = modeler::ModelFile::save(*model, output);
        if (!saved)
            return console.fail(name(), saved.error());
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReverseCommand() { return std::make_unique<ReverseCommand>(); }

} // namespace strata::cli

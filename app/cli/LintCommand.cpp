// strata-cli lint: the model's validation findings, for people (text) and for tools (JSON).
#include "Command.h"

#include <modeler/Linter.h>
#include <modeler/ModelFile.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::cli {

namespace {

using namespace strata::modeler;

class LintCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override { return QStringLiteral("Check a model for design problems, with a fix for each"); }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("The .strata model file."));
        parser.addOption({QStringLiteral("dialect"),
                          QStringLiteral("Check reserved words and types for: postgres, sqlite, or all. Default: the "
                                         "dialects saved in the model (set in the IDE's Problems pane), else postgres."),
                          QStringLiteral("DIALECT")});
        parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json."), QStringLiteral("FORMAT"),
                          QStringLiteral("text")});
        parser.addOption({QStringLiteral("strict"), QStringLiteral("Exit with 1 on warnings too, not only on errors.")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            console.err << "strata-cli lint: expected one MODEL file\n";
            return UsageError;
        }
        Linter::Options options;
        const QString dialect = parser.value(QStringLiteral("dialect"));
        if (dialect.isEmpty()) {
            // chosen below, from the model
        } else if (dialect == u"all") {
            options.dialects = {Dialect::Postgres, Dialect::Sqlite};
        } else if (auto d = parseDialect(dialect)) {
            options.dialects = {*d};
        } else {
            console.err << "strata-cli lint: unknown dialect '" << dialect << "' (postgres, sqlite or all)\n";
            return UsageError;
        }
        const QString format = parser.value(QStringLiteral("format"));
        if (format != u"text" && format != u"json") {
            console.err << "strata-cli lint: unknown format '" << format << "' (text or json)\n";
            return UsageError;
        }

        auto model = ModelFile::load(args[0]);
        if (!model)
            return console.fail(name(), model.error());
        if (dialect.isEmpty())
            options.dialects = model->lintDialects.isEmpty() ? QList<Dialect>{Dialect::Postgres} : model->lintDialects;
        const QList<LintFinding> findings = Linter::lint(model.value(), options);

        int errors = 0, warnings = 0;
        for (const LintFinding &f : findings) {
            errors += f.diagnostic.severity == Severity::Error;
            warnings += f.diagnostic.severity == Severity::Warning;
        }
        if (format == u"json")
            printJson(findings, console.out);
        else
            printText(findings, console.out);
        const auto count = [](qsizetype n, const char *what) {
            return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(what)).arg(n == 1 ? "" : "s");
        };
        console.err << args[0] << ": " << count(errors, "error") << ", " << count(warnings, "warning") << ", "
                    << count(findings.size() - errors - warnings, "note") << '\n';
        const bool failed = errors > 0 || (parser.isSet(QStringLiteral("strict")) && warnings > 0);
        return failed ? UserError : Success;
    }

private:
    static void printText(const QList<LintFinding> &findings, QTextStream &out)
    {
        for (const LintFinding &f : findings) {
            const Diagnostic &d = f.diagnostic;
            out << severityName(d.severity) << ": " << d.place.path << ": " << d.message << " [" << d.code << "]\n";
            if (!d.hint.isEmpty())
                out << "  fix: " << d.hint << '\n';
        }
        out.flush();
    }

    static void printJson(const QList<LintFinding> &findings, QTextStream &out)
    {
        QJsonArray array;
        for (const LintFinding &f : findings) {
            QJsonObject o;
            o.insert(QStringLiteral("severity"), severityName(f.diagnostic.severity));
            o.insert(QStringLiteral("rule"), f.diagnostic.code);
            o.insert(QStringLiteral("object"), f.diagnostic.place.path);
            o.insert(QStringLiteral("objectKind"), objectKindName(f.object.kind));
            o.insert(QStringLiteral("message"), f.diagnostic.message);
            if (!f.diagnostic.hint.isEmpty())
                o.insert(QStringLiteral("fix"), f.diagnostic.hint);
            array.append(o);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out.flush();
    }
};

} // namespace

std::unique_ptr<Command> makeLintCommand() { return std::make_unique<LintCommand>(); }

} // namespace strata::cli

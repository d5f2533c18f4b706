// strata-cli: every Strata engine from the command line, for scripts, tests and benchmarks.
#include "Command.h"

#include <strata/Headless.h>

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

using namespace strata::cli;

namespace {

void printUsage(const CommandList &commands, QTextStream &stream)
{
    stream << "Usage: strata-cli COMMAND [OPTIONS] [ARGS]\n\n"
              "Strata's engines from the command line.\n\nCommands:\n";
    for (const auto &c : commands)
        stream << "  " << c->name().leftJustified(10) << "  " << c->summary() << '\n';
    stream << "\nRun 'strata-cli COMMAND --help' for a command's options.\n"
              "Exit codes: 0 success, 1 an error in the input or the work, 2 wrong usage.\n";
    stream.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QTextStream out(stdout), err(stderr);
    CommandList commands = allCommands();

    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        printUsage(commands, first.isEmpty() ? err : out);
        return first.isEmpty() ? UsageError : Success;
    }
    if (first == u"--version") {
        out << "strata-cli " << STRATA_VERSION << Qt::endl;
        return Success;
    }
    auto it = std::find_if(commands.begin(), commands.end(), [&](const auto &c) { return c->name() == first; });
    if (it == commands.end()) {
        err << "strata-cli: unknown command '" << first << "'\n\n";
        printUsage(commands, err);
        return UsageError;
    }
    const Command &command = **it;

    // Drawing needs fonts and a paint engine, which need a GUI application (the Widgets one: plans are
    // drawn with the Graphics View of the explain widgets); headless, it runs offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (command.needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        strata::headless::nameRuntimeFolder(); // whatever the platform, offscreen included
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("strata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    command.configure(parser);
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // the command name
    args[0] = QStringLiteral("strata-cli ") + command.name();
    // QCommandLineParser names the program by argv[0]; users know it as "strata-cli COMMAND".
    QString helpText = parser.helpText();
    helpText.replace(QCoreApplication::arguments().constFirst(), args[0]);
    if (!parser.parse(args)) {
        err << "strata-cli " << command.name() << ": " << parser.errorText() << "\n\n" << helpText;
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << helpText;
        return Success;
    }
    Console console{out, err};
    return command.run(parser, console);
}

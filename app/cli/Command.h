// A strata-cli subcommand. Each one is a small class in its own file; CommandList.cpp lists them.
#pragma once

#include <strata/Diagnostic.h>
#include <strata/Result.h>

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <vector>

namespace strata::cli {

/// The process exit codes every subcommand uses.
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

/// What a subcommand writes to: stdout and stderr (tests pass their own buffers).
struct Console
{
    QTextStream &out;
    QTextStream &err;
    QString program = QStringLiteral("strata-cli");

    /// Prints "strata-cli CMD: <error>" on stderr and returns UserError.
    int fail(const QString &command, const Error &error);
    int fail(const QString &command, const QString &message);
    /// Prints each diagnostic on stderr.
    void report(const Diagnostics &diagnostics);
};

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Commands that draw pictures need a GUI application (run on the offscreen platform when headless).
    virtual bool needsGui() const { return false; }
    /// Declares options and positional arguments; --help is added by the caller.
    virtual void configure(QCommandLineParser &parser) const = 0;
    /// Runs with parsed arguments. Returns an ExitCode. A usage problem found here returns UsageError.
    virtual int run(const QCommandLineParser &parser, Console &console) const = 0;
};

using CommandList = std::vector<std::unique_ptr<Command>>;
CommandList allCommands();

/// Writes text to the file (atomically) or to stdout when path is empty or "-".
Result<void> writeOutput(const QString &path, const QByteArray &data, QTextStream &out);
/// Reads a file, or stdin when path is "-".
Result<QByteArray> readInput(const QString &path);

} // namespace strata::cli
